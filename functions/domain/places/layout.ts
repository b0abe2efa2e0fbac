/**
 * The gazetteer file: a JSON header (areas, section offsets) then typed-array
 * sections read in place (no parsing at load). Written by build.ts, read by
 * gazetteer.ts.
 *
 * Places are GeoNames populated places; countries and admin1 areas are small
 * tables in the header. Names are looked up through an open-addressing hash
 * table over folded keys (text.nameKey): slot -> key -> postings, a posting
 * being (entity type, name kind, index).
 */

import { z } from 'zod';

export const MAGIC = 0x314c5054; // "TPL1"
/**
 * 12: the scanner folds Persian ی ک as Arabic ي ك (keys of Persian names changed); 13: native digits folded;
 * 14: Hebrew and Bengali names kept, Hebrew finals and Urdu ہ folded; 15: names written with vowel marks (Arabic
 * harakat, "مُلتان") or a zero-width non-joiner (Persian) kept.
 */
export const FORMAT_VERSION = 15;

/** Entity types in a posting (2 high bits). */
export enum EntityType {
  Place = 0,
  Admin1 = 1,
  Country = 2,
  /** A part of an area ("northern Italy", "central Philippines") or a region made of admin1 areas ("Abaco"): see regions.ts. */
  Region = 3,
}

/** How a name names its entity (4 bits). */
export enum NameKind {
  /** GeoNames name, its ASCII form, a country's or admin area's name in a supported language. */
  Primary = 0,
  /** Another Latin-script name of a large place ("Parigi", "Lisbonne"). */
  AltLatin = 1,
  /** A name in another script (Arabic, Cyrillic, Devanagari, Han, Kana...). */
  AltScript = 2,
  /** An upper-case code: ISO 3166-2 letters ("TX", "NSW") or a country's ("USA"): only as written, in upper case. */
  Abbrev = 3,
  /** "French", "Texan": a weak cue for the area. */
  Demonym = 4,
  /** A name without its generic word ("Tagbilaran" for "Tagbilaran City"). */
  Reduced = 5,
}

/** Feature rank of a place (GeoNames feature code), smaller is more important. */
export enum PlaceRank {
  Capital = 1,
  Admin1Seat = 2,
  Admin2Seat = 3,
  LocalSeat = 4,
  Town = 5,
  /** A section of a city or a locality (PPLX, PPLL...). */
  Section = 6,
}

/** A key is the first words of a longer key (the n-gram can grow). */
export const KEY_PREFIX = 1;
/** A key has postings. */
export const KEY_NAMES = 2;
/** Some posting of the key is a country or admin1 name (looked up in lower case too). */
export const KEY_AREA = 4;
/** A one-word key that is a word of many longer names ("west", "san", "lake"): a generic word before it is a name. */
export const KEY_GENERIC = 8;
/** An admin1 name shared by areas of three or more countries ("Central", "Western", "Eastern"): no area reading by that word alone. */
export const KEY_AREA_GENERIC = 16;

export const posting = (type: EntityType, kind: NameKind, index: number): number =>
  ((type << 30) | (kind << 26) | index) >>> 0;
export const postingType = (p: number): EntityType => (p >>> 30) as EntityType;
export const postingKind = (p: number): NameKind => ((p >>> 26) & 15) as NameKind;
export const postingIndex = (p: number): number => p & 0x3ffffff;

/** An area in the header: a country or a first-level admin division. */
export interface AreaRecord {
  /** ISO 3166-1 alpha-2 country code. */
  cc: string;
  /** GeoNames admin1 code (admin1 only). */
  code?: string | undefined;
  /** ISO 3166-2 letter code (admin1 only, when lettered). */
  iso?: string | undefined;
  name: string;
  /** Population-weighted centre of its places and the radius holding 90% of their population, km. */
  lat: number;
  lon: number;
  radiusKm: number;
  pop: number;
}

/** A region made of admin1 areas sharing a name after a direction word ("North/Central/South Abaco" -> "Abaco"). */
export interface RegionRecord extends AreaRecord {
  /** Its admin1 areas (indices into Header.admin1). */
  members: number[];
}

export interface Header {
  format: 'tocsin-places';
  version: number;
  /** What the file was built from (package versions), for the cache key. */
  source: string;
  places: number;
  keys: number;
  slots: number;
  countries: AreaRecord[];
  admin1: AreaRecord[];
  regions: RegionRecord[];
  /** Section name -> [byte offset from the start of the file, element count]. */
  sections: Record<SectionName, [number, number]>;
}

export const SECTIONS = {
  /** 4 words per place, one cache line holds what ranking a reading reads: lat, lon (float32 bits), population, admin1 << 16 | country << 3 | rank. */
  placeRec: Uint32Array,
  placeNameOff: Uint32Array,
  namePool: Uint8Array,
  keyHash: Uint32Array,
  keyFlags: Uint8Array,
  keyOff: Uint32Array,
  keyPool: Uint16Array,
  postOff: Uint32Array,
  postings: Uint32Array,
  /**
   * Parts of each area by direction (regions.ts PART_DIRS): 4 floats per part, lat, lon, radiusKm (0: no place
   * there), population; areas in order: countries, then admin1 areas.
   */
  partRec: Float32Array,
  /** 2 words per slot: the key's hash and its index + 1 (0: empty), so a probe reads one place. */
  slots: Uint32Array,
} as const;
export const PLACE_WORDS = 4;
export type SectionName = keyof typeof SECTIONS;
export const NO_ADMIN1 = 0xffff;

const AreaSchema = z.object({
  cc: z.string(),
  code: z.string().optional(),
  iso: z.string().optional(),
  name: z.string(),
  lat: z.number(),
  lon: z.number(),
  radiusKm: z.number().positive(),
  pop: z.number(),
});
const SectionSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
/** The header as read back from a file (a boundary: checked). */
export const HeaderSchema = z.object({
  format: z.literal('tocsin-places'),
  version: z.literal(FORMAT_VERSION),
  source: z.string(),
  places: z.number().int().nonnegative(),
  keys: z.number().int().nonnegative(),
  slots: z.number().int().positive(),
  countries: z.array(AreaSchema),
  admin1: z.array(AreaSchema),
  regions: z.array(AreaSchema.extend({ members: z.array(z.number().int().nonnegative()) })),
  sections: z.object(
    Object.fromEntries(Object.keys(SECTIONS).map((k) => [k, SectionSchema])) as Record<
      SectionName,
      typeof SectionSchema
    >,
  ),
});
