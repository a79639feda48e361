// One browser, several people in turn: what one person synced must not stay for the next (they may
// be of another authority). The synced records are cleared when someone else signs in — unless
// the previous person's changes still wait to sync, which are never thrown away.
import type { Db } from '../db';
import { CHECKPOINT_KEY } from './engine';

export async function forgetOtherPerson(db: Db): Promise<boolean> {
  const tx = db.transaction(['outbox', 'syncState', 'assessments', 'cases', 'history', 'photos', 'ruleSets', 'sessions', 'meta'], 'readwrite');
  if ((await tx.objectStore('outbox').count()) > 0) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return false;
  }
  for (const s of ['syncState', 'assessments', 'cases', 'history', 'photos', 'ruleSets', 'sessions'] as const) await tx.objectStore(s).clear();
  await tx.objectStore('meta').delete(CHECKPOINT_KEY);
  await tx.done;
  return true;
}
