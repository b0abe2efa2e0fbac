/**
 * Entity references: a place, an admin1 area or a country of the gazetteer
 * as one small integer (serialisable in vote state), with the hierarchy
 * (country > admin1 > place) and what an alert shows of each.
 */

import type { Gazetteer } from './gazetteer';
import { EntityType, PlaceRank } from './layout';
import { PART_ADJECTIVE, PART_DIRS, REGION_BASE } from './regions';

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
        : t === EntityType.Region
          ? i >= REGION_BASE
            ? i - REGION_BASE < g.regions.length
            : i < g.parts && g.part(i, 2) > 0
          : false;
}

/** A region's numbers (regions.ts): a part of an area, or a region made of admin1 areas. */
function regionField(g: Gazetteer, i: number, field: 0 | 1 | 2 | 3): number {
  if (i < REGION_BASE) return g.part(i, field);
  const r = g.regions[i - REGION_BASE];
  if (!r) return 0;
  return field === 0 ? r.lat : field === 1 ? r.lon : field === 2 ? r.radiusKm : r.pop;
}

/** The area a part divides: [country index, admin1 index or -1]; a region of admin1 areas: [its country, -1]. */
function regionArea(g: Gazetteer, i: number): [number, number] {
  if (i >= REGION_BASE) return [g.countryIndex(g.regions[i - REGION_BASE]?.cc ?? ''), -1];
  const slot = Math.floor(i / PART_DIRS);
  if (slot < g.countries.length) return [slot, -1];
  const a = slot - g.countries.length;
  return [g.countryIndex(g.admin1[a]?.cc ?? ''), a];
}

/** A part of an area by direction ("northern Italy"), not a region of admin1 areas. */
export const isPartRef = (r: Ref): boolean => refType(r) === EntityType.Region && refIndex(r) < REGION_BASE;

/** The area a region is part of (a part's country or admin1 area; a region of admin1 areas' country); other refs: themselves. */
export function areaOfRegion(g: Gazetteer, r: Ref): Ref {
  if (refType(r) !== EntityType.Region) return r;
  const [c, a] = regionArea(g, refIndex(r));
  return a >= 0 ? ref(EntityType.Admin1, a) : ref(EntityType.Country, c);
}

/** A region's population (its places'), for the reading's prior. */
export function regionPop(g: Gazetteer, r: Ref): number {
  return regionField(g, refIndex(r), 3);
}

/** The part of an area's reading in a direction (regions.ts PartDir), or null (a town's part is the town; an empty part). */
export function partOf(g: Gazetteer, area: Ref, dir: number): Ref | null {
  const t = refType(area);
  if (t !== EntityType.Country && t !== EntityType.Admin1) return null;
  const i = refIndex(area);
  const p = t === EntityType.Country ? g.partIndex(i, -1, dir) : g.partIndex(-1, i, dir);
  return g.part(p, 2) > 0 ? ref(EntityType.Region, p) : null;
}

/** Latitude / longitude of an entity without allocating (hot paths). */
export function latOf(g: Gazetteer, r: Ref): number {
  const t = refType(r);
  const i = refIndex(r);
  if (t === EntityType.Region) return regionField(g, i, 0);
  return t === EntityType.Place ? g.lat(i) : ((t === EntityType.Admin1 ? g.admin1[i] : g.countries[i])?.lat ?? 0);
}
export function lonOf(g: Gazetteer, r: Ref): number {
  const t = refType(r);
  const i = refIndex(r);
  if (t === EntityType.Region) return regionField(g, i, 1);
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
  if (t === EntityType.Region) return regionArea(g, i)[0];
  return g.countryIndex(g.admin1[i]?.cc ?? '');
}

/** Admin1 index of a place or admin1 entity, else -1. */
export function admin1OfRef(g: Gazetteer, r: Ref): number {
  const t = refType(r);
  if (t === EntityType.Admin1) return refIndex(r);
  if (t === EntityType.Place) return g.admin1Of(refIndex(r));
  if (t === EntityType.Region) return regionArea(g, refIndex(r))[1];
  return -1;
}

