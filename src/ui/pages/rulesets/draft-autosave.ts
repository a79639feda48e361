// Autosave of a draft's files: edits are kept in a working copy at once and written shortly after
// typing stops, one write at a time, each checked against the revision it was based on. When
// another tab saved the draft meanwhile, nothing is overwritten: the working copy stays, and the
// person chooses to keep theirs or load the other one.
import { createSignal, onCleanup } from 'solid-js';
import type { RuleSetFile } from '../../../domain/rule-set-document';
import type { EditResult, StoredRuleSet } from '../../../store/rule-sets';

export type SaveState = 'saved' | 'pending' | 'saving' | 'conflict' | 'refused' | 'error';

export type SaveFiles = (doc: StoredRuleSet, files: RuleSetFile[]) => Promise<EditResult>;

export interface DraftAutosave {
  /** The stored document the next save is based on. */
  doc: () => StoredRuleSet;
  /** The files as edited here (saved or not). */
  files: () => RuleSetFile[];
  state: () => SaveState;
  /** The other version when state is 'conflict'. */
  theirs: () => StoredRuleSet | null;
  /** Why a save failed (state 'error'); 'refused' means the draft was published meanwhile. */
  message: () => string;
  edit: (file: string, text: string) => void;
  /** Writes pending edits now (before publishing). Resolves true when everything is saved. */
  flush: () => Promise<boolean>;
  /** After a conflict: save this tab's files over the other version. */
  keepMine: () => Promise<boolean>;
  /** After a conflict: drop this tab's unsaved edits and continue from the other version. */
  takeTheirs: () => void;
  /** Continue from a document saved by another step (e.g. publishing). */
  replace: (doc: StoredRuleSet) => void;
  /**
   * Another tab saved this draft: with nothing unsaved here, continue from theirs at once;
   * otherwise show the conflict now rather than at the next save.
   */
  changedElsewhere: (doc: StoredRuleSet) => void;
}

export function createDraftAutosave(initial: StoredRuleSet, save: SaveFiles, delayMs = 700): DraftAutosave {
  const [doc, setDoc] = createSignal(initial);
  const [files, setFiles] = createSignal<RuleSetFile[]>(initial.files.map((f) => ({ ...f })));
  const [state, setState] = createSignal<SaveState>('saved');
  const [theirs, setTheirs] = createSignal<StoredRuleSet | null>(null);
  const [message, setMessage] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<boolean> | null = null;
  let dirty = false;

  const write = async (base: StoredRuleSet): Promise<boolean> => {
    dirty = false;
    setState('saving');
    const result = await save(base, files());
    if (result.ok) {
      setDoc(result.record);
      setTheirs(null);
      if (dirty) return write(result.record);
      setState('saved');
      return true;
    }
    if (result.reason === 'conflict') {
      setTheirs(result.current);
      setState('conflict');
    } else {
      if (result.reason !== 'immutable') setMessage(result.message);
      setState(result.reason === 'immutable' ? 'refused' : 'error');
    }
    return false;
  };

  const run = (base: StoredRuleSet): Promise<boolean> => {
    running = write(base).finally(() => (running = null));
    return running;
  };

  const flush = async (): Promise<boolean> => {
    clearTimeout(timer);
    if (running) await running;
    if (state() === 'conflict' || state() === 'refused') return false;
    if (state() === 'saved' && !dirty) return true;
    return run(doc());
  };

  const edit = (file: string, text: string) => {
    const current = files();
    if (current.find((f) => f.file === file)?.text === text) return;
    setFiles(current.map((f) => (f.file === file ? { file, text } : f)));
    dirty = true;
    if (state() === 'conflict' || state() === 'refused') return; // wait for the person's choice
    setState(running ? 'saving' : 'pending');
    clearTimeout(timer);
    if (!running) timer = setTimeout(() => void run(doc()), delayMs);
  };

  const keepMine = async () => {
    const other = theirs();
    if (!other) return flush();
    if (other.status !== 'draft') {
      setState('refused');
      return false;
    }
    return run(other);
  };

  const takeTheirs = () => {
    const other = theirs();
    if (!other) return;
    clearTimeout(timer);
    dirty = false;
    setDoc(other);
    setFiles(other.files.map((f) => ({ ...f })));
    setTheirs(null);
    setState(other.status === 'draft' ? 'saved' : 'refused');
  };

  const replace = (next: StoredRuleSet) => {
    clearTimeout(timer);
    dirty = false;
    setDoc(next);
    setFiles(next.files.map((f) => ({ ...f })));
    setTheirs(null);
    setState('saved');
  };

  const changedElsewhere = (other: StoredRuleSet) => {
    if (other.rev <= doc().rev) return; // our own save, or an old message
    if (running) return; // the save under way finds out by itself
    if ((state() === 'saved' || state() === 'refused') && !dirty) {
      setDoc(other);
      setFiles(other.files.map((f) => ({ ...f })));
      setState(other.status === 'draft' ? 'saved' : 'refused');
      return;
    }
    clearTimeout(timer);
    setTheirs(other);
    setState('conflict');
  };

  onCleanup(() => {
    // Leaving the page writes what is pending rather than dropping it.
    if (timer !== undefined && state() === 'pending') {
      clearTimeout(timer);
      void run(doc());
    }
  });

  return { doc, files, state, theirs, message, edit, flush, keepMine, takeTheirs, replace, changedElsewhere };
}
