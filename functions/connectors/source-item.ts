import type { Post } from '../domain/post';
import type { Tombstone } from '../domain/tombstone';

/**
 * A position in one ordered stream of a source: Jetstream's time_us, a
 * Mastodon status id. Cursors are decimal integers, compared as numbers
 * (compareCursors), so that a checkpoint only ever moves forward.
 */
export interface Position {
  /** Checkpoint key, e.g. "bluesky:jetstream" or "mastodon:mastodon.social:hashtag:breaking". */
  stream: string;
  cursor: string;
}

/** What a connector makes of one event of its source. */
export type SourceItem =
  | {
      kind: 'post';
      post: Post;
      at: Position /** When the source saw it (ms), for the lag metric. */;
      seenAtMs?: number;
    }
  | { kind: 'delete'; tombstone: Tombstone; at: Position; seenAtMs?: number }
  /** An event that carries no post (identity, account, a reply to a skipped record...): it still moves the stream on. */
  | { kind: 'skip'; reason: string; at: Position; seenAtMs?: number };

const DECIMAL = /^\d{1,30}$/;

export function isCursor(s: string): boolean {
  return DECIMAL.test(s);
}

/** Numeric order of two decimal cursors (no leading-zero forms expected; they are normalised anyway). */
export function compareCursors(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  return x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
}
