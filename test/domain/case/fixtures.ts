// Case files for tests: the demo cases, made ready for submission the way a contact point would
// (accept the rule set's suggestion, explain each remaining gap).
import type { CompiledRuleSet } from '../../../src/rules/api';
import { acceptSuggestion, suggestClassification } from '../../../src/domain/case/classification';
import { explainMissing } from '../../../src/domain/case/form-gaps';
import { notificationCompleteness } from '../../../src/domain/case/notification-form';
import { emptyNotification } from '../../../src/domain/case/empty';
import type { CaseFile } from '../../../src/domain/case/types';
import { ruleSet as loadRuleSet } from '../../helpers/regimes';
const RS2010 = loadRuleSet('rapex-2010');

export function withSuggestionAccepted(rs: CompiledRuleSet, c: CaseFile, justification = 'Serious risk known; the authority is still deciding on measures.'): CaseFile {
  const s = suggestClassification(rs, c);
  if (!s.ok) throw new Error(JSON.stringify(s.errors));
  const n = c.notification ?? emptyNotification({ notifyingCountry: c.country, contactPoint: 'RAPEX Contact Point', personInCharge: 'Kari Nordmann' });
  const accepted = acceptSuggestion(n, s.suggestion);
  const withInfo = accepted.forInformation ? { ...accepted, forInformation: { ...accepted.forInformation, justification } } : accepted;
  return { ...c, notification: withInfo };
}

/** Explains every explainable gap (as "to follow"). Unexplainable gaps stay. */
export function explainAll(c: CaseFile): CaseFile {
  let missing = c.notification!.missing;
  for (const g of notificationCompleteness(c, RS2010).gaps) if (g.explainable && g.explanation === null) missing = explainMissing(missing, g.field, 'Not available yet; will follow in an update.');
  return { ...c, notification: { ...c.notification!, missing } };
}

export function readyToSubmit(rs: CompiledRuleSet, c: CaseFile): CaseFile {
  return explainAll(withSuggestionAccepted(rs, c));
}
