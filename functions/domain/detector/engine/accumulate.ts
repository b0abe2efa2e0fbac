/**
 * Candidate accumulation: what one evidence post adds to the candidate event
 * it was routed to (trigger window, event counters, votes, sources). Every
 * field a version shows is built here, so every post that reaches one of them
 * names its source here too.
 */
import { addVotes, gazetteer, type PostPlace, resolveEventVotes } from '../../places';
import { hashStr } from '../hash';
import { NCATS } from '../lexicon';
import type { Evidence } from './evidence';
import { FAMILY_OF, familyOfCat, PARAMS } from './params';
import { countDeaths, offerRepresentative } from './representative';
import { type Candidate, type RecentPost, resetCandidate } from './state';

export function credibility(p: Evidence): number {
  let c = 0;
  if (p.verified) c += 0.5;
  if (p.followers >= 10000) c += 0.3;
  else if (p.followers >= 1000) c += 0.1;
  return c;
}

/** Evidence weight of one post (a copy of a text already heard counts less). */
function weightOf(p: Evidence, isDup: boolean): number {
  let w = p.sig * (isDup ? 0.4 : 1);
  w *= 1 + credibility(p);
  if (p.eyewitness) w += 0.15;
  if (p.breaking) w += 0.15;
  if (p.casualty > 0) w += 0.15;
  return w;
}

export function addSource(c: Candidate, source: string): void {
  if (!c.sources.includes(source)) c.sources.push(source);
}

/** Sources of another candidate flow into this one (a merge): whatever came of them is in this event now. */
export function addSources(c: Candidate, sources: readonly string[]): void {
  for (const s of sources) addSource(c, s);
}

const BITS = 4096;

