// What a teaching exercise is: a product and a situation the trainee assesses, and the trainer's
// model answer. The model answer stores only what an assessor decides — the steps with their
// probabilities and the evidence or assumption behind each, and the severity with its reasoning.
// Band and risk are never stored: they come from the rule set (Appendix 5, table 4) through the
// risk domain, so a correction of the tables by policy staff reaches every exercise.
import type { ScenarioJson } from '../assessment';
import type { Product } from '../risk/scenario';

/** A point of the guidelines the model answer rests on. */
export interface Reasoning {
  /** Where in the guidelines, e.g. "Appendix 5, 3.3 (vulnerable consumers)". */
  cite: string;
  /** How that passage applies to this exercise. */
  text: string;
}

export interface Exercise {
  id: string;
  /** The guidelines' own worked examples (Appendix 5, section 6) or exercises written for practice. */
  origin: 'worked-example' | 'practice';
  product: Product;
  /** The defect found (test result, inspection), as the trainee is told it. */
  defect: string;
  /** The task: whose injury, in which situation. The steps are the trainee's to find. */
  brief: string;
  /**
   * The model scenario in the interchange shape. Every step has `evidence` (the data or the
   * assumption behind its probability).
   */
  model: ScenarioJson;
  /** Why the injury has this severity (Appendix 5, table 3). */
  severityReasoning: string;
  /** The guidelines' reasoning behind the model answer, with citations. */
  reasoning: Reasoning[];
}
