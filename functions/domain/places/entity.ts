/**
 * Entity references: a place, an admin1 area or a country of the gazetteer
 * as one small integer (serialisable in vote state), with the hierarchy
 * (country > admin1 > place) and what an alert shows of each.
 */

import type { Gazetteer } from './gazetteer';
import { EntityType, PlaceRank } from './layout';

export type Ref = number;

const SHIFT = 2 ** 28;
export const ref = (type: EntityType, index: number): Ref => type * SHIFT + index;
export const refType = (r: Ref): EntityType => Math.floor(r / SHIFT) as EntityType;
export const refIndex = (r: Ref): number => r % SHIFT;
/** A populated place (not an admin area or a country). */
export const isTownRef = (r: Ref): boolean => refType(r) === EntityType.Place;

/** A ref is valid for this gazetteer (vote state read back from storage may predate it). */
export function validRef(g: Gazetteer, r: unknown): r is Ref {
  if (typeof r !== 'number' || !Number.isInteger(r) || r < 0) return false;
  const i = refIndex(r);
  const t = refType(r);
  return t === EntityType.Place
    ? i < g.places
    : t === EntityType.Admin1
      ? i < g.admin1.length
      : t === EntityType.Country
        ? i < g.countries.length
        : false;
}

/** Latitude / longitude of an entity without allocating (hot paths). */
export function latOf(g: Gazetteer, r: Ref): number {
  const t = refType(r);
  const i = refIndex(r);
  return t === EntityType.Place ? g.lat(i) : ((t === EntityType.Admin1 ? g.admin1[i] : g.countries[i])?.lat ?? 0);
}
export function lonOf(g: Gazetteer, r: Ref): number {
  const t = refType(r);
  const i = refIndex(r);
  return t === EntityType.Place ? g.lon(i) : ((t === EntityType.Admin1 ? g.admin1[i] : g.countries[i])?.lon ?? 0);
}

export function entityLatLon(g: Gazetteer, r: Ref): { lat: number; lon: number } {
  return { lat: latOf(g, r), lon: lonOf(g, r) };
}

/** Country index of any entity. */
export function countryOfRef(g: Gazetteer, r: Ref): number {
  const i = refIndex(r);
  const t = refType(r);
  if (t === EntityType.Country) return i;
  if (t === EntityType.Place) return g.countryOf(i);
  return g.countryIndex(g.admin1[i]?.cc ?? '');
}

/** Admin1 index of a place or admin1 entity, else -1. */
export function admin1OfRef(g: Gazetteer, r: Ref): number {
  const t = refType(r);
  if (t === EntityType.Admin1) return refIndex(r);
  if (t === EntityType.Place) return g.admin1Of(refIndex(r));
  return -1;
}

/** `outer` is `inner` or one of its ancestors (country > admin1 > place). */
export function contains(g: Gazetteer, outer: Ref, inner: Ref): boolean {
  if (outer === inner) return true;
  const to = refType(outer);
  if (to === EntityType.Place) return false;
  if (to === EntityType.Country)
    return refType(inner) !== EntityType.Country && countryOfRef(g, inner) === refIndex(outer);
  return refType(inner) === EntityType.Place && g.admin1Of(refIndex(inner)) === refIndex(outer);
}

/** Honest uncertainty of a reading, km: a place by its size (10-25 km), an area by the spread of its population. */
export function baseRadiusKm(g: Gazetteer, r: Ref): number {
  const i = refIndex(r);
  const t = refType(r);
  if (t === EntityType.Place) {
    const base = 10 + 5 * Math.max(0, Math.log10(Math.max(1, g.pop(i)) / 1e4));
    return Math.round(Math.min(25, g.rank(i) === PlaceRank.Section ? base * 0.8 : base));
  }
  return (t === EntityType.Admin1 ? g.admin1[i]?.radiusKm : g.countries[i]?.radiusKm) ?? 1000;
}

/** What an alert shows: "Moore, OK, US", "Emilia-Romagna, IT", "Italy". */
export function describePlace(g: Gazetteer, r: Ref): { name: string; country: string; admin1?: string } {
  const i = refIndex(r);
  const t = refType(r);
  if (t === EntityType.Country) {
    const c = g.countries[i];
    return { name: c?.name ?? '?', country: c?.cc ?? '' };
  }
  const ai = admin1OfRef(g, r);
  const a = ai >= 0 ? g.admin1[ai] : undefined;
  const cc = g.countries[countryOfRef(g, r)]?.cc ?? '';
  const admin1 = a?.name || undefined;
  if (t === EntityType.Admin1) return { name: `${a?.name || '?'}, ${cc}`, country: cc, ...(admin1 ? { admin1 } : {}) };
  const region = a?.iso ?? a?.name;
  return {
    name: region ? `${g.name(i)}, ${region}, ${cc}` : `${g.name(i)}, ${cc}`,
    country: cc,
    ...(admin1 ? { admin1 } : {}),
  };
}