/** Distinct authors: exact up to PARAMS.authorsCap, then estimated by linear counting over a 4096-bit map. */
export function authorCount(c: Candidate): number {
  if (!c.authorBits) return c.authors.length;
  let zeros = 0;
  for (const w of c.authorBits) zeros += 32 - popcount(w >>> 0);
  const est = zeros === 0 ? BITS * Math.log(BITS) : -BITS * Math.log(zeros / BITS);
  return Math.max(c.authors.length, Math.round(est));
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function setBit(bits: number[], a: number): void {
  const b = a % BITS;
  bits[b >>> 5] = ((bits[b >>> 5] as number) | (1 << (b & 31))) >>> 0;
}

function addAuthor(c: Candidate, a: number): void {
  if (c.authors.includes(a)) return;
  if (c.authors.length < PARAMS.authorsCap) {
    c.authors.push(a);
    return;
  }
  if (!c.authorBits) {
    c.authorBits = new Array<number>(BITS / 32).fill(0);
    for (const x of c.authors) setBit(c.authorBits, x);
  }
  setBit(c.authorBits, a);
}

/**
 * Records found holding their cap of keys. Counting them is the costly part
 * (Object.keys turns every integer-like key into a string: ~6 us for 120),
 * and no key is ever removed from them, so a full record stays full.
 */
const full = new WeakSet<Record<string, number>>();

/** Counts each key once more; a new key only while the record has fewer than `cap` (its size counted once, not per key). */
export function countCapped(rec: Record<string, number>, keys: readonly (string | number)[], cap: number): void {
  let size = full.has(rec) ? cap : -1;
  for (const key of keys) {
    // A number key is the same property as its string (ToPropertyKey), without a string built per key: content hashes
    // are integer indices, read from the record's elements directly.
    const cur = rec[key];
    if (cur !== undefined) rec[key] = cur + 1;
    else {
      if (size < 0) size = Object.keys(rec).length;
      if (size < cap) {
        rec[key] = 1;
        size++;
      }
    }
  }
  if (size >= cap) full.add(rec);
}

/**
 * The post's content hashes that name its place: the words of its place names and its town and area readings
 * (score.ts). A post read in an area whose names are no content word (three letters, "Ufa"; a country in a Han run)
 * names it all the same: its area's reading.
 */
function placeWords(p: Evidence): number[] {
  if (!p.place) return [];
  const named = new Set([hashStr(`@${p.place.best}`), hashStr(`@${p.place.key}`)]);
  for (const v of p.place.votes) for (const w of v.k.split(' ')) named.add(hashStr(w));
  const pl = p.content.filter((h) => named.has(h));
  return pl.length === 0 && p.place.key !== '?' ? [hashStr(`@${p.place.key}`)] : pl;
}

/** A quake report's place votes when it gives a magnitude: where the quake was (PARAMS.magnitudePlaceWeight). */
function measured(pp: PostPlace): PostPlace {
  return { ...pp, votes: pp.votes.map((v) => ({ ...v, w: v.w * PARAMS.magnitudePlaceWeight })) };
}

/**
 * Adds a post to the candidate's window and event accumulators (t: the
 * post's time bounded by the ingest clock); returns its window entry.
 */
export function accumulate(c: Candidate, p: Evidence, t: number): RecentPost {
  if (t - c.lastAt > PARAMS.idleMs && (c.alert || c.posts > 0)) resetCandidate(c, t, NCATS);
  c.lastAt = Math.max(c.lastAt, t);
  const a = hashStr(p.author);
  const isDup = c.dups.includes(p.dupKey) || (p.isRetweet && c.recent.some((r) => r.dup === p.dupKey));
  if (!c.dups.includes(p.dupKey)) {
    c.dups.push(p.dupKey);
    if (c.dups.length > PARAMS.dupsCap) c.dups.shift();
  }
  const w = weightOf(p, isDup);
  const r = p.sig * (isDup ? 0.7 : 1) * (1 + credibility(p) * 0.5) + (p.place && p.place.votes.length > 0 ? 0.1 : 0);
  const rp: RecentPost = { id: p.id, t, a, w, r, src: p.source, dup: p.dupKey, k: p.cat, c: p.content, s: p.strong };
  const pl = placeWords(p);
  if (pl.length > 0) rp.pl = pl;
  if (p.asks) rp.q = true;
  if (p.topic) rp.tp = true;
  const family = familyOfCat(p.cat);
  if (p.eyewitness && PARAMS.feltFamilies.includes(family)) rp.e = true;
  const slow = PARAMS.slowFamilies.includes(family);
  if (slow && p.place && p.place.names.length > 0) rp.n = p.place.names.map((x) => hashStr(x));
  // Last, as in RecentPostSchema: a window decoded on load serialises its keys in the schema's order.
  if (p.lang !== 'und') rp.l = p.lang;
  c.recent.push(rp);
  // A slow event keeps its posts for PARAMS.mergeMs: those naming its storm corroborate for that long (trigger.ts).
  c.recent = c.recent.filter((x) => t - x.t <= (slow ? PARAMS.mergeMs : PARAMS.windowMs));
  if (c.recent.length > PARAMS.recentCap) c.recent.splice(0, c.recent.length - PARAMS.recentCap);
  c.posts++;
  addAuthor(c, a);
  for (let k = 0; k < NCATS; k++) c.catVotes[k] = (c.catVotes[k] as number) + (p.catScores[k] as number) * p.sig;
  if (p.place) {
    addVotes(c.places, p.magnitude > 0 && !rp.e && PARAMS.feltFamilies.includes(family) ? measured(p.place) : p.place, a);
    if (familyOfCat(p.cat) === FAMILY_OF.storm && !isDup)
      countCapped(c.nameCounts, p.place.names, 12);
    // Only open point-event candidates route by it (routing.ts); resolving votes per post costs.
    if (!c.alert && PARAMS.pointFamilies.includes(familyOfCat(p.cat))) {
      const g = gazetteer();
      const r = resolveEventVotes(g, c.places);
      c.anchor = r ? { r: r.ref, s: r.support, km: r.radiusKm } : c.anchor;
    }
  }
  countCapped(c.terms, p.terms, 60);
  countCapped(c.content, p.content, 120);
  addSource(c, p.source);
  c.maxDeaths = Math.max(c.maxDeaths, p.deaths);
  countDeaths(c, p.deaths);
  offerRepresentative(c, p, t, isDup);
  c.maxMagnitude = Math.max(c.maxMagnitude, p.magnitude);
  if (p.casualty > 0) c.casualtyPosts++;
  if (p.eyewitness) c.eyewitness++;
  if (credibility(p) >= 0.5) c.credible++;
  return rp;
}
