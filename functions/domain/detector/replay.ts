/** In-process replay of a post stream through the detector (in-memory store by default). */
import type { Alert } from '../alert';
import type { Post } from '../post';
import type { StageKey } from './engine/evidence';
import { createDetector } from './index';
import type { Model } from './model';
import { InMemoryEventStateStore, type EventStateStore } from './store';

export interface ReplayResult {
  alerts: Alert[];
  scored: number;
  duplicates: number;
  batches: number;
}

export async function replayPosts(
  posts: readonly Post[],
  opts: {
    batchSize?: number;
    store?: EventStateStore;
    model?: Model;
    /** Stage 2's key (default the family). */
    key?: StageKey;
    /** Placed groups of regional families read their family's unplaced group. */
    readUnplaced?: boolean;
    onBatch?: (done: number, alerts: number) => void;
  } = {},
): Promise<ReplayResult> {
  const store = opts.store ?? new InMemoryEventStateStore();
  const detector = createDetector({
    store,
    ...(opts.model ? { model: opts.model } : {}),
    ...(opts.key ? { key: opts.key } : {}),
    ...(opts.readUnplaced ? { readUnplaced: true } : {}),
  });
  const size = opts.batchSize ?? 100;
  const alerts: Alert[] = [];
  let scored = 0;
  let duplicates = 0;
  let batches = 0;
  let clock = 0;
  for (let i = 0; i < posts.length; i += size) {
    const batch = posts.slice(i, i + size);
    // The replay's ingest clock: the latest createdAt read so far (a historical file sets its own time).
    for (const p of batch) clock = Math.max(clock, Date.parse(p.createdAt));
    const r = await detector.processBatch(batch, { now: clock });
    alerts.push(...r.alerts);
    await r.commit();
    scored += r.scored;
    duplicates += r.duplicates;
    batches++;
    opts.onBatch?.(Math.min(posts.length, i + size), alerts.length);
  }
  return { alerts, scored, duplicates, batches };
}
