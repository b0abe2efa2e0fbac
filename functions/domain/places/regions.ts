/**
 * Regions the gazetteer derives from its own places (no region is written by
 * hand): the parts of an area by direction ("northern Italy", "central
 * Philippines", "NW Bahamas") and the regions made of admin1 areas that share
 * a name after a direction word ("North/Central/South Abaco" -> "Abaco",
 * "Western/Central/Eastern Visayas" -> "Visayas", "North/South Carolina" ->
 * "Carolina", "the Carolinas").
 *
 * A part is geometric: the places of the area in the outer third of its extent
 * along the direction (the middle third on both axes for "central", or the
 * places nearest it when none is there), the
 * extent read between the 2nd and 98th percentile of its places (a far islet
 * does not stretch it). Its estimate is the population-weighted centre of
 * those places and the radius holding 90% of their people.
 */

/** Directions of a part, in part-index order: compass points (bearing = 45 * index), then the centre. */
export enum PartDir {
  N = 0,
  NE = 1,
  E = 2,
  SE = 3,
  S = 4,
  SW = 5,
  W = 6,
  NW = 7,
  Central = 8,
}
export const PART_DIRS = 9;
/** Words of a part's displayed name ("Northern Italy", "Central Philippines"). */
export const PART_ADJECTIVE = [
  'Northern',
  'Northeastern',
  'Eastern',
  'Southeastern',
  'Southern',
  'Southwestern',
  'Western',
  'Northwestern',
  'Central',
] as const;
/** Floats per part in the partRec section: lat, lon, radiusKm (0: an empty part), population. */
export const PART_WORDS = 4;

/** Index of a derived region's ref above every part's (entity.ts). */
export const REGION_BASE = 1 << 24;

const KM_PER_DEG = 111.19;

/** Which of the area's places lie in each of its parts: one array of member positions (into `members`) per direction. */
export function partsOf(
  members: readonly number[],
  lat: ArrayLike<number>,
  lon: ArrayLike<number>,
  centre: { lat: number; lon: number },
): number[][] {
  const n = members.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const cos = Math.cos((centre.lat * Math.PI) / 180);
  for (let q = 0; q < n; q++) {
    const i = members[q] as number;
    // Longitudes across the antimeridian (Fiji, Chukotka) are measured the short way round.
    const dLon = ((((lon[i] as number) - centre.lon + 540) % 360) - 180) * cos;
    x[q] = dLon * KM_PER_DEG;
    y[q] = ((lat[i] as number) - centre.lat) * KM_PER_DEG;
  }
  const out: number[][] = [];
  for (let d = 0; d < 8; d++) {
    const b = (d * Math.PI) / 4;
    const ux = Math.abs(Math.sin(b)) < 1e-9 ? 0 : Math.sin(b);
    const uy = Math.abs(Math.cos(b)) < 1e-9 ? 0 : Math.cos(b);
    const s = new Float64Array(n);
    for (let q = 0; q < n; q++) s[q] = (x[q] as number) * ux + (y[q] as number) * uy;
    const [lo, hi] = extent(s);
    const cut = lo + ((hi - lo) * 2) / 3;
    const part: number[] = [];
    for (let q = 0; q < n; q++) if ((s[q] as number) >= cut && hi > lo) part.push(q);
    out.push(part);
  }
  const [xlo, xhi] = extent(x);
  const [ylo, yhi] = extent(y);
  // How far from the middle of the extent, in sixths of it on the farther axis: the middle third holds 1 or less.
  const off = new Float64Array(n);
  let nearest = Infinity;
  for (let q = 0; q < n; q++) {
    const dx = Math.abs((x[q] as number) - (xlo + xhi) / 2) / Math.max(1e-9, (xhi - xlo) / 6);
    const dy = Math.abs((y[q] as number) - (ylo + yhi) / 2) / Math.max(1e-9, (yhi - ylo) / 6);
    off[q] = Math.max(dx, dy);
    nearest = Math.min(nearest, off[q] as number);
  }
  // An area with no place in its middle third (a ring of islands, a sparse test gazetteer): the places nearest it.
  const limit = Math.max(1, nearest);
  const central: number[] = [];
  for (let q = 0; q < n; q++) if ((off[q] as number) <= limit) central.push(q);
  out.push(central);
  return out;
}

/** The 2nd and 98th percentiles of the values (by count: where places are, not how many live there). */
function extent(v: Float64Array): [number, number] {
  if (v.length === 0) return [0, 0];
  const s = Float64Array.from(v).sort();
  const at = (p: number): number => s[Math.min(s.length - 1, Math.max(0, Math.round(p * (s.length - 1))))] as number;
  return [at(0.02), at(0.98)];
}

/** Direction words that start an admin1 name whose tail names a region ("North Abaco", "Western Visayas"). */
const HEAD =
  /^(?:north|south|east|west|central|northern|southern|eastern|western|north-?east|north-?west|south-?east|south-?west|northeastern|northwestern|southeastern|southwestern|upper|lower|middle)\s+(.+)$/i;

/**
 * Regions made of a country's admin1 areas whose English names share a tail after a direction word: two or more such
 * areas, a tail that names no country and is no generic word (`generic`: "Province", "Region", "District", "Lakes"
 * are words of many names). Returns the tail and the member admin1 indices.
 */
export function sharedTails(
  admin1: readonly { cc: string; name: string }[],
  countryKeys: ReadonlySet<string>,
  generic: (tailKey: string) => boolean,
  fold: (s: string) => string,
): { cc: string; name: string; members: number[] }[] {
  const groups = new Map<string, { cc: string; name: string; members: number[] }>();
  admin1.forEach((a, i) => {
    const m = HEAD.exec(a.name);
    if (!m) return;
    const tail = (m[1] as string).trim();
    const key = `${a.cc}:${fold(tail)}`;
    const gr = groups.get(key) ?? { cc: a.cc, name: tail, members: [] };
    gr.members.push(i);
    groups.set(key, gr);
  });
  const out: { cc: string; name: string; members: number[] }[] = [];
  for (const gr of groups.values()) {
    const k = fold(gr.name);
    if (gr.members.length < 2 || countryKeys.has(k) || k.split(' ').some((w) => generic(w))) continue;
    out.push(gr);
  }
  return out.sort((a, b) => (a.cc + a.name < b.cc + b.name ? -1 : a.cc + a.name > b.cc + b.name ? 1 : 0));
}

/** "the Carolinas", "the Abacos", "the Dakotas": English names a group of areas by its shared name in the plural. */
export function pluralName(name: string): string | null {
  return /[a-z]$/.test(name) && !/[sxz]$/.test(name) && !name.includes(' ') ? `${name}s` : null;
}
