// The weekly overview, as Safety Gate's weekly report: the authority's notifications and reactions
// submitted in one ISO week, with the alerts published or changed in that week.
import { CalendarDate } from '../calendar-date';
import type { CaseFile, Classification, ReactionKind } from '../case/types';
import { isoWeekOf, weekKey, type IsoWeek } from './iso-week';
import type { RegisterEntry } from './register';

export interface WeeklyNotification {
  caseId: string;
  title: string;
  number: string | null;
  classification: Classification | null;
  /** The case's regime, whose rule files name the classification. */
  regimeId: string;
  submitted: string;
}

export interface WeeklyReaction {
  caseId: string;
  title: string;
  reactionId: string;
  notificationNumber: string;
  kind: ReactionKind;
  submitted: string;
}

export interface WeeklyAlert {
  entry: RegisterEntry;
  /** First published this week, or changed this week. */
  change: 'new' | 'updated';
}

export interface WeeklyOverview {
  week: string;
  notifications: WeeklyNotification[];
  reactions: WeeklyReaction[];
  alerts: WeeklyAlert[];
}

const inWeek = (date: string | null | undefined, week: string): date is string => {
  const d = CalendarDate.parse(date);
  return d !== null && weekKey(isoWeekOf(d)) === week;
};

export function weeklyOverview(w: IsoWeek, cases: readonly CaseFile[], alerts: readonly RegisterEntry[]): WeeklyOverview {
  const week = weekKey(w);
  const title = (c: CaseFile) => c.title || [c.product.brand, c.product.name].filter(Boolean).join(' ') || c.id;
  const notifications = cases
    .filter((c) => c.notification && inWeek(c.notification.submitted, week))
    .map((c) => ({ caseId: c.id, title: title(c), number: c.notification!.number, classification: c.notification!.validatedAs ?? c.notification!.chosen, regimeId: c.regimeId, submitted: c.notification!.submitted! }))
    .sort((a, b) => (a.submitted < b.submitted ? -1 : a.submitted > b.submitted ? 1 : 0));
  const reactions = cases
    .flatMap((c) => c.reactions.filter((r) => inWeek(r.submitted, week)).map((r) => ({ caseId: c.id, title: title(c), reactionId: r.id, notificationNumber: r.notificationNumber, kind: r.kind, submitted: r.submitted! })))
    .sort((a, b) => (a.submitted < b.submitted ? -1 : a.submitted > b.submitted ? 1 : 0));
  const weekly = alerts
    .filter((e) => e.weeks.includes(week))
    .map((entry): WeeklyAlert => ({ entry, change: entry.firstWeek === week ? 'new' : 'updated' }))
    .sort((a, b) => (a.entry.alert.category || '\uffff').localeCompare(b.entry.alert.category || '\uffff') || a.entry.id.localeCompare(b.entry.id));
  return { week, notifications, reactions, alerts: weekly };
}