/**
 * `outer` is `inner` or one of its ancestors (country > admin1 > place). A region of admin1 areas holds its areas and
 * their places; a part of an area has no boundary (its estimate is a centre and a radius), so whatever its area holds
 * may be in it: a town of the Philippines may be in "eastern Philippines", by any reading of "eastern".
 */
export function contains(g: Gazetteer, outer: Ref, inner: Ref): boolean {
  if (outer === inner) return true;
  const to = refType(outer);
  const ti = refType(inner);
  if (to === EntityType.Place) return false;
  if (to === EntityType.Country) return ti !== EntityType.Country && countryOfRef(g, inner) === refIndex(outer);
  if (to === EntityType.Admin1)
    return (ti === EntityType.Place || ti === EntityType.Region) && admin1OfRef(g, inner) === refIndex(outer);
  const o = refIndex(outer);
  if (o < REGION_BASE) return contains(g, areaOfRegion(g, outer), inner);
  const members = g.regions[o - REGION_BASE]?.members ?? [];
  if (ti === EntityType.Admin1) return members.includes(refIndex(inner));
  return ti === EntityType.Place && members.includes(g.admin1Of(refIndex(inner)));
}

/** Honest uncertainty of a reading, km: a place by its size (10-25 km), an area by the spread of its population. */
export function baseRadiusKm(g: Gazetteer, r: Ref): number {
  const i = refIndex(r);
  const t = refType(r);
  if (t === EntityType.Place) {
    const base = 10 + 5 * Math.max(0, Math.log10(Math.max(1, g.pop(i)) / 1e4));
    return Math.round(Math.min(25, g.rank(i) === PlaceRank.Section ? base * 0.8 : base));
  }
  if (t === EntityType.Region) return regionField(g, i, 2) || 1000;
  return (t === EntityType.Admin1 ? g.admin1[i]?.radiusKm : g.countries[i]?.radiusKm) ?? 1000;
}

/** Countries whose addresses name the state or province by its code ("Moore, OK", "Toronto, ON", "Santos, SP"). */
const CODE_COUNTRIES = new Set(['US', 'CA', 'AU', 'BR']);

/** What an alert shows: "Moore, OK, US", "Santiago de Compostela, Galicia, ES", "Emilia-Romagna, IT", "Italy". */
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
  if (t === EntityType.Region) {
    // "Central Philippines", "Northern Texas, US", "Abaco, BS".
    const admin1 = a?.name || undefined;
    if (i >= REGION_BASE) return { name: `${g.regions[i - REGION_BASE]?.name ?? '?'}, ${cc}`, country: cc };
    const dir = PART_ADJECTIVE[i % PART_DIRS] ?? '';
    if (a) return { name: `${dir} ${a.name}, ${cc}`, country: cc, ...(admin1 ? { admin1 } : {}) };
    return { name: `${dir} ${g.countries[countryOfRef(g, r)]?.name ?? '?'}`, country: cc };
  }
  const admin1 = a?.name || undefined;
  if (t === EntityType.Admin1) return { name: `${a?.name || '?'}, ${cc}`, country: cc, ...(admin1 ? { admin1 } : {}) };
  // "Moore, OK, US", "Sydney, NSW, AU": where people write the state's code; elsewhere a code says nothing to a
  // reader ("Santiago de Compostela, GA", "Marsh Harbour, CO"): the area's name.
  const area = (a?.iso && CODE_COUNTRIES.has(cc) ? a.iso : undefined) ?? a?.name;
  // "Dhaka, Bangladesh", not "Dhaka, Dhaka": a capital's area often bears its name.
  const region = area === g.name(i) ? undefined : area;
  return {
    name: region ? `${g.name(i)}, ${region}, ${cc}` : `${g.name(i)}, ${cc}`,
    country: cc,
    ...(admin1 ? { admin1 } : {}),
  };
}
