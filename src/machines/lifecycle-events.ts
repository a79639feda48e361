// What every lifecycle event carries (who acts, on which legal date) and the history line it
// leaves. Shared by the notification and reaction machines.
import type { IsoDate, IsoTimestamp, LifecycleLogEntry, Role } from '../domain/case/types';

export interface ActingEvent {
  role: Role;
  /** The legal date of the act (deadlines run from it). */
  date: IsoDate;
  /** Authority or person acting; defaults to the role. */
  actor?: string;
  /** Wall-clock time, for the history only; defaults to the date at midnight UTC. */
  at?: IsoTimestamp;
  note?: string;
}

export function isActingEvent(e: unknown): e is ActingEvent & { type: string } {
  return typeof e === 'object' && e !== null && typeof (e as { role?: unknown }).role === 'string' && typeof (e as { date?: unknown }).date === 'string';
}

export function logEntry(e: ActingEvent & { type: string }, from: string, to: string, detail = e.note ?? ''): LifecycleLogEntry {
  return { at: e.at ?? `${e.date}T00:00:00.000Z`, date: e.date, role: e.role, actor: e.actor ?? e.role, event: e.type, from, to, detail };
}
