// Puts the demonstration cases into a new database, once: a flag in `meta` remembers it, so a demo
// case the user deleted does not come back, and nothing the user stored is ever overwritten.
import type { CaseFile } from '../domain/case/types';
import { caseIndexFields, type Db, type StoredCase } from './db';

export const DEMO_CASES_KEY = 'demoCasesSeeded';

/** True when the demo cases were added now; false when this database had them already. */
export async function seedDemoCases(db: Db, demo: readonly CaseFile[], now: () => string = () => new Date().toISOString()): Promise<boolean> {
  const at = now();
  const tx = db.transaction(['cases', 'history', 'meta'], 'readwrite');
  if (await tx.objectStore('meta').get(DEMO_CASES_KEY)) {
    await tx.done;
    return false;
  }
  for (const file of demo) {
    if ((await tx.objectStore('cases').getKey(file.id)) !== undefined) continue;
    const stored: StoredCase = { id: file.id, rev: 1, updatedAt: at, ...caseIndexFields(file), file };
    await tx.objectStore('cases').add(stored);
    await tx.objectStore('history').add({ caseId: file.id, at, role: 'national-authority', summary: 'demo case added', fields: [], rev: 1 });
  }
  await tx.objectStore('meta').put(true, DEMO_CASES_KEY);
  await tx.done;
  return true;
}
