/**
 * Event-level place: weighted votes of all the event's posts (a compact,
 * bounded state kept in the candidate's item), resolved with spatial
 * coherence (readings near or inside each other reinforce, a lone far one
 * loses), the hierarchy (a city's votes count for its admin1 and country)
 * and author independence (an author's later posts count a tenth).
 * A held place (the one an alert shows) moves only to a refinement inside
 * it that has more support than the held one had when chosen: a far place
 * is another event, never a correction.
 */
import { z } from 'zod';
import { NumberList } from '../number-schemas';
import {
  admin1OfRef,
  baseRadiusKm,
  contains,
  countryOfRef,
  describePlace,
  entityLatLon,
  isPartRef,
  latOf,
  lonOf,
  type Ref,
  ref,
  refIndex,
  refType,
  validRef,
} from './entity';
import type { PostPlace } from './extract';
import { distKm, type Gazetteer, withinKm } from './gazetteer';
import { EntityType } from './layout';

/** One mention name's accumulated vote: readings, their probabilities, total weight, the authors seen (capped). */
export const VoteEntrySchema = z.object({
  k: z.string(),
  c: NumberList,
  p: NumberList,
  w: z.number(),
  a: NumberList,
});
export const PlaceVotesSchema = z.object({ v: z.array(VoteEntrySchema), n: z.array(z.string()).optional() });
export type VoteEntry = z.infer<typeof VoteEntrySchema>;
export type PlaceVotes = z.infer<typeof PlaceVotesSchema>;

/** The place an alert shows, with the support it had when chosen. */
export const HeldPlaceSchema = z.object({ r: z.number(), s: z.number(), km: z.number() });
export type HeldPlace = z.infer<typeof HeldPlaceSchema>;

export interface ResolvedPlace {
  ref: Ref;
  /** 'region': a part of an area or a region of admin1 areas (regions.ts). */
  level: 'place' | 'region' | 'admin1' | 'country';
  lat: number;
  lon: number;
  radiusKm: number;
  /** Vote mass behind this reading, and its share of all the event's place votes. */
  support: number;
  share: number;
  /** Independent authors who named the place (0 for an area). */
  authors: number;
}

const MAX_ENTRIES = 24;
const MAX_NAMES = 8;
const MAX_AUTHORS = 6;
const REPEAT_AUTHOR = 0.1;
/** Places this close are one cluster (a town and its suburb, two names of one area). */
const CLUSTER_KM = 30;

export function emptyVotes(): PlaceVotes {
  return { v: [] };
}

/** Adds a post's place votes (its author hashed to a number). */
export function addVotes(s: PlaceVotes, pp: PostPlace, author: number): void {
  resolvedByVotes.delete(s);
  // An author already heard in this event (under any name) adds little: independent authors carry the vote.
  const repeat = s.v.some((e) => e.a.includes(author));
  // Names heard again move to the front: the first is the name the event goes by (the one most of its posts keep giving).
  for (const name of [...pp.names].reverse()) {
    s.n ??= [];
    const i = s.n.indexOf(name);
    if (i >= 0) s.n.splice(i, 1);
    else if (s.n.length >= MAX_NAMES) s.n.pop();
    s.n.unshift(name);
  }
  for (const vote of pp.votes) {
    let e = s.v.find((x) => x.k === vote.k);
    if (!e) {
      e = { k: vote.k, c: [], p: [], w: 0, a: [] };
      s.v.push(e);
    }
    if (!e.a.includes(author) && e.a.length < MAX_AUTHORS) e.a.push(author);
    const w = vote.w * (repeat ? REPEAT_AUTHOR : 1);
    if (w <= 0) continue;
    const mass = new Map<Ref, number>();
    for (let j = 0; j < e.c.length; j++) mass.set(e.c[j] as Ref, (e.p[j] as number) * e.w);
    for (let j = 0; j < vote.c.length; j++) {
      const c = vote.c[j] as Ref;
      mass.set(c, (mass.get(c) ?? 0) + (vote.p[j] as number) * w);
    }
    const top = [...mass].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, 3);
    const sum = top.reduce((a, x) => a + x[1], 0) || 1;
    e.c = top.map((x) => x[0]);
    e.p = top.map((x) => Math.round((x[1] / sum) * 1000) / 1000);
    e.w = Math.round((e.w + w) * 1000) / 1000;
  }
  if (s.v.length > MAX_ENTRIES) {
    s.v.sort((x, y) => y.w - x.w || (x.k < y.k ? -1 : 1));
    s.v.length = MAX_ENTRIES;
  }
}

