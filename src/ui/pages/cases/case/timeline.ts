// One timeline of a case, in time order: the lifecycle acts (from the notification's and the
// reactions' logs, which travel with the case), the saves of the store's history, and moves to
// another rule-set version. An act and the save that stored it are one line (they share their
// time and the act's name); saves in a row by the same person are one line with every field they
// changed. Fields stay paths here; the page names them by label.
import type { CaseFile, LifecycleLogEntry, Role } from '../../../../domain/case/types';
import type { CompiledRuleSet } from '../../../../rules/api';
import type { HistoryEntry } from '../../../../store/db';
import { t } from '../../../i18n';

export type TimelineKind = 'act' | 'save' | 'created' | 'deleted' | 'move';

export interface TimelineLine {
  at: string;
  /** The legal date of an act (deadlines run from it), when it is one. */
  date: string | null;
  role: Role | string;
  person: string;
  kind: TimelineKind;
  what: (rs: CompiledRuleSet) => string;
  fields: string[];
  detail: string;
}

/** Saves by the same person and role closer than this are one line. */
const SAVE_RUN_MS = 15 * 60 * 1000;

/** "validated.distributed" → the status shown: "validated". */
const statusOf = (path: string): string => path.split('.')[0];

function stateLabel(path: string, prefix: 'cases.state' | 'cases.reactionState'): string {
  return t(`${prefix}.${statusOf(path)}`);
}

function actLine(l: LifecycleLogEntry, subject: () => string, acts: 'cases.act' | 'cases.reactionAct', states: 'cases.state' | 'cases.reactionState'): TimelineLine {
  return {
    at: l.at,
    date: l.date,
    role: l.role,
    person: l.actor && l.actor !== l.role ? l.actor : '',
    kind: 'act',
    what: () => `${subject()}: ${t(`${acts}.${l.event}`)} (${stateLabel(l.from, states)} → ${stateLabel(l.to, states)})`,
    fields: [],
    detail: l.detail,
  };
}

const time = (at: string): number => {
  const n = Date.parse(at);
  return Number.isNaN(n) ? 0 : n;
};

export function timelineOf(file: CaseFile, history: readonly HistoryEntry[]): TimelineLine[] {
  const acts: TimelineLine[] = [
    ...(file.notification?.log ?? []).map((l) => actLine(l, () => t('cases.section.notification'), 'cases.act', 'cases.state')),
    ...file.reactions.flatMap((r, i) => r.log.map((l) => actLine(l, () => `${t('cases.item.reaction', { n: i + 1 })}${r.reactingCountry ? ` (${r.reactingCountry})` : ''}`, 'cases.reactionAct', 'cases.reactionState'))),
  ];
  const byAct = new Map(acts.map((a) => [a.at, a]));
  const moves: TimelineLine[] = (file.ruleSetMoves ?? []).map((m) => ({
    at: m.at,
    date: m.date,
    role: m.role,
    person: m.actor,
    kind: 'move',
    what: () => t('cases.timeline.moved', { from: m.from, to: m.to }),
    fields: [],
    detail: m.reason,
  }));
  const saves: TimelineLine[] = [];
  for (const h of history) {
    const person = typeof h.person === 'string' ? h.person : '';
    const fields = h.fields ?? [];
    // The save that stored an act: its fields go with the act's line.
    const act = typeof h.act === 'string' ? byAct.get(h.at) : undefined;
    if (act) {
      act.fields = [...new Set([...act.fields, ...fields.filter((f) => !f.startsWith('notification') && !f.startsWith('reactions'))])];
      if (!act.person) act.person = person;
      continue;
    }
    const kind: TimelineKind = h.summary === 'created' || h.summary === 'demo case added' ? 'created' : h.summary === 'deleted' ? 'deleted' : 'save';
    const last = saves[saves.length - 1];
    if (kind === 'save' && last?.kind === 'save' && last.person === person && last.role === h.role && time(h.at) - time(last.at) < SAVE_RUN_MS) {
      last.at = h.at;
      last.fields = [...new Set([...last.fields, ...fields])];
      continue;
    }
    const summary = h.summary;
    saves.push({
      at: h.at,
      date: null,
      role: h.role,
      person,
      kind,
      what: () => (kind === 'created' ? t('cases.timeline.created') : kind === 'deleted' ? t('cases.timeline.deleted') : summary.startsWith('changed') ? t('cases.timeline.saved') : summary),
      fields: [...fields],
      detail: '',
    });
  }
  return [...acts, ...moves, ...saves].sort((a, b) => time(a.at) - time(b.at) || a.at.localeCompare(b.at));
}
