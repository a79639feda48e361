// A typed view over the compiled rule set: the probability bands, the risk matrix, the ordered
// severity and risk levels, and the enumerations the wizard offers. Everything here is read from
// the rule files (Appendix 5, tables 1-4); nothing legal is written in code. The matrix is looked
// up once per cell so that assessing thousands of scenarios does not re-run the evaluator.
import type { Fraction } from '../fraction';
import type { CompiledRuleSet, EnumInfo } from '../../rules/api';
import type { Labels } from '../../rules/ast';
import { seriousLevels } from './notification-duty';

export interface BandRow {
  value: number;
  label?: Labels;
  /** Strict lower bound; null for the `otherwise` row (the lowest band). */
  above: Fraction | null;
}

export interface Choice {
  value: string | number;
  label?: Labels;
  description?: Labels;
}

export interface RiskTables {
  regime: string;
  /** Highest probability first (file order); the last row is `otherwise`. */
  bands: readonly BandRow[];
  /** Severity levels, lowest first. */
  severities: readonly number[];
  /** Risk levels, lowest first. */
  riskLevels: readonly string[];
  consumerGroups: readonly Choice[];
  hazardGroups: readonly Choice[];
  injuryTypes: readonly Choice[];
  /** Index into `bands` of the band a probability falls in (strict bounds). */
  bandIndex(p: Fraction): number;
  /** Risk level for a band index and a severity level. */
  riskAt(bandIndex: number, severity: number): string;
  /** Position of a risk level in the ordered enumeration (0 = lowest). */
  riskRank(level: string): number;
  /**
   * Whether a level is a serious risk — the one that obliges a RAPEX / Safety Gate notification —
   * as the rule set's seriousRisk condition says; null when the rule set does not say.
   */
  isSerious(level: string): boolean | null;
  severityLabel(severity: number): Labels | undefined;
  riskLabel(level: string): Labels | undefined;
  bandLabel(bandIndex: number): Labels | undefined;
  /** The typical injury of this type at this level (Appendix 5, table 3), or null. */
  typicalInjury(injuryType: string, severity: number): string | null;
  /** Citations, for the report. */
  cites: { bands: string; risk: string };
}

export class RiskTablesError extends Error {}

function requireEnum(rs: CompiledRuleSet, name: string): EnumInfo {
  const e = rs.enumeration(name);
  if (!e) throw new RiskTablesError(`the rule set ${rs.meta.id} declares no enum '${name}'`);
  return e;
}

function choices(rs: CompiledRuleSet, name: string): Choice[] {
  const e = rs.enumeration(name);
  return e ? e.members.map((m) => ({ value: m.value, label: m.label, description: m.description })) : [];
}

/** Reads the risk tables of a rule set; throws RiskTablesError naming what the rule set lacks. */
export function riskTables(rs: CompiledRuleSet): RiskTables {
  const bandsInfo = rs.bands('probabilityBand');
  if (!bandsInfo) throw new RiskTablesError(`the rule set ${rs.meta.id} declares no bands 'probabilityBand'`);
  const riskTable = rs.table('risk');
  if (!riskTable) throw new RiskTablesError(`the rule set ${rs.meta.id} declares no table 'risk'`);
  const sevEnum = requireEnum(rs, 'severity');
  const riskEnum = requireEnum(rs, 'riskLevel');

  const bands: BandRow[] = bandsInfo.rows.map((r) => ({ value: r.value, label: r.label, above: r.above }));
  const severities = sevEnum.members.map((m) => Number(m.value));
  const riskLevels = riskEnum.members.map((m) => String(m.value));
  const rank = new Map(riskLevels.map((l, i) => [l, i]));
  const serious = seriousLevels(rs, riskLevels);

  const matrix: string[][] = bands.map((b) =>
    severities.map((s) => {
      const o = rs.lookup('risk', [b.value, s]);
      if (!o.ok) throw new RiskTablesError(`risk table: band ${b.value} × severity ${s}: ${o.error}`);
      return String(o.value);
    }),
  );
  const sevIndex = new Map(severities.map((s, i) => [s, i]));
  const typicalCache = new Map<string, string | null>();
  const hasTypical = !!rs.table('typicalInjury');

  return {
    regime: rs.meta.id,
    bands,
    severities,
    riskLevels,
    consumerGroups: choices(rs, 'consumerGroup'),
    hazardGroups: choices(rs, 'hazardGroup'),
    injuryTypes: choices(rs, 'injuryType'),
    bandIndex(p) {
      for (let i = 0; i < bands.length; i++) {
        const above = bands[i].above;
        if (above === null || p.gt(above)) return i;
      }
      return bands.length - 1;
    },
    riskAt(bandIndex, severity) {
      const si = sevIndex.get(severity);
      if (si === undefined) throw new RiskTablesError(`severity ${severity} is not a level of the rule set (${severities.join(', ')})`);
      return matrix[bandIndex][si];
    },
    riskRank(level) {
      return rank.get(level) ?? -1;
    },
    isSerious: (level) => (serious ? serious.has(level) : null),
    severityLabel: (s) => sevEnum.members.find((m) => Number(m.value) === s)?.label,
    riskLabel: (l) => riskEnum.members.find((m) => String(m.value) === l)?.label,
    bandLabel: (i) => bands[i]?.label,
    typicalInjury(injuryType, severity) {
      if (!hasTypical) return null;
      const key = `${injuryType}\u0000${severity}`;
      if (!typicalCache.has(key)) {
        const o = rs.lookup('typicalInjury', [injuryType, severity]);
        typicalCache.set(key, o.ok && typeof o.value === 'string' ? o.value : null);
      }
      return typicalCache.get(key)!;
    },
    cites: { bands: bandsInfo.cites, risk: riskTable.cites },
  };
}

/** Whether a severity is one of the rule set's levels. */
export function isSeverity(t: RiskTables, s: number): boolean {
  return t.severities.includes(s);
}
