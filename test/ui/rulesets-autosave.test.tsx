// Autosave of a draft against the real store (fake-indexeddb): edits are written after a pause;
// two tabs editing the same draft never overwrite each other silently — the second one keeps its
// text and chooses to save over the other version or to load it.
import { IDBFactory } from 'fake-indexeddb';
import { createRoot } from 'solid-js';
import { beforeEach, describe, expect, it } from 'vitest';
import { builtinDocument } from '../../src/domain/rule-set-document';
import { openRiskcaseDb, type Db } from '../../src/store/db';
import { copyToEdit, getRuleSet, publish, saveDraftFiles, type StoredRuleSet } from '../../src/store/rule-sets';
import { createDraftAutosave, type DraftAutosave } from '../../src/ui/pages/rulesets/draft-autosave';

const FILE = 'rules/rapex-2010/deadlines.rules';
let db: Db;
let draft: StoredRuleSet;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRiskcaseDb();
  const copied = await copyToEdit(db, builtinDocument('rapex-2010', [{ file: FILE, text: '-- ten days' }]));
  if (!copied.ok) throw new Error('copy failed');
  draft = copied.record;
});

function tab(doc: StoredRuleSet, delayMs = 5): { saver: DraftAutosave; dispose: () => void } {
  return createRoot((dispose) => ({ saver: createDraftAutosave(doc, (d, files) => saveDraftFiles(db, d, files), delayMs), dispose }));
}

const stored = async () => (await getRuleSet(db, draft.id))!;
const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(cond()).toBe(true);
};

describe('draft autosave', () => {
  it('writes an edit shortly after typing stops, then reports it saved with the new revision', async () => {
    const { saver, dispose } = tab(draft);
    saver.edit(FILE, '-- seven days');
    expect(saver.state()).toBe('pending');
    expect((await stored()).files[0].text).toBe('-- ten days');
    await until(() => saver.state() === 'saved');
    expect(saver.doc().rev).toBe(2);
    expect((await stored()).files[0].text).toBe('-- seven days');
    dispose();
  });

  it('keeps every edit made while a save is running', async () => {
    // The first write is held until the second edit has been made.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let writes = 0;
    const { saver, dispose } = createRoot((d) => ({
      saver: createDraftAutosave(draft, async (doc, files) => {
        if (writes++ === 0) await held;
        return saveDraftFiles(db, doc, files);
      }, 0),
      dispose: d,
    }));
    saver.edit(FILE, '-- a');
    await until(() => writes === 1);
    expect(saver.state()).toBe('saving');
    saver.edit(FILE, '-- ab');
    release();
    await until(() => saver.state() === 'saved');
    expect(writes).toBe(2);
    expect(await stored()).toMatchObject({ rev: 3, files: [{ text: '-- ab' }] });
    dispose();
  });

  it('shows a conflict with another tab instead of overwriting, and lets the person choose', async () => {
    const a = tab(draft);
    const b = tab(draft);
    a.saver.edit(FILE, '-- from tab A');
    expect(await a.saver.flush()).toBe(true);

    b.saver.edit(FILE, '-- from tab B');
    expect(await b.saver.flush()).toBe(false);
    expect(b.saver.state()).toBe('conflict');
    expect(b.saver.theirs()?.rev).toBe(2);
    expect(b.saver.theirs()?.files[0].text).toBe('-- from tab A');
    expect(b.saver.files()[0].text).toBe('-- from tab B'); // nothing typed is lost
    expect((await stored()).files[0].text).toBe('-- from tab A');

    // Tab B keeps its text: saved over A's version, on A's revision.
    expect(await b.saver.keepMine()).toBe(true);
    expect((await stored())).toMatchObject({ rev: 3, files: [{ text: '-- from tab B' }] });

    // Tab A now conflicts in turn and loads B's version.
    a.saver.edit(FILE, '-- A again');
    expect(await a.saver.flush()).toBe(false);
    a.saver.takeTheirs();
    expect(a.saver.state()).toBe('saved');
    expect(a.saver.files()[0].text).toBe('-- from tab B');
    expect(a.saver.doc().rev).toBe(3);
    a.dispose();
    b.dispose();
  });

  it('follows another tab at once when nothing is unsaved here, and shows the conflict at once otherwise', async () => {
    const a = tab(draft, 1000);
    const b = tab(draft, 1000);
    b.saver.edit(FILE, '-- from B');
    expect(await b.saver.flush()).toBe(true);
    a.saver.changedElsewhere(await stored());
    expect(a.saver.state()).toBe('saved');
    expect(a.saver.files()[0].text).toBe('-- from B');
    expect(a.saver.doc().rev).toBe(2);

    // An edit pending in B when A's save is announced: conflict now, B's text kept, nothing written.
    b.saver.edit(FILE, '-- B pending');
    a.saver.edit(FILE, '-- from A');
    expect(await a.saver.flush()).toBe(true);
    b.saver.changedElsewhere(await stored());
    expect(b.saver.state()).toBe('conflict');
    expect(b.saver.files()[0].text).toBe('-- B pending');
    await new Promise((r) => setTimeout(r, 20));
    expect((await stored()).files[0].text).toBe('-- from A');
    // An announcement of its own (or an older) save changes nothing.
    a.saver.changedElsewhere(await stored());
    expect(a.saver.state()).toBe('saved');
    a.dispose();
    b.dispose();
  });

  it('refuses to save into a draft another tab has published meanwhile', async () => {
    const { saver, dispose } = tab(draft);
    const published = await publish(db, draft, '2027-01-01', 'done elsewhere', () => ({ ok: true }));
    expect(published.ok).toBe(true);
    saver.edit(FILE, '-- too late');
    expect(await saver.flush()).toBe(false);
    expect(saver.state()).toBe('conflict');
    expect(saver.theirs()?.status).toBe('published');
    expect(await saver.keepMine()).toBe(false);
    expect(saver.state()).toBe('refused');
    expect(await stored()).toMatchObject({ status: 'published', files: [{ text: '-- ten days' }] });
    dispose();
  });
});
