// The names the application relies on (docs/rules-language.md, "Names the application relies
// on"). Reported at the regime declaration with code 'profile'.

import type { SourceLoc } from '../ast';
import { type Model, report } from './model';
import { strip } from './type-model';
import type { TypeChecker } from './types';

const ENUMS: { name: string; ordered?: boolean }[] = [
  { name: 'riskLevel', ordered: true },
  { name: 'severity', ordered: true },
  { name: 'consumerGroup' },
  { name: 'hazardGroup' },
  { name: 'injuryType' },
  { name: 'notificationType' },
  { name: 'action' },
];

export function checkProfile(tc: TypeChecker, fallback: SourceLoc): void {
  const m: Model = tc.m;
  const at = m.regime?.loc ?? fallback;
  const need = (what: string) => report(m, at, 'profile', `the application needs ${what}, which this regime does not declare`);
  for (const e of ENUMS) {
    const d = m.enums.get(e.name);
    if (!d) need(`enum '${e.name}'${e.ordered ? ' (ordered)' : ''}`);
    else if (e.ordered && !d.ordered) report(m, at, 'profile', `the application needs enum '${e.name}' to be ordered (from lowest to highest)`);
  }
  if (!m.bands.has('probabilityBand')) need(`bands 'probabilityBand'`);
  const risk = m.tables.get('risk');
  if (!risk) need(`table 'risk (probabilityBand, severity) -> riskLevel'`);
  else {
    const sig = [...risk.params.map((p) => strip(tc.resolveTypeRef(p.type))), strip(tc.resolveTypeRef(risk.result))];
    const want = ['probabilityBand', 'severity', 'riskLevel'];
    if (sig.length !== 3 || sig.some((t, i) => !('name' in t) || t.name !== want[i])) {
      report(m, at, 'profile', `the application needs table 'risk' to be (probabilityBand, severity) -> riskLevel`);
    }
  }
  if (!m.tables.has('typicalInjury')) need(`table 'typicalInjury'`);
  if (!m.facts.has('case')) need(`the 'facts case' declaration`);
  if (!m.decisions.has('classification')) need(`decision 'classification'`);
}
