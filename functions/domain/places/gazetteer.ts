/**
 * Read access to the gazetteer file (layout.ts): typed-array views over the
 * file's bytes, so loading is a file read, not a parse. One immutable
 * instance per process (data, not state).
 *
 * Where the file comes from, first found:
 *   1. TOCSIN_PLACES_FILE;
 *   2. places.bin next to this module (the score function's bundle ships it
 *      there, see infra/stack.ts);
 *   3. node_modules/.cache/tocsin-places/places-<source>.bin, built from the
 *      npm packages at first use (build.ts).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashStr } from '../detector/hash';
import { buildGazetteer, sourceId } from './build';
import {
  type AreaRecord,
  HeaderSchema,
  KEY_AREA,
  MAGIC,
  NO_ADMIN1,
  type RegionRecord,
  SECTIONS,
  type SectionName,
} from './layout';
import { PART_DIRS, PART_WORDS } from './regions';

const FILTER_BITS = 1 << 21;
const LOWER_BITS = 1 << 19;

type Views = { [K in SectionName]: InstanceType<(typeof SECTIONS)[K]> };

export class Gazetteer {
  readonly countries: readonly AreaRecord[];
  readonly admin1: readonly AreaRecord[];
  /** Regions made of admin1 areas (regions.ts). */
  readonly regions: readonly RegionRecord[];
  readonly places: number;
  private readonly v: Views;
  private readonly recF: Float32Array;
  private readonly mask: number;
  private readonly dec = new TextDecoder();
  private readonly countryByCode: Map<string, number>;
  private grid: Map<number, number[]> | null = null;
  /**
   * Two-probe bit filter over the keys' hashes (256 KB, built at load): most
   * words of a post are no key, and the filter says so without touching the
   * slot table (several cache misses per lookup).
   */
  private readonly filter: Uint32Array;
  /**
   * Hashes of keys naming an area and of the first words of multi-word ones
   * (a 64 KB bit set): the only lower-case words worth a lookup ("in
   * florida", "new york"). Integer tests: no string hashing per word.
   */
  private readonly lowerKeys = new Uint32Array(LOWER_BITS / 32);

  constructor(bytes: Uint8Array) {
    // Typed arrays need aligned offsets: the sections are 8-aligned within the file, so the file must start aligned.
    const buf = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
    const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    if (buf.byteLength < 8 || dv.getUint32(0, true) !== MAGIC) throw new Error('not a Tocsin gazetteer file');
    const len = dv.getUint32(4, true);
    const h = HeaderSchema.parse(JSON.parse(new TextDecoder().decode(buf.subarray(8, 8 + len))));
    const v = {} as Record<SectionName, unknown>;
    for (const name of Object.keys(SECTIONS) as SectionName[]) {
      const [off, n] = h.sections[name];
      v[name] = new SECTIONS[name](buf.buffer as ArrayBuffer, buf.byteOffset + off, n);
    }
    this.v = v as Views;
    this.recF = new Float32Array(this.v.placeRec.buffer, this.v.placeRec.byteOffset, this.v.placeRec.length);
    this.countries = h.countries;
    this.admin1 = h.admin1;
    this.regions = h.regions;
    this.places = h.places;
    this.mask = h.slots - 1;
    this.countryByCode = new Map(h.countries.map((c, i) => [c.cc, i]));
    this.filter = new Uint32Array(FILTER_BITS / 32);
    const { keyFlags, keyOff, keyPool } = this.v;
    for (let i = 0; i < keyFlags.length; i++) {
      if (((keyFlags[i] as number) & KEY_AREA) === 0) continue;
      const k = String.fromCharCode(...keyPool.subarray(keyOff[i], keyOff[i + 1]));
      const sp = k.indexOf(' ');
      for (const w of sp > 0 ? [k, k.slice(0, sp)] : [k]) {
        const b = hashStr(w) & (LOWER_BITS - 1);
        this.lowerKeys[b >>> 5] = (this.lowerKeys[b >>> 5] as number) | (1 << (b & 31));
      }
    }
    const kh = this.v.keyHash;
    for (let i = 0; i < kh.length; i++) {
      const x = kh[i] as number;
      const a = x & (FILTER_BITS - 1);
      const b = ((x >>> 13) ^ (x << 7)) & (FILTER_BITS - 1);
      this.filter[a >>> 5] = (this.filter[a >>> 5] as number) | (1 << (a & 31));
      this.filter[b >>> 5] = (this.filter[b >>> 5] as number) | (1 << (b & 31));
    }
  }

  /** Parts in the file (regions.ts): PART_DIRS per area, countries then admin1 areas. */
  get parts(): number {
    return this.v.partRec.length / PART_WORDS;
  }
  /** Part p's field (0 lat, 1 lon, 2 radiusKm: 0 when no place is there, 3 population). */
  part(p: number, field: 0 | 1 | 2 | 3): number {
    return (this.v.partRec[p * PART_WORDS + field] as number | undefined) ?? 0;
  }
  /** Index of the part of a country (admin1 < 0) or an admin1 area in a direction. */
  partIndex(country: number, admin1: number, dir: number): number {
    return (admin1 >= 0 ? this.countries.length + admin1 : country) * PART_DIRS + dir;
  }

  /** Key index of a folded key, or -1. */
  find(key: string, hash?: number): number {
    const { slots, keyOff, keyPool } = this.v;
    const h = hash ?? hashStr(key);
    const a = h & (FILTER_BITS - 1);
    const b = ((h >>> 13) ^ (h << 7)) & (FILTER_BITS - 1);
    if (
      ((this.filter[a >>> 5] as number) & (1 << (a & 31))) === 0 ||
      ((this.filter[b >>> 5] as number) & (1 << (b & 31))) === 0
    )
      return -1;
    let s = h & this.mask;
    for (;;) {
      const k = slots[s * 2 + 1] as number;
      if (k === 0) return -1;
      const ki = k - 1;
      if (slots[s * 2] === h) {
        const off = keyOff[ki] as number;
        if ((keyOff[ki + 1] as number) - off === key.length) {
          let j = 0;
          while (j < key.length && keyPool[off + j] === key.charCodeAt(j)) j++;
          if (j === key.length) return ki;
        }
      }
      s = (s + 1) & this.mask;
    }
  }

  /** A lower-case word (by its hashStr) that may start an area's name (false positives only cost a lookup). */
  isLowerKey(hash: number): boolean {
    const b = hash & (LOWER_BITS - 1);
    return ((this.lowerKeys[b >>> 5] as number) & (1 << (b & 31))) !== 0;
  }

  keyFlags(ki: number): number {
    return this.v.keyFlags[ki] as number;
  }

  postings(ki: number): Uint32Array {
    return this.v.postings.subarray(this.v.postOff[ki], this.v.postOff[ki + 1]);
  }

  lat(i: number): number {
    return this.recF[i * 4] as number;
  }
  lon(i: number): number {
    return this.recF[i * 4 + 1] as number;
  }
  pop(i: number): number {
    return this.v.placeRec[i * 4 + 2] as number;
  }
  rank(i: number): number {
    return (this.v.placeRec[i * 4 + 3] as number) & 7;
  }
  /** Admin1 index of a place, or -1. */
  admin1Of(i: number): number {
    const a = (this.v.placeRec[i * 4 + 3] as number) >>> 16;
    return a === NO_ADMIN1 ? -1 : a;
  }
  countryOf(i: number): number {
    return ((this.v.placeRec[i * 4 + 3] as number) >>> 3) & 1023;
  }
  name(i: number): string {
    return this.dec.decode(this.v.namePool.subarray(this.v.placeNameOff[i], this.v.placeNameOff[i + 1]));
  }
  countryIndex(cc: string): number {
    return this.countryByCode.get(cc) ?? -1;
  }

  /** The largest place (pop >= 1000) nearest to a point within maxKm (a 1-degree grid, built at first use), or -1. */
  nearestPlace(lat: number, lon: number, maxKm = 30): number {
    this.grid ??= this.buildGrid();
    const grid = this.grid;
    const la = Math.floor(lat);
    const lo = Math.floor(lon);
    let best = -1;
    let bestD = maxKm;
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        const cell = grid.get((la + dy) * 1000 + lo + dx);
        if (cell === undefined) continue;
        for (let q = 0; q < cell.length; q++) {
          const i = cell[q] as number;
          // Every reading taken is within maxKm: one farther by latitude alone is never taken (most of a cell's places).
          if (!maybeWithinKm(lat, this.lat(i), maxKm)) continue;
          const d = distKm(lat, lon, this.lat(i), this.lon(i));
          // Within a few km a bigger place is the better name for the point.
          if (best < 0 ? d <= maxKm : d < bestD - 3 || (d <= bestD + 3 && this.pop(i) > this.pop(best) && d <= maxKm)) {
            best = i;
            bestD = d;
          }
        }
      }
    return best;
  }

  private buildGrid(): Map<number, number[]> {
    const g = new Map<number, number[]>();
    for (let i = 0; i < this.places; i++) {
      if (this.pop(i) < 1000) continue;
      const k = Math.floor(this.lat(i)) * 1000 + Math.floor(this.lon(i));
      const l = g.get(k);
      if (l) l.push(i);
      else g.set(k, [i]);
    }
    return g;
  }
}

