/**
 * The part every connector shares: cut its items into ingest batches (by
 * count, size and time: a post waits at most `maxWaitMs`), send them in order,
 * record deletions, and checkpoint each stream only once the batch holding
 * everything up to that point was accepted. Memory is bounded: past
 * `maxBufferedItems` waiting items offer() refuses, and the reader must pause
 * until whenReady() (half the bound) before it reads on.
 */
import { createHash } from 'node:crypto';
import { batchMessage, type IngestMessage } from '../adapters/ingest-message';
import { sqsSafeJson } from '../adapters/sqs-json';
import type { Tombstone } from '../domain/tombstone';
import { Backoff, sleep } from './backoff';
import type { CheckpointStore } from './checkpoint';
import { compareCursors, type Position, type SourceItem } from './source-item';
import type { TombstoneStore } from './tombstones';

/** Where batches go: the FIFO ingest queue (functions/adapters/ingest-queue.ts) or a test double. */
export interface IngestSink {
  /** Resolves once the queue has accepted the message. */
  send(message: IngestMessage): Promise<void>;
}

export interface ForwarderLimits {
  /** Posts per ingest message (the score function takes up to 1,000; 100 keeps its invocations short). */
  maxPosts: number;
  /** UTF-8 bytes of a message body (SQS allows 256 KiB). */
  maxBytes: number;
  /** The longest a post waits for its batch to fill before it is sent anyway. */
  maxWaitMs: number;
  /** Posts and deletions held (open and sealed batches) before offer() refuses. */
  maxBufferedItems: number;
}

export const DEFAULT_LIMITS: ForwarderLimits = {
  maxPosts: 100,
  maxBytes: 200_000,
  maxWaitMs: 1000,
  maxBufferedItems: 5000,
};

export type ForwarderEvent =
  | {
      type: 'accepted';
      batchId: string;
      posts: number;
      deletions: number;
      checkpoints: Position[];
      lastSeenAtMs?: number;
    }
  | { type: 'send-failed'; batchId: string; attempt: number; error: Error }
  /** A post not sent: already in the open batch (a replayed overlap), or deleted before its batch left. */
  | { type: 'dropped'; reason: 'duplicate-in-batch' | 'deleted-before-send'; id: string };

export interface ForwarderOptions {
  source: string;
  sink: IngestSink;
  checkpoints: CheckpointStore;
  tombstones: TombstoneStore;
  limits?: Partial<ForwarderLimits>;
  /** Delay between attempts to deliver a batch the queue or a store refused. */
  retry?: Backoff;
  onEvent?: (e: ForwarderEvent) => void;
  now?: () => number;
}

interface Batch {
  /** Post JSON (null: removed by a deletion in the same batch), in arrival order. */
  parts: (string | null)[];
  index: Map<string, number>;
  bytes: number;
  posts: number;
  tombstones: Tombstone[];
  /** Latest cursor per stream of every item in the batch, skipped ones included. */
  positions: Map<string, string>;
  first?: string;
  last?: string;
  lastSeenAtMs?: number;
}

interface Sealed {
  batchId: string;
  /** Null when the batch holds no post (deletions or progress only). */
  body: string | null;
  posts: number;
  items: number;
  tombstones: Tombstone[];
  positions: Position[];
  lastSeenAtMs?: number;
}

const newBatch = (): Batch => ({
  parts: [],
  index: new Map(),
  bytes: 0,
  posts: 0,
  tombstones: [],
  positions: new Map(),
});
/** `{"batchId":"…","source":"…","posts":[` + `]}`, generously. */
const ENVELOPE_BYTES = 600;

/**
 * Deterministic batch id: the cursor range plus a hash of what the batch
 * holds. The range alone would not do: after a reconnect (or on another
 * Jetstream instance, whose time_us differ) the same range can hold other
 * posts, and SQS would then drop a batch as a duplicate of a different one.
 */
export function batchIdOf(
  source: string,
  first: string,
  last: string,
  postIds: readonly string[],
  tombstoneIds: readonly string[],
): string {
  const h = createHash('sha256')
    .update(postIds.join('\n'))
    .update('\u0000')
    .update(tombstoneIds.join('\n'))
    .digest('hex')
    .slice(0, 16);
  return `${source}:${first}-${last}:${h}`;
}

export class Forwarder {
  readonly limits: ForwarderLimits;
  private open = newBatch();
  private readonly sealed: Sealed[] = [];
  private buffered = 0;
  private timer: NodeJS.Timeout | undefined;
  private pumping: Promise<void> | undefined;
  private readonly stopping = new AbortController();
  private readyWaiters: (() => void)[] = [];
  private readonly retry: Backoff;
  private readonly now: () => number;

  constructor(private readonly o: ForwarderOptions) {
    this.limits = { ...DEFAULT_LIMITS, ...o.limits };
    this.retry = o.retry ?? new Backoff({ baseMs: 200, maxMs: 20_000 });
    this.now = o.now ?? Date.now;
  }

  /** Items (posts, deletions) waiting to be accepted by the queue. */
  get bufferedItems(): number {
    return this.buffered;
  }

  get full(): boolean {
    return this.buffered >= this.limits.maxBufferedItems;
  }

