// Puts the demonstration cases into a new database, once: a flag in `meta` remembers it, so a demo
// case the user deleted does not come back, and nothing the user stored is ever overwritten.
import type { CaseFile } from '../domain/case/types';
import { caseIndexFields, type Db, type StoredCase } from './db';
import { activeSyncWriter } from './records';

export const DEMO_CASES_KEY = 'demoCasesSeeded';

/** The demo cases, or how to build them: building may be costly (a lifecycle is run), so it is only done on first run. */
export type DemoCases = readonly CaseFile[] | (() => readonly CaseFile[] | Promise<readonly CaseFile[]>);

/** True when the demo cases were added now; false when this database had them already. */
export async function seedDemoCases(db: Db, demo: DemoCases, now: () => string = () => new Date().toISOString()): Promise<boolean> {
  // With a server, the authority's cases (demo ones included) come from the server.
  if (activeSyncWriter()) return false;
  if (await db.get('meta', DEMO_CASES_KEY)) return false;
  // Built outside the write transaction: awaiting other work inside it would end it early.
  const files = typeof demo === 'function' ? await demo() : demo;
  const at = now();
  const tx = db.transaction(['cases', 'history', 'meta'], 'readwrite');
  if (await tx.objectStore('meta').get(DEMO_CASES_KEY)) {
    await tx.done;
    return false;
  }
  for (const file of files) {
    if ((await tx.objectStore('cases').getKey(file.id)) !== undefined) continue;
    const stored: StoredCase = { id: file.id, rev: 1, updatedAt: at, ...caseIndexFields(file), file };
    await tx.objectStore('cases').add(stored);
    await tx.objectStore('history').add({ caseId: file.id, at, role: 'national-authority', summary: 'demo case added', fields: [], rev: 1 });
  }
  await tx.objectStore('meta').put(true, DEMO_CASES_KEY);
  await tx.done;
  return true;
}