/** Great-circle distance, km (equirectangular is not enough across 1000 km). */
export function distKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLon = (lon2 - lon1) * r;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 12742.0176 * Math.asin(Math.min(1, Math.sqrt(s)));
}

/**
 * Fewer km than a degree of latitude spans on the sphere of distKm (111.19): a great circle between two points is at
 * least as long as their latitude difference, so this bounds distKm from below.
 */
const KM_PER_DEGREE_BELOW = 111;

/** False when two latitudes alone are more than km apart (with 1 km for rounding): distKm would say more than km. */
export function maybeWithinKm(lat1: number, lat2: number, km: number): boolean {
  return !(Math.abs(lat2 - lat1) * KM_PER_DEGREE_BELOW > km + 1);
}

/** distKm(...) <= km, without the trigonometry when the latitudes alone are farther apart. */
export function withinKm(lat1: number, lon1: number, lat2: number, lon2: number, km: number): boolean {
  return maybeWithinKm(lat1, lat2, km) && distKm(lat1, lon1, lat2, lon2) <= km;
}

/** An empty gazetteer: nothing resolves (the detector still runs, alerts carry no location). */
function emptyGazetteer(): Gazetteer {
  return new Gazetteer(
    buildGazetteer('', { format: 'tocsin-places-reference-v1', packages: {}, countries: {}, admin1: {} }, 'empty'),
  );
}

