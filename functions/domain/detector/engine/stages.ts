/**
 * The detector as two stages (Flink KeyedProcessFunction-shaped):
 *
 *   stage 1  scoreBatch(batchId, posts)  stateless: score every post, keep the
 *            evidence, one EvidenceMessage per partition (id batchId#partition,
 *            the same when the batch is scored again);
 *   stage 2  aggregate(store, messages)  keyed: for each partition, one state
 *            load, processPartition() over its messages in order, one
 *            conditional commit (commit() after the alerts are stored).
 *
 * The single-stage detector (detector.ts) is the two run back to back in one
 * process; the AWS topology can run them as two functions with a FIFO queue
 * grouped by partition between them.
 */
import type { Alert } from '../../alert';
import { cleanHandle, excerptOf } from '../../excerpt';
import type { Post } from '../../post';
import type { Model } from '../model';
import { type ScoredPost, scorePost } from '../score';
import type { EventStateStore } from '../store';
import {
  type Evidence,
  type EvidenceMessage,
  groupOf,
  type Mention,
  mentionOf,
  partitionOf,
  type StageKey,
} from './evidence';
import { familyOfCat } from './params';
import { commitLoaded, loadPartitions } from './keyed-store';
import { type EngineContext, type ProcessOptions, processPartition, type RaisedVersion } from './partition';

export interface Stage1Result {
  /** Every post scored (posts in = scored). */
  scored: ScoredPost[];
  /** The evidence, one message per partition, partitions in order. */
  messages: EvidenceMessage[];
}

/**
 * Stage 1 over one batch. `key` is stage 2's (evidence.ts StageKey; default the family). A mention names no place
 * of its own that stage 2 reads, so under a finer key it goes where its family's posts without a region go.
 */
export function scoreBatch(batchId: string, posts: readonly Post[], model: Model, key: StageKey = 'family'): Stage1Result {
  const scored = posts.map((p) => scorePost(p, model));
  const byPartition = new Map<string, Evidence[]>();
  const mentions = new Map<string, Mention[]>();
  for (let i = 0; i < scored.length; i++) {
    const s = scored[i] as ScoredPost;
    const family = partitionOf(s);
    if (family === null) {
      const m = mentionOf(s);
      if (m === null) continue;
      const mk = groupOf(key, familyOfCat(m.k), null, m.dupKey);
      const ml = mentions.get(mk);
      if (ml) ml.push(m);
      else mentions.set(mk, [m]);
      continue;
    }
    const k = groupOf(key, family, s.place, s.dupKey);
    const e = quotable(s, posts[i] as Post);
    const list = byPartition.get(k);
    if (list) list.push(e);
    else byPartition.set(k, [e]);
  }
  const messages = [...new Set([...byPartition.keys(), ...mentions.keys()])].sort().map((partition) => {
    const m = mentions.get(partition);
    return { id: `${batchId}#${partition}`, partition, evidence: byPartition.get(partition) ?? [], ...(m ? { mentions: m } : {}) };
  });
  return { scored, messages };
}

/** Evidence with what an alert may quote of the post (only evidence pays for it). */
export function quotable(s: ScoredPost, post: Post): ScoredPost & Evidence {
  return {
    ...s,
    excerpt: s.isRetweet ? '' : excerptOf(post.text),
    handle: cleanHandle(post.author?.handle) ?? '',
  };
}

export interface Stage2Result {
  /** Alert versions raised, in stream-time order (each group's own alert ids: stage 3, identity.ts, joins them). */
  alerts: Alert[];
  /** The same versions with their group and area. */
  raised: RaisedVersion[];
  /** Evidence posts counted for the first time. */
  applied: number;
  /** Evidence posts already counted (redelivered message or post), skipped. */
  duplicates: number;
  /** State items that did not decode and were started afresh (key, reason). */
  discarded: { key: string; reason: string }[];
  /** Writes the changed state conditionally (throws ConcurrentUpdateError if another writer got there first). Idempotent. */
  commit(): Promise<void>;
}

/** Stage 2 over any number of messages (of one or more partitions): one load, one commit. */
export async function aggregate(
  store: EventStateStore,
  messages: readonly EvidenceMessage[],
  opts: ProcessOptions,
  ctx: EngineContext = {},
): Promise<Stage2Result> {
  const byPartition = new Map<string, EvidenceMessage[]>();
  for (const m of messages) {
    const list = byPartition.get(m.partition);
    if (list) list.push(m);
    else byPartition.set(m.partition, [m]);
  }
  const loaded = await loadPartitions(store, [...byPartition.keys()]);
  const raised: RaisedVersion[] = [];
  let applied = 0;
  let duplicates = 0;
  for (const [group, state] of loaded.states) {
    const r = processPartition(state, byPartition.get(group) ?? [], opts, ctx);
    raised.push(...r.raised);
    applied += r.applied;
    duplicates += r.duplicates;
  }
  // Partitions are independent: the merged list follows stream time (ties keep partition order).
  raised.sort((x, y) => {
    const a = x.alert.triggeredAt;
    const b = y.alert.triggeredAt;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  let committed = false;
  return {
    alerts: raised.map((r) => r.alert),
    raised,
    applied,
    duplicates,
    discarded: loaded.discarded,
    async commit() {
      if (committed) return;
      await commitLoaded(store, loaded);
      committed = true;
    },
  };
}
