import { compareCursors, isCursor } from './source-item';

export interface Checkpoint {
  cursor: string;
  savedAt: string;
}

/**
 * Where each stream's reader may resume. A checkpoint is written only after
 * the batch holding everything up to it was accepted by the ingest queue, and
 * it never moves backwards: a late writer (a predecessor that lost its lease)
 * cannot rewind it.
 */
export interface CheckpointStore {
  load(stream: string): Promise<Checkpoint | undefined>;
  /** False when a later cursor is already stored (nothing written). */
  save(stream: string, cursor: string, savedAt: string): Promise<boolean>;
}

export function assertCursor(cursor: string): void {
  if (!isCursor(cursor)) throw new Error(`not a cursor: ${JSON.stringify(cursor).slice(0, 60)}`);
}

export class InMemoryCheckpointStore implements CheckpointStore {
  readonly items = new Map<string, Checkpoint>();

  async load(stream: string): Promise<Checkpoint | undefined> {
    const c = this.items.get(stream);
    return c ? { ...c } : undefined;
  }

  async save(stream: string, cursor: string, savedAt: string): Promise<boolean> {
    assertCursor(cursor);
    const cur = this.items.get(stream);
    if (cur && compareCursors(cur.cursor, cursor) > 0) return false;
    this.items.set(stream, { cursor, savedAt });
    return true;
  }
}
