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
  NO_REGION,
  mentionOf,
  partitionOf,
  type StageKey,
} from './evidence';
import { familyOfCat, PARAMS } from './params';
import { commitLoaded, loadPartitions, loadUnplaced } from './keyed-store';
import {
  type EngineContext,
  type ProcessOptions,
  processPartition,
  type RaisedVersion,
  type SweepRequest,
} from './partition';

/** The messages that tell placed groups a burst of their family began (one per group; the id is the same when sent again). */
export function sweepMessages(sweeps: readonly SweepRequest[]): EvidenceMessage[] {
  const byGroup = new Map<string, { k: number; t: number }[]>();
  for (const s of sweeps) byGroup.set(s.group, [...(byGroup.get(s.group) ?? []), { k: s.k, t: s.t }]);
  return [...byGroup].map(([partition, list]) => ({
    id: `sweep#${partition}#${list.map((x) => `${x.k}.${x.t.toString(36)}`).join(',')}`,
    partition,
    evidence: [],
    sweeps: list,
  }));
}

export interface Stage1Result {
  /** Every post scored (posts in = scored). */
  scored: ScoredPost[];
  /** The evidence, one message per partition, partitions in order. */
  messages: EvidenceMessage[];
}

export interface Stage1Routing {
  /** Stage 2's key (evidence.ts StageKey; default the family). */
  key?: StageKey | undefined;
  /**
   * Under a finer key, a regional family's talk goes to its unplaced group (`family#none`): its mentions, and a
   * mention of each of its evidence posts sent elsewhere, so that group counts the family's bursts as the family's
   * one partition did, for its placed groups to read (ProcessOptions.readUnplaced).
   */
  familyTalk?: boolean | undefined;
}

/**
 * Stage 1 over one batch. A mention names no place of its own that stage 2 reads, so under a finer key it goes where
 * its family's posts without a region go (or, with familyTalk, to the family's one unplaced group).
 */
export function scoreBatch(batchId: string, posts: readonly Post[], model: Model, routing: Stage1Routing = {}): Stage1Result {
  const key = routing.key ?? 'family';
  const scored = posts.map((p) => scorePost(p, model));
  const byPartition = new Map<string, Evidence[]>();
  const mentions = new Map<string, Mention[]>();
  const mention = (group: string, m: Mention): void => {
    const ml = mentions.get(group);
    if (ml) ml.push(m);
    else mentions.set(group, [m]);
  };
  const talkGroup = (family: string): string | null =>
    key !== 'family' && routing.familyTalk && !PARAMS.pointFamilies.includes(family) ? `${family}#${NO_REGION}` : null;
  for (let i = 0; i < scored.length; i++) {
    const s = scored[i] as ScoredPost;
    const family = partitionOf(s);
    if (family === null) {
      const m = mentionOf(s);
      if (m === null) continue;
      const f = familyOfCat(m.k);
      mention(talkGroup(f) ?? groupOf(key, f, null, m.dupKey), m);
      continue;
    }
    const k = groupOf(key, family, s.place, s.dupKey);
    const talk = talkGroup(family);
    if (talk !== null && talk !== k) mention(talk, { t: s.t, k: s.cat, author: s.author, dupKey: s.dupKey, g: k });
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
  /** Bursts that began in a family's unplaced group, for its placed groups: stage 2 sends them on (sweepMessages). */
  sweeps: SweepRequest[];
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
  if (opts.readUnplaced) await loadUnplaced(store, loaded.states);
  const raised: RaisedVersion[] = [];
  const sweeps: SweepRequest[] = [];
  let applied = 0;
  let duplicates = 0;
  for (const [group, state] of loaded.states) {
    const r = processPartition(state, byPartition.get(group) ?? [], opts, ctx);
    raised.push(...r.raised);
    sweeps.push(...r.sweeps);
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
    sweeps,
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