interface Tally {
  country: Map<number, number>;
  admin1: Map<number, number>;
  place: Map<Ref, number>;
  /** Parts of areas and regions of admin1 areas (regions.ts). */
  region: Map<Ref, number>;
  /** Independent authors behind a place: the most any one name whose likeliest reading it is was heard from. */
  authors: Map<Ref, number>;
  total: number;
}

/** What compat() reads of a reading, looked up once per tally rather than once per pair. */
export interface Reading {
  r: Ref;
  type: EntityType;
  country: number;
  lat: number;
  lon: number;
}

export function readingOf(g: Gazetteer, r: Ref): Reading {
  return { r, type: refType(r), country: countryOfRef(g, r), lat: latOf(g, r), lon: lonOf(g, r) };
}

/** Compatibility of two readings for coherence: same or nested 1, near places by distance, same country a little. */
export function compat(g: Gazetteer, a: Reading, b: Reading): number {
  if (a.r === b.r) return 1;
  if (a.country !== b.country) return 0;
  if (a.type === EntityType.Country || b.type === EntityType.Country) return 1;
  // A region and what lies in it agree; beyond its radius, by distance as places do.
  if (a.type === EntityType.Region || b.type === EntityType.Region) {
    const d = distKm(a.lat, a.lon, b.lat, b.lon);
    const r = Math.max(
      a.type === EntityType.Region ? baseRadiusKm(g, a.r) : 0,
      b.type === EntityType.Region ? baseRadiusKm(g, b.r) : 0,
    );
    return Math.max(0.15, Math.exp(-Math.max(0, d - r) / 100));
  }
  if (a.type === EntityType.Admin1 || b.type === EntityType.Admin1)
    return admin1OfRef(g, a.r) === admin1OfRef(g, b.r) ? 1 : 0.15;
  const d = distKm(a.lat, a.lon, b.lat, b.lon);
  return Math.max(0.15, Math.exp(-d / 100));
}

/** What resolution reads of the votes (a post's own votes have no authors). */
type VoteView = {
  v: readonly (Omit<VoteEntry, 'a'> & { a?: readonly number[] })[];
  n?: readonly string[] | undefined;
};

/** Re-ranks each entry's readings by their coherence with the other entries, then sums the masses up the hierarchy. */
function tally(g: Gazetteer, s: VoteView): Tally {
  // A word the event uses as its storm's name is no place in it ("#Sandy" is not Sandy, Utah).
  const es = s.v.filter(
    (e) => e.w > 0 && e.c.length > 0 && !(s.n ?? []).includes(e.k) && e.c.every((c) => validRef(g, c)),
  );
  let W = 0;
  for (let ei = 0; ei < es.length; ei++) W += (es[ei] as (typeof es)[number]).w;
  const t: Tally = {
    country: new Map(),
    admin1: new Map(),
    place: new Map(),
    region: new Map(),
    authors: new Map(),
    total: 0,
  };
  const readings: Reading[][] = [];
  if (es.length > 1)
    for (let ei = 0; ei < es.length; ei++) {
      const c = (es[ei] as (typeof es)[number]).c;
      const rs: Reading[] = [];
      for (let j = 0; j < c.length; j++) rs.push(readingOf(g, c[j] as Ref));
      readings.push(rs);
    }
  for (let ei = 0; ei < es.length; ei++) {
    const e = es[ei] as (typeof es)[number];
    // Loops onto literals, not slice() / map() / reduce(): their arrays take the elements kind of their values (whole
    // numbers or fractions, packed or not), and each new kind made the optimised tally() bail out ("wrong map").
    const q: number[] = [];
    if (es.length > 1 && e.c.length > 1) {
      const others = W - e.w;
      const rs = readings[ei] as Reading[];
      for (let j = 0; j < rs.length; j++) {
        const c = rs[j] as Reading;
        let sup = 0;
        for (let oi = 0; oi < es.length; oi++) {
          const o = es[oi] as (typeof es)[number];
          if (o === e) continue;
          const oc = readings[oi] as Reading[];
          for (let k = 0; k < o.c.length; k++) sup += o.w * (o.p[k] as number) * compat(g, c, oc[k] as Reading);
        }
        q.push((e.p[j] as number) * (0.15 + sup / Math.max(others, 1e-9)));
      }
      let sum = 0;
      for (let j = 0; j < q.length; j++) sum += q[j] as number;
      sum ||= 1;
      for (let j = 0; j < q.length; j++) q[j] = (q[j] as number) / sum;
    } else for (let j = 0; j < e.p.length; j++) q.push(e.p[j] as number);
    let jTop = 0;
    for (let j = 1; j < q.length; j++) if ((q[j] as number) > (q[jTop] as number)) jTop = j;
    const top = e.c[jTop] as Ref;
    if (refType(top) === EntityType.Place) t.authors.set(top, Math.max(t.authors.get(top) ?? 0, e.a?.length ?? 1));
    for (let j = 0; j < e.c.length; j++) {
      const c = e.c[j] as Ref;
      const m = e.w * (q[j] as number);
      t.total += m;
      const ci = countryOfRef(g, c);
      t.country.set(ci, (t.country.get(ci) ?? 0) + m);
      // A part of an admin1 area ("southern Mexico" read in the State of Mexico) is no vote for the whole area: it
      // would make the area win against the country's part of the same name.
      if (refType(c) === EntityType.Region) t.region.set(c, (t.region.get(c) ?? 0) + m);
      else {
        const ai = admin1OfRef(g, c);
        if (ai >= 0) t.admin1.set(ai, (t.admin1.get(ai) ?? 0) + m);
        if (refType(c) === EntityType.Place) t.place.set(c, (t.place.get(c) ?? 0) + m);
      }
    }
  }
  return t;
}

