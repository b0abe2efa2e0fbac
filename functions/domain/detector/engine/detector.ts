/**
 * The single-stage detector the score function and the replay use: stage 1
 * and stage 2 (stages.ts) back to back on one batch of posts, then stage 3
 * (identity.ts) on the versions raised. Each detector owns its context
 * (model, store, trace, stage 2's key, stage 3's state): nothing is
 * process-wide. Stage 3's state lives in the detector (the replay's
 * process, not the store: the replay's); under the family key it is not
 * run (it would change nothing: identity.test.ts).
 */
import type { Alert } from '../../alert';
import type { Post } from '../../post';
import { hashStr } from '../hash';
import type { Model } from '../model';
import type { EventStateStore } from '../store';
import type { EvidenceMessage, StageKey } from './evidence';
import { emptyIdentityState, joinIdentities } from './identity';
import type { EngineContext, TraceFn } from './partition';
import { aggregate, scoreBatch, sweepMessages } from './stages';

export interface BatchOptions {
  /** The ingest clock (ms; default the wall clock): no post counts as later than this plus PARAMS.futureSlackMs. */
  now?: number;
  /** Stays the same when the batch is delivered again (default: derived from the batch's post ids). */
  batchId?: string;
}

export interface BatchResult {
  alerts: Alert[];
  /**
   * Posts scored in this delivery; posts in = scored + duplicates. Scoring is
   * stateless, so a post that is no evidence is scored (and counted) again
   * when its batch is delivered again; `duplicates` are the evidence posts
   * recognised as already counted.
   */
  scored: number;
  duplicates: number;
  /** Evidence posts (passed the gate) in this batch, duplicates included. */
  evidence: number;
  discarded: { key: string; reason: string }[];
  commit(): Promise<void>;
}

export interface Detector {
  processBatch(posts: readonly Post[], opts?: BatchOptions): Promise<BatchResult>;
}

export interface DetectorOptions {
  store: EventStateStore;
  model: Model;
  trace?: TraceFn;
  /** Stage 2's key (default the family). */
  key?: StageKey;
  /** Placed groups of regional families read their family's unplaced group (ProcessOptions.readUnplaced). */
  readUnplaced?: boolean;
}

/** A batch's id from its posts' ids (order-free), for callers that have none. */
export function batchIdOf(posts: readonly Post[]): string {
  const ids = posts.map((p) => p.id).sort();
  const s = ids.join('\n');
  return `b-${hashStr(s).toString(36)}${hashStr(s, 0x2545f491).toString(36)}-${ids.length}`;
}

export function createDetector(opts: DetectorOptions): Detector {
  const ctx: EngineContext = { trace: opts.trace };
  const identities = emptyIdentityState();
  // Bursts that began in a family's unplaced group, sent on to its placed groups with the next batch.
  let sweeps: EvidenceMessage[] = [];
  return {
    async processBatch(posts, bo = {}) {
      const s1 = scoreBatch(bo.batchId ?? batchIdOf(posts), posts, opts.model, {
        key: opts.key,
        familyTalk: opts.readUnplaced,
      });
      const s2 = await aggregate(opts.store, [...sweeps, ...s1.messages], { now: bo.now ?? Date.now(), readUnplaced: opts.readUnplaced }, ctx);
      sweeps = sweepMessages(s2.sweeps);
      return {
        // One group per family: the ids and versions are stage 2's own (stage 3's state would live in this detector only).
        alerts: (opts.key ?? 'family') === 'family' ? s2.alerts : joinIdentities(identities, s2.raised),
        scored: posts.length - s2.duplicates,
        duplicates: s2.duplicates,
        evidence: s1.messages.reduce((n, m) => n + m.evidence.length, 0),
        discarded: s2.discarded,
        commit: s2.commit,
      };
    },
  };
}
