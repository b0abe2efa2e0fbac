/**
 * Place resolution (geoparsing) for the detector: per-post mentions
 * (extractPlaces), event-level votes (addVotes / resolveVotes) and the place
 * an alert holds (holdPlace / locationOf). Pure apart from reading the
 * gazetteer file once (gazetteer.ts).
 */
import { gazetteer } from './gazetteer';
import type { PlaceContext } from './extract';

export { extractPlaces, coarseKey, type PlaceContext, type PlaceVote, type PostPlace } from './extract';
export { addVotes, emptyVotes, holdPlace, locationOf, resolveVotes, supportOf, HeldPlaceSchema, PlaceVotesSchema, type HeldPlace, type PlaceVotes, type ResolvedPlace } from './resolve';
export { gazetteer, distKm, type Gazetteer } from './gazetteer';
export { describe, type Ref } from './entity';

/** A place context over the process's gazetteer: `isCommon` says which folded single words are mostly common words. */
export function placeContext(isCommon: (key: string) => boolean = () => false): PlaceContext {
  return { g: gazetteer(), isCommon };
}
