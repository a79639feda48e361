// The rapex-2004 wizard's unfinished scenario (Decision 2004/418/EC, ch. 3.2): what the assessor
// has chosen so far, what it gives (the probability class, footnote 10's typical injuries, Table
// B's category of a named vulnerable person) and what is still missing before it can be saved.
// The UI shows this; it decides nothing itself.
import type { Scenario2004Json } from '../assessment-2004';
import type { Risk2004Tables } from './tables-2004';

export interface Draft2004 {
  id: string;
  title: string;
  injury: string;
  /** "1", "10", "100" ('' = not chosen). */
  defectProbability: string;
  exposure: string;
  severity: string;
  vulnerablePerson: string;
  vulnerability: string;
  warnings: boolean;
  obviousHazard: boolean;
  judgementRisk: string;
  judgementReason: string;
}

export type Draft2004Field = 'id' | 'injury' | 'defectProbability' | 'exposure' | 'severity' | 'vulnerability' | 'judgementReason';

export interface Draft2004View {
  probabilityClass: string | null;
  typicalInjuries: string | null;
  /** The category in force: Table B's for a named person, else the one chosen. */
  vulnerability: string | null;
  /** Table B fixes the category when a vulnerable person is named. */
  vulnerabilityFixed: boolean;
  /** Warnings and obviousness matter for normal adults only (Table B). */
  asksWarnings: boolean;
  /** No judgement yet: the scenario can be saved, its risk then pending. */
  pending: boolean;
  missing: Draft2004Field[];
  canSave: boolean;
}

export function emptyDraft2004(id: string): Draft2004 {
  return { id, title: '', injury: '', defectProbability: '', exposure: '', severity: '', vulnerablePerson: '', vulnerability: '', warnings: false, obviousHazard: false, judgementRisk: '', judgementReason: '' };
}

export function draft2004Of(s: Scenario2004Json): Draft2004 {
  return {
    id: s.id,
    title: s.title ?? '',
    injury: s.injury,
    defectProbability: s.defectProbability.replace(/\s*%\s*$/, '').trim(),
    exposure: s.exposure,
    severity: s.severity,
    vulnerablePerson: s.vulnerablePerson ?? '',
    vulnerability: s.vulnerability ?? '',
    warnings: s.warnings ?? false,
    obviousHazard: s.obviousHazard ?? false,
    judgementRisk: s.judgement?.risk ?? '',
    judgementReason: s.judgement?.reason ?? '',
  };
}

export function viewDraft2004(t: Risk2004Tables, d: Draft2004, takenIds: readonly string[] = []): Draft2004View {
  const defect = d.defectProbability ? Number(d.defectProbability) : NaN;
  const probabilityClass = d.exposure && Number.isFinite(defect) ? t.probabilityClass(d.exposure, defect) : null;
  const fixed = d.vulnerablePerson ? t.vulnerabilityOf(d.vulnerablePerson) : null;
  const vulnerability = fixed ?? (d.vulnerability || null);
  const missing: Draft2004Field[] = [];
  if (!d.id.trim() || takenIds.includes(d.id.trim())) missing.push('id');
  if (!d.injury.trim()) missing.push('injury');
  if (probabilityClass === null) {
    if (!Number.isFinite(defect)) missing.push('defectProbability');
    if (!d.exposure) missing.push('exposure');
  }
  if (!d.severity) missing.push('severity');
  if (!vulnerability) missing.push('vulnerability');
  // A judgement always comes with its reason (Tables A and B are applied by the assessor).
  if (d.judgementRisk && !d.judgementReason.trim()) missing.push('judgementReason');
  return {
    probabilityClass,
    typicalInjuries: d.severity ? t.typicalInjuries(d.severity) : null,
    vulnerability,
    vulnerabilityFixed: fixed !== null,
    asksWarnings: vulnerability === 'normal-adult',
    pending: !d.judgementRisk,
    missing,
    canSave: missing.length === 0,
  };
}

/** The interchange scenario of a complete draft (viewDraft2004(...).canSave). */
export function scenarioJsonOf(t: Risk2004Tables, d: Draft2004): Scenario2004Json {
  const v = viewDraft2004(t, d);
  const s: Scenario2004Json = { id: d.id.trim(), injury: d.injury, defectProbability: `${d.defectProbability}%`, exposure: d.exposure, severity: d.severity };
  if (d.title.trim()) s.title = d.title;
  if (d.vulnerablePerson) s.vulnerablePerson = d.vulnerablePerson;
  if (v.vulnerability) s.vulnerability = v.vulnerability;
  if (v.asksWarnings) {
    s.warnings = d.warnings;
    s.obviousHazard = d.obviousHazard;
  }
  if (d.judgementRisk) s.judgement = { risk: d.judgementRisk, reason: d.judgementReason };
  return s;
}
