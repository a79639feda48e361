// The names the application relies on (docs/rules-language.md, "Names the application relies
// on"). Reported at the regime declaration with code 'profile'.

import type { SourceLoc } from '../ast';
import { type Model, report } from './model';
import { strip } from './type-model';
import type { TypeChecker } from './types';
import { DEFAULT_RISK_METHOD, isRiskMethod, type RiskMethod } from '../methods';

type EnumNeed = { name: string; ordered?: boolean };
type TableNeed = { name: string; sig: string[] };

/** What each risk method needs (src/rules/methods.ts); the casework enums every one needs. */
const RISK_ENUMS: EnumNeed[] = [{ name: 'riskLevel', ordered: true }, { name: 'severity', ordered: true }];
const CASE_ENUMS: EnumNeed[] = [{ name: 'notificationType' }, { name: 'action' }];
const METHOD_NEEDS: Record<RiskMethod, { enums: EnumNeed[]; bands: string[]; tables: TableNeed[]; anyTables: string[] }> = {
  'rapex-2010-steps': {
    enums: [{ name: 'consumerGroup' }, { name: 'hazardGroup' }, { name: 'injuryType' }],
    bands: ['probabilityBand'],
    tables: [{ name: 'risk', sig: ['probabilityBand', 'severity', 'riskLevel'] }],
    anyTables: ['typicalInjury'],
  },
  'rapex-2004': {
    enums: [{ name: 'defectProbability', ordered: true }, { name: 'exposure' }, { name: 'probabilityClass', ordered: true }, { name: 'consumerVulnerability', ordered: true }, { name: 'vulnerablePerson' }],
    bands: [],
    tables: [
      { name: 'overallProbability', sig: ['exposure', 'defectProbability', 'probabilityClass'] },
      { name: 'vulnerability', sig: ['vulnerablePerson', 'consumerVulnerability'] },
    ],
    anyTables: ['typicalInjuries'],
  },
};

export function checkProfile(tc: TypeChecker, fallback: SourceLoc): void {
  const m: Model = tc.m;
  const at = m.regime?.loc ?? fallback;
  const need = (what: string) => report(m, at, 'profile', `the application needs ${what}, which this regime does not declare`);
  const method = m.regime?.method && isRiskMethod(m.regime.method.text) ? m.regime.method.text : DEFAULT_RISK_METHOD;
  const needs = METHOD_NEEDS[method];
  for (const e of [...RISK_ENUMS, ...needs.enums, ...CASE_ENUMS]) {
    const d = m.enums.get(e.name);
    if (!d) need(`enum '${e.name}'${e.ordered ? ' (ordered)' : ''}`);
    else if (e.ordered && !d.ordered) report(m, at, 'profile', `the application needs enum '${e.name}' to be ordered (from lowest to highest)`);
  }
  for (const b of needs.bands) if (!m.bands.has(b)) need(`bands '${b}'`);
  for (const t of needs.tables) {
    const sigText = `(${t.sig.slice(0, -1).join(', ')}) -> ${t.sig[t.sig.length - 1]}`;
    const d = m.tables.get(t.name);
    if (!d) {
      need(`table '${t.name} ${sigText}'`);
      continue;
    }
    const sig = [...d.params.map((p) => strip(tc.resolveTypeRef(p.type))), strip(tc.resolveTypeRef(d.result))];
    if (sig.length !== t.sig.length || sig.some((x, i) => !('name' in x) || x.name !== t.sig[i])) {
      report(m, at, 'profile', `the application needs table '${t.name}' to be ${sigText}`);
    }
  }
  for (const t of needs.anyTables) if (!m.tables.has(t)) need(`table '${t}'`);
  if (!m.facts.has('case')) need(`the 'facts case' declaration`);
  if (!m.decisions.has('classification')) need(`decision 'classification'`);
}
