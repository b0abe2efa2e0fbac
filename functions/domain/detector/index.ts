/**
 * Tocsin detector: public API used by the score Lambda, the replay command
 * and tests. Per post: score.ts (ScoredPost). Across posts: engine/ (stage 1
 * routing, stage 2 keyed state and alerts; see engine/stages.ts).
 */
import type { Post } from '../post';
import { defaultModel } from './default-model';
import { createDetector as create, type Detector } from './engine/detector';
import type { StageKey } from './engine/evidence';
import type { TraceFn } from './engine/partition';
import type { Model } from './model';
import { type ScoredPost, scorePost as scoreWith } from './score';
import type { EventStateStore } from './store';

export type { BatchOptions, BatchResult, Detector } from './engine/detector';
export { batchIdOf } from './engine/detector';
export {
  type Evidence,
  EvidenceMessageSchema,
  type EvidenceMessage,
  EvidenceSchema,
  familyOfGroup,
  groupOf,
  partitionOf,
  STAGE_KEYS,
  type StageKey,
  toEvidence,
} from './engine/evidence';
export { emptyIdentityState, type IdentityState, IdentityStateSchema, joinIdentities } from './engine/identity';
export { PARAMS } from './engine/params';
export type {
  EngineContext,
  EvidenceBatch,
  PartitionResult,
  PartitionState,
  ProcessOptions,
  RaisedVersion,
  TraceFn,
} from './engine/partition';
export { processPartition } from './engine/partition';
export { loadPartitions, touchedPuts, type LoadedPartitions } from './engine/keyed-store';
export { forgetQuotedPosts } from './engine/forget';
export { aggregate, scoreBatch, type Stage1Result, type Stage2Result } from './engine/stages';
export { type Candidate, type Head, STATE_VERSION } from './engine/state';
export type { EventStateStore, StoredState, StatePut } from './store';
export { InMemoryEventStateStore, ConcurrentUpdateError } from './store';
export type { Model, ModelFile } from './model';
export { modelFromFile } from './model';
export type { ScoredPost } from './score';
export { normalize } from './normalize';
export { detectLanguage } from './lexicon';
export { defaultModel } from './default-model';

export function createDetector(opts: {
  store: EventStateStore;
  model?: Model;
  trace?: TraceFn;
  key?: StageKey;
  readUnplaced?: boolean;
}): Detector {
  return create({
    store: opts.store,
    model: opts.model ?? defaultModel(),
    ...(opts.trace ? { trace: opts.trace } : {}),
    ...(opts.key ? { key: opts.key } : {}),
    ...(opts.readUnplaced ? { readUnplaced: true } : {}),
  });
}

/** Synchronous per-post scoring (normalise, language, classify, place) with the committed model unless given. */
export function scorePost(post: Post, model: Model = defaultModel()): ScoredPost {
  return scoreWith(post, model);
}
