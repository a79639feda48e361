// Severity suggestion (Appendix 5, table 3): for an injury type, the typical injury at each level.
// The assessor picks the one that fits; choosing another level is allowed but needs a reason (4.5).
import type { RiskTables } from './risk-tables';

export interface TypicalInjury {
  severity: number;
  text: string;
}

/** The levels at which the table describes this injury type, lowest first. */
export function typicalInjuries(t: RiskTables, injuryType: string): TypicalInjury[] {
  const out: TypicalInjury[] = [];
  for (const s of t.severities) {
    const text = t.typicalInjury(injuryType, s);
    if (text) out.push({ severity: s, text });
  }
  return out;
}

/** A severity that differs from the suggestion needs a reason. */
export function overrideNeedsReason(suggested: number | undefined, severity: number | undefined, reason: string | undefined): boolean {
  return suggested !== undefined && severity !== undefined && suggested !== severity && !(reason ?? '').trim();
}
