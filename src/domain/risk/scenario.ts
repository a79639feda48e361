// The injury scenario as the domain sees it: typed, parsed values (exact fractions, a severity
// level). The interchange JSON (strings) is read into these by src/domain/assessment.ts.
import type { Fraction } from '../fraction';

export interface Step {
  text: string;
  probability: Fraction;
  /** Optional bounds of the assessor's uncertainty about this step (used by the sensitivity). */
  low?: Fraction;
  high?: Fraction;
  /** Data, tests or assumptions behind the probability (for the report). */
  evidence?: string;
}

export interface Scenario {
  id: string;
  /** Short description of what happens ("hammer head breaks and a fragment hits the eye"). */
  title?: string;
  /** Member of the regime's consumerGroup enum, or a free description in imported files. */
  consumer: string;
  /** Member of the regime's hazardGroup enum, or a free description in imported files. */
  hazard: string;
  steps: Step[];
  /** The injury in words ("permanent loss of sight in one eye"). */
  injury: string;
  /** Member of the injuryType enum, when chosen from the typical-injury table. */
  injuryType?: string;
  severity: number;
  /** The severity the typical-injury table suggested; when it differs, severityReason says why. */
  suggestedSeverity?: number;
  severityReason?: string;
}

export interface Product {
  name: string;
  brand?: string;
  model?: string;
  description?: string;
}
