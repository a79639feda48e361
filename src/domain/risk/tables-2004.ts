// A typed view over a rule set of the rapex-2004 method (Decision 2004/418/EC, ch. 3.2): the
// defect probabilities and exposure rows, the overall-probability table, the three severity
// levels with their typical injuries, Table B's consumer vulnerability and vulnerable persons,
// and the risk levels a judgement may give. Everything is read from the rule files.
import type { CompiledRuleSet, EnumInfo } from '../../rules/api';
import type { Labels } from '../../rules/ast';
import { RiskTablesError, type Choice } from './risk-tables';

export interface Risk2004Tables {
  regime: string;
  /** Defect probabilities in per cent, lowest first (1, 10, 100). */
  defectProbabilities: readonly number[];
  exposures: readonly Choice[];
  /** Probability classes, lowest first. */
  probabilityClasses: readonly Choice[];
  /** Severity levels by name, lowest first. */
  severities: readonly Choice[];
  vulnerabilities: readonly Choice[];
  vulnerablePersons: readonly Choice[];
  /** Risk levels a judgement may give, lowest first. */
  riskLevels: readonly Choice[];
  /** The overall-probability table: null when the rule set has no cell for the pair. */
  probabilityClass(exposure: string, defectPercent: number): string | null;
  typicalInjuries(severity: string): string | null;
  /** Table B's category of a vulnerable person. */
  vulnerabilityOf(person: string): string | null;
  riskRank(level: string): number;
  label(kind: 'exposure' | 'probabilityClass' | 'severity' | 'vulnerability' | 'vulnerablePerson' | 'riskLevel' | 'defectProbability', value: string | number): Labels | undefined;
  cites: { probability: string; severity: string; vulnerability: string };
}

function requireEnum(rs: CompiledRuleSet, name: string): EnumInfo {
  const e = rs.enumeration(name);
  if (!e) throw new RiskTablesError(`the rule set ${rs.meta.id} declares no enum '${name}'`);
  return e;
}

const choicesOf = (e: EnumInfo): Choice[] => e.members.map((m) => ({ value: m.value, label: m.label, description: m.description }));

/** Reads the rapex-2004 tables of a rule set; throws RiskTablesError naming what it lacks. */
export function risk2004Tables(rs: CompiledRuleSet): Risk2004Tables {
  const enums = {
    defectProbability: requireEnum(rs, 'defectProbability'),
    exposure: requireEnum(rs, 'exposure'),
    probabilityClass: requireEnum(rs, 'probabilityClass'),
    severity: requireEnum(rs, 'severity'),
    vulnerability: requireEnum(rs, 'consumerVulnerability'),
    vulnerablePerson: requireEnum(rs, 'vulnerablePerson'),
    riskLevel: requireEnum(rs, 'riskLevel'),
  };
  for (const t of ['overallProbability', 'typicalInjuries', 'vulnerability'])
    if (!rs.table(t)) throw new RiskTablesError(`the rule set ${rs.meta.id} declares no table '${t}'`);
  const lookup = (table: string, args: (string | number)[]): string | null => {
    const o = rs.lookup(table, args);
    return o.ok && (typeof o.value === 'string' || typeof o.value === 'number') ? String(o.value) : null;
  };
  const riskRank = new Map(enums.riskLevel.members.map((m, i) => [String(m.value), i]));
  return {
    regime: rs.meta.id,
    defectProbabilities: enums.defectProbability.members.map((m) => Number(m.value)),
    exposures: choicesOf(enums.exposure),
    probabilityClasses: choicesOf(enums.probabilityClass),
    severities: choicesOf(enums.severity),
    vulnerabilities: choicesOf(enums.vulnerability),
    vulnerablePersons: choicesOf(enums.vulnerablePerson),
    riskLevels: choicesOf(enums.riskLevel),
    probabilityClass: (exposure, defect) => lookup('overallProbability', [exposure, defect]),
    typicalInjuries: (severity) => lookup('typicalInjuries', [severity]),
    vulnerabilityOf: (person) => lookup('vulnerability', [person]),
    riskRank: (level) => riskRank.get(level) ?? -1,
    label: (kind, value) => enums[kind].members.find((m) => m.value === value)?.label,
    cites: {
      probability: rs.table('overallProbability')!.cites,
      severity: rs.table('typicalInjuries')!.cites,
      vulnerability: rs.table('vulnerability')!.cites,
    },
  };
}
