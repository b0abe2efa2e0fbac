import type { Tombstone } from '../domain/tombstone';

/**
 * Deleted posts and accounts, kept (with a TTL longer than any copy of post
 * text Tocsin holds: quarantine and ingest DLQ, RETENTION.postTextDays) for the readers that show post
 * text or ids to check. Writes are idempotent puts.
 */
export interface TombstoneStore {
  put(tombstones: readonly Tombstone[]): Promise<void>;
  /** The given ids that have a tombstone, each with its `deletedAt`. */
  deletedAmong(ids: readonly string[]): Promise<Map<string, string>>;
}

export class InMemoryTombstoneStore implements TombstoneStore {
  readonly items = new Map<string, Tombstone>();

  async put(tombstones: readonly Tombstone[]): Promise<void> {
    for (const t of tombstones) this.items.set(t.id, t);
  }

  async deletedAmong(ids: readonly string[]): Promise<Map<string, string>> {
    return new Map(
      ids.flatMap((id) => {
        const t = this.items.get(id);
        return t ? [[id, t.deletedAt] as const] : [];
      }),
    );
  }
}
