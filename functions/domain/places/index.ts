/**
 * Place resolution (geoparsing) for the detector: per-post mentions
 * (extractPlaces), event-level votes (addVotes / resolveVotes) and the place
 * an alert holds (holdPlace / locationOf). Pure apart from reading the
 * gazetteer file once (gazetteer.ts).
 */

import type { PlaceContext } from './extract';
import { gazetteer } from './gazetteer';
import { EntityType, postingIndex, postingType } from './layout';
import { nameKey } from './text';

export { baseRadiusKm, describePlace, entityLatLon, isTownRef, type Ref, validRef } from './entity';
export {
  coarseKey,
  extractFromScan,
  extractPlaces,
  type PlaceContext,
  type PlaceVote,
  type PostPlace,
} from './extract';
export { BUNDLED_FILE_NAME, cachedFile, distKm, type Gazetteer, gazetteer, preloadGazetteer } from './gazetteer';
export {
  addVotes,
  emptyVotes,
  farApart,
  type HeldPlace,
  HeldPlaceSchema,
  holdPlace,
  locationOf,
  type PlaceVotes,
  PlaceVotesSchema,
  type ResolvedPlace,
  resolveEventVotes,
  resolveVotes,
  supportOf,
} from './resolve';

/** Folded one-word names of places of at least `minPop` people (training counts how often each is written in lower case). */
export function singleWordPlaceNames(minPop: number): Set<string> {
  const g = gazetteer();
  const out = new Set<string>();
  for (let i = 0; i < g.places && g.pop(i) >= minPop; i++) {
    const k = nameKey(g.name(i));
    if (k && !k.includes(' ')) out.add(k);
  }
  return out;
}

export interface NamedPlace {
  name: string;
  country: string;
  lat: number;
  lon: number;
  pop: number;
}

/** The largest place of that name in that country (GeoNames name or any of its names), or null. */
export function placeByName(name: string, cc: string): NamedPlace | null {
  const g = gazetteer();
  const ki = g.find(nameKey(name));
  if (ki < 0) return null;
  for (const p of g.postings(ki)) {
    const i = postingIndex(p);
    if (postingType(p) !== EntityType.Place || g.countries[g.countryOf(i)]?.cc !== cc) continue;
    return { name: g.name(i), country: cc, lat: g.lat(i), lon: g.lon(i), pop: g.pop(i) };
  }
  return null;
}

/** A place context over the process's gazetteer: which folded single words are mostly common words, which name kinds of events. */
export function placeContext(
  isCommon: (key: string, hash?: number) => boolean = () => false,
  isEventWord: (key: string, hash?: number) => boolean = () => false,
  isNoName: (key: string, hash?: number) => boolean = () => false,
): PlaceContext {
  return { g: gazetteer(), isCommon, isEventWord, isNoName };
}
