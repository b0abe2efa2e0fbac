/**
 * Tocsin detector: public API used by the score Lambda, the replay command
 * and tests.
 */
import type { Post } from '../post';
import { createEngine, type Detector, type BatchResult } from './engine';
import { defaultModel } from './default-model';
import type { Model } from './model';
import { scorePost as scoreWith, type ScoredPost } from './score';
import type { EventStateStore } from './store';

export type { EventStateStore, StoredState, StatePut } from './store';
export { InMemoryEventStateStore, ConcurrentUpdateError } from './store';
export type { Detector, BatchResult, CandidateState, FamilyState, SeenState } from './engine';
export { PARAMS, stateKeys, type StateKeys } from './engine';
export type { Model, ModelFile } from './model';
export { modelFromFile } from './model';
export type { ScoredPost } from './score';
export { normalize } from './normalize';
export { detectLanguage } from './lang';
export { defaultModel } from './default-model';

export function createDetector(opts: { store: EventStateStore; model?: Model }): Detector {
  return createEngine(opts.store, opts.model ?? defaultModel());
}

/** Synchronous per-post scoring (normalise, language, classify, place) with the committed model unless given. */
export function scorePost(post: Post, model: Model = defaultModel()): ScoredPost {
  return scoreWith(post, model);
}

export type { BatchResult as DetectorBatchResult };
