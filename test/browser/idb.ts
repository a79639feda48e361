// Puts records straight into the app's IndexedDB from a test or benchmark (in chunks, one
// transaction each), as another tab of the app would have stored them.
import type { Page } from 'playwright-core';

export async function putRecords(page: Page, store: string, records: readonly unknown[], chunk = 2500): Promise<void> {
  for (let i = 0; i < records.length; i += chunk) {
    await page.evaluate(
      async ({ store, rows }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const r = indexedDB.open('riskcase');
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite');
          for (const rec of rows) tx.objectStore(store).put(rec);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { store, rows: records.slice(i, i + chunk) },
    );
  }
}
