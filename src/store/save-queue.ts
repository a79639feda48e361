// Saves the latest state of one record in order, one write at a time, each on the revision the
// previous write produced, so fast typing never races itself into a revision conflict. A change
// is written at once when no write is running (a reload right after typing must find it); changes
// made during a write are coalesced into the next one. A refused write (conflict, quota) stops the
// queue and is reported: nothing is overwritten. `flush` resolves when everything scheduled so
// far is written. With a journal, each scheduled change is also copied synchronously (see
// unsaved-journal.ts) until it is written.
import type { Revisioned } from './db';
import type { SaveResult } from './records';
import type { Journal } from './unsaved-journal';

export class SaveQueue<Draft, Saved extends Revisioned> {
  private pending: Draft | null = null;
  private inflight: Draft | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly save: (draft: Draft, baseRev: number) => Promise<SaveResult<Saved>>,
    private rev: number,
    private readonly onResult: (r: SaveResult<Saved>) => void = () => undefined,
    private readonly journal: Journal<Draft> | null = null,
    /** A draft not worth storing yet (a new record with nothing typed): journalled, not written. */
    private readonly notYet: (draft: Draft) => boolean = () => false,
  ) {}

  get revision(): number {
    return this.rev;
  }

  schedule(draft: Draft): void {
    this.journal?.write(draft, this.rev, this.inflight);
    if (this.rev === 0 && this.notYet(draft)) return;
    this.pending = draft;
    if (!this.running) this.running = this.drain();
  }

  async flush(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending) {
        const draft = this.pending;
        this.pending = null;
        this.inflight = draft;
        const r = await this.save(draft, this.rev);
        this.inflight = null;
        if (r.ok) {
          this.rev = r.record.rev;
          if (this.pending) this.journal?.write(this.pending, this.rev);
          else this.journal?.clear();
        }
        this.onResult(r);
        if (!r.ok) {
          // Refused (another tab's version, quota): the page shows both; a reload must not
          // bring the refused change back over the other version.
          this.pending = null;
          this.journal?.clear();
          break;
        }
      }
    } finally {
      this.running = null;
    }
  }
}