function clusterMass(g: Gazetteer, t: Tally, r: Ref): number {
  const lat = latOf(g, r);
  const lon = lonOf(g, r);
  let m = 0;
  // Entries read by index, not destructured: the array iterator protocol is much code for the optimiser.
  for (const e of t.place) if (e[0] === r || withinKm(lat, lon, latOf(g, e[0]), lonOf(g, e[0]), CLUSTER_KM)) m += e[1];
  return m;
}

/** Independent authors a place needs before it is shown instead of the bigger place whose cluster it is in. */
const FINER_AUTHORS = 2;
/** Share of the bigger place's own votes the smaller one needs (the share a cluster needs among the place votes). */
const FINER_SHARE = 0.3;

/**
 * A town inside a bigger place's cluster (West beside Waco, Moore beside Oklahoma City), named by independent authors
 * with a fair share of the bigger place's own votes, is where the event is: the bigger place is what reports locate
 * it by ("near Waco", "north of Waco", an outlet's home). The smaller the more specific; among such, the most named.
 */
function finerInCluster(g: Gazetteer, t: Tally, best: Ref, inArea: (r: Ref) => boolean, minSupport: number): Ref {
  const lat = latOf(g, best);
  const lon = lonOf(g, best);
  const pop = g.pop(refIndex(best));
  const floor = Math.max(minSupport, FINER_SHARE * (t.place.get(best) ?? 0));
  let out = best;
  let outOwn = 0;
  for (const [r, own] of t.place) {
    if (r === best || own < floor || own <= outOwn || (t.authors.get(r) ?? 0) < FINER_AUTHORS || !inArea(r)) continue;
    if (g.pop(refIndex(r)) >= pop || distKm(lat, lon, latOf(g, r), lonOf(g, r)) > CLUSTER_KM) continue;
    out = r;
    outOwn = own;
  }
  return out;
}

