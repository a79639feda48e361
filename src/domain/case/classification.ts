// The classification the rule set suggests, with its explanation, and the contact point's choice
// (Part II, 3.1): it may choose otherwise, but must say why; a notification for information
// carries its reason a-e and a justification (3.1.2, last paragraph).
import type { CompiledRuleSet, DecisionOutcome, FactError, TraceEntry } from '../../rules/api';
import { decideClassification } from './case-rules';
import type { CaseFile, Classification, ClassificationSuggestion, InfoReason, Notification } from './types';
import { FOR_INFORMATION, NOT_NOTIFIED } from './types';

type Lang = string;

function pick(labels: Record<string, string> | undefined, lang: Lang, fallback: string): string {
  return labels?.[lang] ?? labels?.en ?? fallback;
}

/** Label of a notificationType member from the rule set, in `lang`. */
export function classificationLabel(rs: CompiledRuleSet, value: string, lang: Lang = 'en'): string {
  const m = rs.enumeration('notificationType')?.members.find((x) => x.value === value);
  return pick(m?.label, lang, value);
}

/** The conditions that made the winning rule apply (the rule entry itself is the headline). */
function reasonsOf(because: readonly TraceEntry[]): TraceEntry[] {
  return because.filter((e) => e.kind !== 'decision-rule' && e.kind !== 'otherwise');
}

/** The rule set's notification types (its `notificationType` enum), `none` among them. */
export function notificationTypes(rs: CompiledRuleSet): string[] {
  return rs.enumeration('notificationType')?.members.map((m) => String(m.value)) ?? [];
}

/** The rule set's reasons for a notification for information (its `infoReason` enum); none under some regimes. */
export function infoReasons(rs: CompiledRuleSet): string[] {
  return rs.enumeration('infoReason')?.members.map((m) => String(m.value)) ?? [];
}

function parseClassification(rs: CompiledRuleSet, v: unknown): Classification | null {
  return typeof v === 'string' && notificationTypes(rs).includes(v) ? v : null;
}

function parseReason(rs: CompiledRuleSet, v: unknown): InfoReason | null {
  return typeof v === 'string' && infoReasons(rs).includes(v) ? v : null;
}

export interface ExplanationWords {
  because: string; // "because"
  not: string; // "not"
  noRule: string; // "no notification rule applies"
}

export const ENGLISH_WORDS: ExplanationWords = { because: 'because', not: 'not', noRule: 'no notification rule applies' };

/**
 * "Article 12 notification requiring emergency action because: consumer product (Part II, 2.1), …".
 * The words come from the caller (the UI passes translated ones); labels come from the rule set.
 */
export function explain(s: Pick<ClassificationSuggestion, 'classification' | 'because'>, label: string, lang: Lang = 'en', words: ExplanationWords = ENGLISH_WORDS): string {
  if (s.because.length === 0) return `${label}: ${words.noRule}`;
  const items = s.because.map((b) => `${b.negated ? words.not + ' ' : ''}${pick(b.labels, lang, b.label)} (${b.cites})`);
  return `${label} ${words.because}: ${items.join(', ')}`;
}

export function suggestionFromOutcome(rs: CompiledRuleSet, outcome: DecisionOutcome, ruleSetVersion: string): ClassificationSuggestion | { error: string } {
  const classification = parseClassification(rs, outcome.value);
  if (!classification) return { error: `the rule set decided an unknown classification '${String(outcome.value)}'` };
  const reason = parseReason(rs, outcome.fields.reason ?? null);
  const because = reasonsOf(outcome.because).map((e) => ({
    name: e.name,
    label: pick(e.label, 'en', e.name),
    cites: e.cites,
    negated: e.negated === true || e.holds === false,
    ...(e.label ? { labels: { ...e.label } } : {}),
  }));
  const base = { classification, reason, because, regimeId: rs.meta.id, ruleSetVersion };
  const label = classificationLabel(rs, classification) + (reason ? ` (${reason})` : '');
  return { ...base, explanation: explain(base, label) };
}

export type SuggestResult = { ok: true; suggestion: ClassificationSuggestion } | { ok: false; errors: FactError[] };

/** Decides the case's classification with the rule set and explains it. */
export function suggestClassification(rs: CompiledRuleSet, c: CaseFile, ruleSetVersion = c.ruleSetVersion): SuggestResult {
  const d = decideClassification(rs, c);
  if (!d.ok) return d;
  const s = suggestionFromOutcome(rs, d.value, ruleSetVersion);
  return 'error' in s ? { ok: false, errors: [{ path: 'classification', message: s.error }] } : { ok: true, suggestion: s };
}

export type ChoiceProblem =
  | 'no-choice'
  | 'not-notifiable'
  | 'unknown-type'
  | 'reason-for-choosing-otherwise-missing'
  | 'information-reason-missing'
  | 'information-justification-missing';

export interface ChoiceError {
  /** Field of the notification that needs attention. */
  field: 'chosen' | 'choiceReason' | 'forInformation.reason' | 'forInformation.justification';
  code: ChoiceProblem;
  message: string;
}

type Choice = Pick<Notification, 'suggested' | 'chosen' | 'choiceReason' | 'forInformation'>;

/** Whether the contact point's choice may be submitted under `rs`; each problem names its field. */
export function checkChoice(n: Choice, rs: CompiledRuleSet): ChoiceError[] {
  const errors: ChoiceError[] = [];
  if (!n.chosen) {
    errors.push({ field: 'chosen', code: 'no-choice', message: 'choose the notification type' });
    return errors;
  }
  if (n.chosen === NOT_NOTIFIED) errors.push({ field: 'chosen', code: 'not-notifiable', message: 'a case that is not notifiable cannot be submitted as a notification' });
  else if (!notificationTypes(rs).includes(n.chosen)) {
    const types = notificationTypes(rs).filter((x) => x !== NOT_NOTIFIED);
    errors.push({ field: 'chosen', code: 'unknown-type', message: `"${n.chosen}" is not a notification type of ${rs.meta.id} (${types.join(', ')})` });
  }
  const differs = !n.suggested || n.suggested.classification !== n.chosen;
  if (differs && n.choiceReason.trim() === '') {
    errors.push({ field: 'choiceReason', code: 'reason-for-choosing-otherwise-missing', message: 'give the reason for choosing a classification other than the one suggested' });
  }
  if (n.chosen === FOR_INFORMATION) {
    const reasons = infoReasons(rs);
    if (reasons.length > 0 && !(n.forInformation?.reason && reasons.includes(n.forInformation.reason))) {
      errors.push({ field: 'forInformation.reason', code: 'information-reason-missing', message: `state the reason (${reasons.join(', ')}) for a notification for information` });
    }
    if (!n.forInformation || n.forInformation.justification.trim() === '') {
      errors.push({ field: 'forInformation.justification', code: 'information-justification-missing', message: 'justify sending a notification for information' });
    }
  }
  return errors;
}

/** Accepts the suggestion as the choice (the usual path): keeps its reason for information. */
export function acceptSuggestion(n: Notification, s: ClassificationSuggestion): Notification {
  return {
    ...n,
    suggested: s,
    chosen: s.classification,
    choiceReason: '',
    forInformation: s.classification === FOR_INFORMATION && s.reason ? { reason: s.reason, justification: n.forInformation?.justification ?? '' } : null,
  };
}

/** Chooses another classification; the reason is checked by `checkChoice`. */
export function chooseOtherwise(n: Notification, chosen: Classification, reason: string, forInformation: Notification['forInformation'] = null): Notification {
  return { ...n, chosen, choiceReason: reason, forInformation: chosen === FOR_INFORMATION ? forInformation : null };
}