let shared: Gazetteer | null = null;
let loadInfo = { file: '', ms: 0 };

/** The process's gazetteer (loaded, or built and cached, at first call). */
export function gazetteer(): Gazetteer {
  if (shared) return shared;
  const t0 = performance.now();
  let file = '';
  try {
    file = locateFile();
    shared = new Gazetteer(readFileSync(file));
  } catch (e) {
    console.error(`tocsin places: gazetteer unavailable, alerts will have no location (${(e as Error).message})`);
    shared = emptyGazetteer();
  }
  loadInfo = { file, ms: Math.round((performance.now() - t0) * 10) / 10 };
  return shared;
}

/** Loads the gazetteer now (a Lambda's init phase) and says what was loaded: the file, its places, the time it took. */
export function preloadGazetteer(): { file: string; places: number; loadMs: number } {
  const g = gazetteer();
  return { file: loadInfo.file, places: g.places, loadMs: loadInfo.ms };
}

/** Replaces the process's gazetteer (tests: a small generated one). */
export function useGazetteer(g: Gazetteer | null): void {
  shared = g;
}

export const BUNDLED_FILE_NAME = 'places.bin';

function locateFile(): string {
  const env = process.env.TOCSIN_PLACES_FILE;
  if (env) return env;
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, BUNDLED_FILE_NAME);
  if (existsSync(bundled)) return bundled;
  return cachedFile();
}

/** The cache file for the installed sources, built when missing (atomically: concurrent test processes may race). */
export function cachedFile(): string {
  const file = join(cacheDir(), `places-${sourceId()}.bin`);
  if (existsSync(file)) return file;
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, buildGazetteer());
  renameSync(tmp, file);
  return file;
}

function cacheDir(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(d, 'node_modules'))) return join(d, 'node_modules', '.cache', 'tocsin-places');
    const up = dirname(d);
    if (up === d) throw new Error('no node_modules above the places module: cannot cache the gazetteer');
    d = up;
  }
}