  /**
   * Takes one item, or refuses it (false) when the buffer is full: the reader
   * must then stop, wait for whenReady(), and read again from this item.
   * Progress-only items are always taken (they hold no memory beyond a cursor).
   */
  offer(item: SourceItem): boolean {
    if (item.kind !== 'skip' && this.full) return false;
    const b = this.open;
    if (item.kind === 'post') {
      const id = item.post.id;
      if (b.index.has(id)) {
        this.o.onEvent?.({ type: 'dropped', reason: 'duplicate-in-batch', id });
      } else if (b.tombstones.some((t) => t.id === id)) {
        this.o.onEvent?.({ type: 'dropped', reason: 'deleted-before-send', id });
      } else {
        const json = sqsSafeJson(item.post);
        const bytes = Buffer.byteLength(json);
        if (b.posts > 0 && b.bytes + bytes + 1 + ENVELOPE_BYTES > this.limits.maxBytes) this.seal();
        const c = this.open;
        c.index.set(id, c.parts.length);
        c.parts.push(json);
        c.bytes += bytes + 1;
        c.posts++;
        this.buffered++;
      }
    } else if (item.kind === 'delete') {
      const at = b.index.get(item.tombstone.id);
      if (at !== undefined && b.parts[at] !== null) {
        b.parts[at] = null;
        b.posts--;
        this.buffered--;
        this.o.onEvent?.({ type: 'dropped', reason: 'deleted-before-send', id: item.tombstone.id });
      }
      b.tombstones.push(item.tombstone);
      this.buffered++;
    }
    this.note(this.open, item);
    if (this.open.posts >= this.limits.maxPosts || this.open.tombstones.length >= this.limits.maxPosts) this.seal();
    else this.timer ??= setTimeout(() => this.seal(), this.limits.maxWaitMs);
    return true;
  }

  private note(b: Batch, item: SourceItem): void {
    const { stream, cursor } = item.at;
    const cur = b.positions.get(stream);
    if (cur === undefined || compareCursors(cursor, cur) > 0) b.positions.set(stream, cursor);
    b.first ??= cursor;
    b.last = cursor;
    if (item.seenAtMs !== undefined) b.lastSeenAtMs = Math.max(b.lastSeenAtMs ?? 0, item.seenAtMs);
  }

  /** Resolves once the buffer is back under half its bound (at once when it is). */
  whenReady(): Promise<void> {
    if (this.buffered <= this.limits.maxBufferedItems / 2) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Closes the open batch: it is sent after the ones before it. */
  seal(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const b = this.open;
    if (b.first === undefined) return;
    this.open = newBatch();
    const parts = b.parts.filter((p): p is string => p !== null);
    const ids = [...b.index].filter(([, i]) => b.parts[i] !== null).map(([id]) => id);
    const batchId = batchIdOf(
      this.o.source,
      b.first,
      b.last ?? b.first,
      ids,
      b.tombstones.map((t) => t.id),
    );
    this.sealed.push({
      batchId,
      body:
        parts.length > 0
          ? `{"batchId":${JSON.stringify(batchId)},"source":${JSON.stringify(this.o.source)},"posts":[${parts.join(',')}]}`
          : null,
      posts: parts.length,
      items: parts.length + b.tombstones.length,
      tombstones: b.tombstones,
      positions: [...b.positions].map(([stream, cursor]) => ({ stream, cursor })),
      ...(b.lastSeenAtMs !== undefined ? { lastSeenAtMs: b.lastSeenAtMs } : {}),
    });
    this.pumping ??= this.pump().finally(() => {
      this.pumping = undefined;
    });
  }

  private async pump(): Promise<void> {
    let attempt = 0;
    while (this.sealed.length > 0 && !this.stopping.signal.aborted) {
      const s = this.sealed[0] as Sealed;
      try {
        if (s.body !== null) await this.o.sink.send(batchMessage(this.o.source, s.body));
        if (s.tombstones.length > 0) await this.o.tombstones.put(s.tombstones);
        const savedAt = new Date(this.now()).toISOString();
        for (const p of s.positions) await this.o.checkpoints.save(p.stream, p.cursor, savedAt);
      } catch (e) {
        attempt++;
        this.o.onEvent?.({ type: 'send-failed', batchId: s.batchId, attempt, error: e as Error });
        await sleep(this.retry.next(), this.stopping.signal);
        continue;
      }
      attempt = 0;
      this.retry.reset();
      this.sealed.shift();
      this.buffered -= s.items;
      this.o.onEvent?.({
        type: 'accepted',
        batchId: s.batchId,
        posts: s.posts,
        deletions: s.tombstones.length,
        checkpoints: s.positions,
        ...(s.lastSeenAtMs !== undefined ? { lastSeenAtMs: s.lastSeenAtMs } : {}),
      });
      if (this.buffered <= this.limits.maxBufferedItems / 2) {
        const w = this.readyWaiters;
        this.readyWaiters = [];
        for (const r of w) r();
      }
    }
  }

  /**
   * Sends everything held and checkpoints it. Resolves true when all was
   * accepted, false when `signal` ended the wait first (what was not accepted
   * is not checkpointed: the next reader reads it again).
   */
  async flush(signal?: AbortSignal): Promise<boolean> {
    this.seal();
    while (this.pumping && !signal?.aborted) {
      await Promise.race([
        this.pumping,
        new Promise<void>((r) => signal?.addEventListener('abort', () => r(), { once: true })),
      ]);
    }
    return this.sealed.length === 0 && this.open.first === undefined;
  }

  /** Stops sending (pending retries end); what is held is dropped unsent and unchecked: it will be read again. */
  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.stopping.abort();
    for (const r of this.readyWaiters) r();
    this.readyWaiters = [];
  }
}