function argmaxKey<K extends number>(m: Map<K, number>, ok: (k: K) => boolean = () => true): K | null {
  let best: K | null = null;
  let bv = 0;
  for (const e of m) {
    const k = e[0];
    const v = e[1];
    if (ok(k) && (v > bv + 1e-9 || (Math.abs(v - bv) <= 1e-9 && best !== null && k < best))) {
      best = k;
      bv = v;
    }
  }
  return best;
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

/** The event's place from its votes, or null when nothing was said about one. */
export function resolveVotes(g: Gazetteer, s: VoteView, minSupport = 0.5): ResolvedPlace | null {
  return resolveTally(g, tally(g, s), minSupport);
}

/** An event's votes tallied and resolved, until addVotes changes them. */
interface Resolved {
  g: Gazetteer;
  t: Tally;
  place?: ResolvedPlace | null;
}

/**
 * An alerted event's place is read with every post it gets (escalate, routing), most of which add no place vote, and
 * tally() weighs every reading against every other: kept per votes object (in memory, never stored), dropped by
 * addVotes, the one writer of an event's votes. Votes changed any other way must be a new object.
 */
const resolvedByVotes = new WeakMap<PlaceVotes, Resolved>();

function resolvedOf(g: Gazetteer, s: PlaceVotes): Resolved {
  let m = resolvedByVotes.get(s);
  if (m?.g !== g) {
    m = { g, t: tally(g, s) };
    resolvedByVotes.set(s, m);
  }
  return m;
}

/** resolveVotes(g, s) for an event's votes, computed again only after addVotes changed them (callers must not change the result). */
export function resolveEventVotes(g: Gazetteer, s: PlaceVotes): Readonly<ResolvedPlace> | null {
  const m = resolvedOf(g, s);
  if (m.place === undefined) m.place = resolveTally(g, m.t, 0.5);
  return m.place;
}

function resolveTally(g: Gazetteer, t: Tally, minSupport: number): ResolvedPlace | null {
  if (t.total <= 0) return null;
  const ci = argmaxKey(t.country);
  if (ci === null) return null;
  const T = t.country.get(ci) as number;
  const ai = argmaxKey(t.admin1, (a) => g.countryIndex(g.admin1[a]?.cc ?? '') === ci);
  const A = ai === null ? 0 : (t.admin1.get(ai) as number);
  // Places of the winning admin1 when it holds the majority of the country's votes, else of the country.
  const inArea = (r: Ref): boolean =>
    A >= 0.5 * T && ai !== null ? admin1OfRef(g, r) === ai : countryOfRef(g, r) === ci;
  let best: Ref | null = null;
  let bestC = 0;
  for (const r of t.place.keys()) {
    if (!inArea(r)) continue;
    const c = clusterMass(g, t, r);
    // Ties (a town and the city it is near): the more named one, then the larger.
    const own = t.place.get(r) ?? 0;
    const ownBest = best === null ? 0 : (t.place.get(best) ?? 0);
    const tie = Math.abs(c - bestC) <= 1e-9 && best !== null;
    if (
      c > bestC + 1e-9 ||
      (tie &&
        (own > ownBest + 1e-9 ||
          (Math.abs(own - ownBest) <= 1e-9 &&
            (g.pop(refIndex(r)) > g.pop(refIndex(best as Ref)) ||
              (g.pop(refIndex(r)) === g.pop(refIndex(best as Ref)) && r < (best as Ref))))))
    ) {
      best = r;
      bestC = c;
    }
  }
  if (best !== null) {
    const finer = finerInCluster(g, t, best, inArea, minSupport);
    if (finer !== best) {
      best = finer;
      bestC = clusterMass(g, t, finer);
    }
  }
  // Votes for the country alone do not argue against any of its places: the shares count among votes at least as specific.
  let placeMass = 0;
  for (const [r, v] of t.place) if (inArea(r)) placeMass += v;
  if (best !== null && bestC >= 0.3 * placeMass && bestC >= minSupport) {
    const p = entityLatLon(g, best);
    // Spread of the supporting place votes within 150 km: the estimate is no sharper than they agree.
    let m = 0;
    let sq = 0;
    for (const [o, v] of t.place) {
      const q = entityLatLon(g, o);
      const d = distKm(p.lat, p.lon, q.lat, q.lon);
      if (d > 150) continue;
      m += v;
      sq += v * d * d;
    }
    const spread = m > 0 ? Math.sqrt(sq / m) : 0;
    return {
      ref: best,
      level: 'place',
      lat: p.lat,
      lon: p.lon,
      radiusKm: Math.round(Math.max(baseRadiusKm(g, best), Math.min(150, spread))),
      support: r3(bestC),
      share: r3(bestC / t.total),
      authors: t.authors.get(best) ?? 0,
    };
  }
  let admin1Mass = 0;
  for (const [a, v] of t.admin1) if (g.countryIndex(g.admin1[a]?.cc ?? '') === ci) admin1Mass += v;
  const admin1Ok = ai !== null && A >= 0.5 * admin1Mass && A >= minSupport;
  // A part of the area or a region of its admin1 areas ("central Philippines", "Abaco"): finer than the area, coarser
  // than any town (a town has won above when it could); against an admin1 area, the sharper of the two.
  const inCountry = (r: Ref): boolean => countryOfRef(g, r) === ci;
  let regionMass = 0;
  for (const [r, v] of t.region) if (inCountry(r)) regionMass += v;
  const ri = argmaxKey(t.region, inCountry);
  const R = ri === null ? 0 : (t.region.get(ri) as number);
  if (
    ri !== null &&
    R >= 0.5 * regionMass &&
    R >= minSupport &&
    !(
      admin1Ok &&
      admin1OfRef(g, ri) !== ai &&
      baseRadiusKm(g, ref(EntityType.Admin1, ai as number)) <= baseRadiusKm(g, ri)
    )
  ) {
    const p = entityLatLon(g, ri);
    // Its support is its country's, as the country's would be: every vote for the country agrees with a part of it,
    // and a part chosen on one post must not be given up to a lone town's vote the country would have held against.
    return {
      ref: ri,
      level: 'region',
      lat: p.lat,
      lon: p.lon,
      radiusKm: baseRadiusKm(g, ri),
      support: r3(T),
      share: r3(T / t.total),
      authors: 0,
    };
  }
  if (admin1Ok && ai !== null) {
    const r = ref(EntityType.Admin1, ai);
    const a = g.admin1[ai] as { lat: number; lon: number };
    return {
      ref: r,
      level: 'admin1',
      lat: a.lat,
      lon: a.lon,
      radiusKm: baseRadiusKm(g, r),
      support: r3(A),
      share: r3(A / t.total),
      authors: 0,
    };
  }
  const r = ref(EntityType.Country, ci);
  const c = g.countries[ci] as { lat: number; lon: number };
  return {
    ref: r,
    level: 'country',
    lat: c.lat,
    lon: c.lon,
    radiusKm: baseRadiusKm(g, r),
    support: r3(T),
    share: r3(T / t.total),
    authors: 0,
  };
}

/** Support a reading has in the current votes (cluster mass for a place, area mass for an area). */
export function supportOf(g: Gazetteer, s: PlaceVotes, r: Ref): number {
  if (!validRef(g, r)) return 0;
  const t = resolvedOf(g, s).t;
  const type = refType(r);
  if (type === EntityType.Place) return clusterMass(g, t, r);
  if (type === EntityType.Admin1) return t.admin1.get(refIndex(r)) ?? 0;
  if (type === EntityType.Region) return t.country.get(countryOfRef(g, r)) ?? 0;
  return t.country.get(refIndex(r)) ?? 0;
}

/**
 * The place to show after new votes: the held one, unless the new reading
 * lies inside it (a refinement or a neighbour) and is stronger: more support
 * than the held reading had when chosen, and either sharper (smaller radius)
 * or half again as supported as the held reading is now. A place inside a
 * held area (a town of the country or state the alert shows) refines it once
 * independent authors name it: the area's own votes do not argue against any
 * of its places, so its support is no bar.
 */
export function holdPlace(
  g: Gazetteer,
  held: HeldPlace | null,
  next: ResolvedPlace | null,
  s: PlaceVotes,
): HeldPlace | null {
  if (!next) return held;
  const fresh: HeldPlace = { r: next.ref, s: next.support, km: next.radiusKm };
  if (!held || !validRef(g, held.r)) return fresh;
  if (held.r === next.ref) return { r: held.r, s: held.s, km: next.radiusKm };
  const a = entityLatLon(g, held.r);
  const far = distKm(a.lat, a.lon, next.lat, next.lon) > held.km + 10;
  // A part of an area has no boundary: a town of its area refines it as it would the area, however far from its centre.
  if (
    next.level === 'place' &&
    next.authors >= FINER_AUTHORS &&
    contains(g, held.r, next.ref) &&
    (!far || isPartRef(held.r))
  )
    return fresh;
  if (far) return held;
  if (next.support <= held.s) return held;
  if (next.radiusKm < held.km || next.support >= 1.5 * supportOf(g, s, held.r)) return fresh;
  return held;
}

/** Two estimates that cannot be one place: farther apart than both radii and 50 km. */
export function farApart(g: Gazetteer, a: HeldPlace, b: HeldPlace): boolean {
  if (!validRef(g, a.r) || !validRef(g, b.r)) return false;
  const p = entityLatLon(g, a.r);
  const q = entityLatLon(g, b.r);
  return distKm(p.lat, p.lon, q.lat, q.lon) > a.km + b.km + 50;
}

/** The alert's location for a held place. */
export function locationOf(
  g: Gazetteer,
  h: HeldPlace,
): { name: string; lat: number; lon: number; radiusKm: number; country: string; admin1?: string } | null {
  if (!validRef(g, h.r)) return null;
  const p = entityLatLon(g, h.r);
  const d = describePlace(g, h.r);
  return {
    name: d.name,
    lat: Math.round(p.lat * 1e4) / 1e4,
    lon: Math.round(p.lon * 1e4) / 1e4,
    radiusKm: Math.max(1, Math.round(h.km)),
    country: d.country,
    ...(d.admin1 ? { admin1: d.admin1 } : {}),
  };
}
