/**
 * Across posts and batches: collapse retweets/near-duplicates, group evidence
 * posts into candidate events (category family x place), raise an alert when
 * evidence crosses a threshold that scales with the background rate of the
 * key, escalate with new versions on meaningful change.
 *
 * State items (JSON in the EventStateStore):
 *   f#<family>            family index: active candidate keys, background rates
 *   s#<10min>#<shard>     ids of the posts created in that slot, by id hash (redelivery dedupe)
 *   c#<family>#<geoKey>   candidate event (geoKey: the places module's coarse key: country, country-admin1 in wide countries, or ?)
 */
import type { Alert, Category } from '../alert';
import type { Post } from '../post';
import { CATS, NCATS, CAT_INDEX, toCategory } from './lexicon';
import type { ScoredPost } from './score';
import { scorePost } from './score';
import type { Model } from './model';
import { addVotes, emptyVotes, farApart, gazetteer, holdPlace, locationOf, resolveVotes, type HeldPlace, type PlaceVotes } from '../places';
import { hashStr } from './features';
import type { EventStateStore, StatePut, StoredState } from './store';

export const PARAMS = {
  /** Trigger window (ms). */
  windowMs: 45 * 60_000,
  /** A candidate idle this long starts afresh (new alertId). */
  idleMs: 6 * 3600_000,
  /** Evidence score needed (on top of the background term). */
  baseThreshold: 1.6,
  /** Minimum distinct authors. */
  minAuthors: 2,
  /** Background EWMA time constant (ms). */
  bgTauMs: 24 * 3600_000,
  /** Extra evidence needed per expected background post in the window. */
  bgFactor: 4.0,
  /** Unplaced posts join an active placed candidate of the family seen within this (ms). */
  attachMs: 60 * 60_000,
  /** A burst elsewhere joins an alerted event of the same category active within this (ms) when it shares content. */
  mergeMs: 2 * 3600_000,
  /** A same-category post at the place of an alerted event this recently active belongs to it. */
  sameEventMs: 30 * 60_000,
  /** Redelivery dedupe buckets: post ids by createdAt (10 minutes) and id hash (shards), so a batch touches few small items. */
  seenBucketMs: 10 * 60_000,
  seenShards: 8,
  recentCap: 60,
  stateTtlSeconds: 24 * 3600,
};

const FAMILY_OF: Record<string, string> = {
  attack: 'inc', explosion: 'inc', fire: 'inc', crash: 'inc', collapse: 'inc',
  earthquake: 'quake', storm: 'wx', flood: 'wx', unrest: 'unrest',
};

interface RecentPost {
  id: string;
  t: number;
  /** Author hash. */
  a: number;
  /** Evidence weight. */
  w: number;
  /** Representativeness. */
  r: number;
  src: string;
  dup: number;
  /** Category index and content-word hashes (coherence check). */
  k: number;
  c: number[];
  /** First-report cue present (see ScoredPost.strong). */
  s: boolean;
}

interface AlertMark {
  alertId: string;
  version: number;
  severity: number;
  authors: number;
  category: Category;
  /** The place the alert shows (moves only to a stronger refinement inside it). */
  place: HeldPlace | null;
  firstSeenAt: number;
}

export interface CandidateState {
  kind: 'cand';
  key: string;
  startedAt: number;
  lastAt: number;
  recent: RecentPost[];
  /** Event accumulators (reset when idle). */
  posts: number;
  authors: number[];
  dups: number[];
  catVotes: number[];
  /** Place votes of the event's posts (bounded). */
  places: PlaceVotes;
  terms: Record<string, number>;
  evidence: RecentPost[];
  sources: string[];
  maxDeaths: number;
  maxMagnitude: number;
  casualtyPosts: number;
  eyewitness: number;
  credible: number;
  alert: AlertMark | null;
  /** Content-word hash -> count over the event's posts (capped). */
  content: Record<string, number>;
  /** Set when this candidate's burst turned out to be an already alerted event. */
  mergedInto: string | null;
}

/** Ids of the posts created in one 10-minute slot (one shard of them): a redelivered post has the same createdAt and id, so the same bucket. */
export interface SeenState {
  kind: 'seen';
  key: string;
  ids: string[];
  /** Latest stream time in the bucket (expiry). */
  lastAt: number;
}

export interface FamilyState {
  kind: 'family';
  key: string;
  /** [candidate key, lastAt, alerted 0/1] */
  active: [string, number, number][];
  /** geoKey -> [background EWMA count, at]: gated posts not part of an alerted event. */
  bg: Record<string, [number, number]>;
}

function geoOfKey(key: string): string {
  const parts = key.split('#');
  return parts[2] ?? '?';
}

function sharesContent(c: CandidateState, p: ScoredPost, min: number): boolean {
  for (const h of p.content) if ((c.content[String(h)] ?? 0) >= min) return true;
  return c.recent.some((r) => r.dup === p.dupKey);
}

/**
 * Picks the candidate a post belongs to: an alerted event of the same place
 * (or any place for unplaced posts) that it shares content with, else the
 * open (not yet alerted) candidate of its place; unplaced posts may join an
 * open placed candidate they share content with. Null: start a new one.
 */
function route(f: FamilyState, cands: Map<string, Working<CandidateState>>, p: ScoredPost, geo: string): Working<CandidateState> | undefined {
  let alerted: Working<CandidateState> | undefined;
  let open: Working<CandidateState> | undefined;
  let openShared: Working<CandidateState> | undefined;
  for (const [ck] of f.active) {
    const w = cands.get(ck);
    if (!w) continue;
    const c = w.data;
    if (p.t - c.lastAt > PARAMS.idleMs) continue;
    const g = geoOfKey(ck);
    if (c.alert) {
      if (p.t - c.lastAt > PARAMS.mergeMs) continue;
      const recentSamePlace = g === geo && p.t - c.lastAt <= PARAMS.sameEventMs && CATS[p.cat] === c.alert.category;
      if ((g === geo || geo === '?') && (recentSamePlace || sharesContent(c, p, 2)) && (!alerted || c.lastAt > alerted.data.lastAt)) alerted = w;
    } else if (g === geo) {
      if (!open || c.lastAt > open.data.lastAt) open = w;
    } else if (geo === '?' && g !== '?' && p.t - c.lastAt <= PARAMS.attachMs && sharesContent(c, p, 1)) {
      if (!openShared || c.lastAt > openShared.data.lastAt) openShared = w;
    }
  }
  return alerted ?? openShared ?? open;
}

interface Working<T> {
  version: number;
  data: T;
  dirty: boolean;
}

export interface BatchResult {
  alerts: Alert[];
  /** Posts counted for the first time; posts in = scored + duplicates. */
  scored: number;
  /** Posts already counted before (redelivery), skipped. */
  duplicates: number;
  commit(): Promise<void>;
}

export interface Detector {
  processBatch(posts: Post[]): Promise<BatchResult>;
}

function newCandidate(key: string, t: number): CandidateState {
  return {
    kind: 'cand', key, startedAt: t, lastAt: t, recent: [],
    posts: 0, authors: [], dups: [], catVotes: new Array<number>(NCATS).fill(0), places: emptyVotes(), terms: {}, evidence: [], sources: [],
    maxDeaths: 0, maxMagnitude: 0, casualtyPosts: 0, eyewitness: 0, credible: 0, alert: null, content: {}, mergedInto: null,
  };
}

function resetEvent(c: CandidateState, t: number): void {
  c.startedAt = t;
  c.posts = 0;
  c.authors = [];
  c.dups = [];
  c.catVotes = new Array<number>(NCATS).fill(0);
  c.places = emptyVotes();
  c.terms = {};
  c.evidence = [];
  c.sources = [];
  c.maxDeaths = 0;
  c.maxMagnitude = 0;
  c.casualtyPosts = 0;
  c.eyewitness = 0;
  c.credible = 0;
  c.alert = null;
  c.content = {};
  c.mergedInto = null;
}

function familyOf(p: ScoredPost): string {
  return FAMILY_OF[CATS[p.cat] as string] ?? 'other';
}

/** The state items a scored post is assigned to (see the header): the single definition, used by the engine and the benchmark. */
export interface StateKeys {
  /** Family index f#<family> (read for gated posts). */
  family: string;
  /** Candidate place key c#<family>#<geoKey>: a new candidate's key is this plus #<start time, base 36>. */
  candidate: string;
  /** Seen-id bucket s#<10-minute slot>#<id-hash shard> (every post). */
  seen: string;
}

/** Pure: the state keys of a scored post. */
export function stateKeys(p: ScoredPost): StateKeys {
  const family = familyOf(p);
  return {
    family: `f#${family}`,
    candidate: `c#${family}#${p.place?.key ?? '?'}`,
    seen: `s#${Math.floor(p.t / PARAMS.seenBucketMs)}#${hashStr(p.id) % PARAMS.seenShards}`,
  };
}

function credibility(p: ScoredPost): number {
  let c = 0;
  if (p.verified) c += 0.5;
  if (p.followers >= 10000) c += 0.3;
  else if (p.followers >= 1000) c += 0.1;
  return c;
}

/** Evidence weight of one post. */
function weightOf(p: ScoredPost, isDup: boolean): number {
  let w = p.sig * (isDup ? 0.4 : 1);
  w *= 1 + credibility(p);
  if (p.eyewitness) w += 0.15;
  if (p.breaking) w += 0.15;
  if (p.casualty > 0) w += 0.15;
  return w;
}


function severityOf(c: CandidateState, cat: Category): number {
  let s = 1;
  const n = c.authors.length;
  if (n >= 5) s++;
  if (n >= 20) s++;
  if (c.maxDeaths >= 1 || c.casualtyPosts >= Math.max(2, 0.3 * c.posts)) s++;
  if (c.maxDeaths >= 10) s++;
  if (cat === 'earthquake') {
    if (c.maxMagnitude >= 6) s++;
    if (c.maxMagnitude >= 7) s++;
  }
  return Math.max(1, Math.min(5, s));
}

function levelOf(sev: number): Alert['level'] {
  return sev >= 4 ? 'flash' : sev === 3 ? 'urgent' : 'alert';
}

function categoryOf(c: CandidateState): Category {
  let best = -1;
  let bv = 0;
  for (let k = 0; k < NCATS; k++) {
    const v = c.catVotes[k] as number;
    if (v > bv) {
      bv = v;
      best = k;
    }
  }
  const att = c.catVotes[CAT_INDEX.attack] as number;
  if (best === CAT_INDEX.explosion && att >= 0.25 * bv) best = CAT_INDEX.attack;
  return toCategory(best);
}

/**
 * The place an alert shows after this post: the event's votes resolved, held
 * against what the alert already shows (see places/resolve.ts holdPlace).
 */
function placeOf(c: CandidateState): HeldPlace | null {
  // Items written before the places module kept another shape: start those votes afresh.
  if (!Array.isArray((c.places as { v?: unknown }).v)) c.places = emptyVotes();
  const g = gazetteer();
  return holdPlace(g, c.alert?.place ?? null, resolveVotes(g, c.places), c.places);
}

const CAT_LABEL: Record<Category, string> = {
  attack: 'Attack', explosion: 'Explosion', fire: 'Fire', earthquake: 'Earthquake', storm: 'Storm', flood: 'Flood',
  crash: 'Crash', collapse: 'Collapse', unrest: 'Unrest', other: 'Incident',
};

function topTerms(c: CandidateState, n: number): string[] {
  return Object.entries(c.terms)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([k]) => k);
}

function addCapped(rec: Record<string, number>, k: string, v: number, cap: number): void {
  if (rec[k] !== undefined) rec[k] = (rec[k] as number) + v;
  else if (Object.keys(rec).length < cap) rec[k] = v;
}

function parse<T>(s: StoredState | undefined): Working<T> | undefined {
  return s ? { version: s.version, data: JSON.parse(s.data) as T, dirty: false } : undefined;
}

/** Optional diagnostics hook: called for every counted post with its routing and trigger decision. */
export type TraceFn = (p: ScoredPost, key: string, info: Record<string, number | string | boolean>) => void;
let tracer: TraceFn | null = null;
export function setTrace(fn: TraceFn | null): void {
  tracer = fn;
}

export function createEngine(store: EventStateStore, model: Model): Detector {
  return {
    async processBatch(posts: Post[]): Promise<BatchResult> {
      const scored: ScoredPost[] = new Array<ScoredPost>(posts.length);
      for (let i = 0; i < posts.length; i++) scored[i] = scorePost(posts[i] as Post, model);
      const keysOf = new Map<ScoredPost, StateKeys>();
      for (const p of scored) keysOf.set(p, stateKeys(p));
      const keys = (p: ScoredPost): StateKeys => keysOf.get(p) as StateKeys;
      const fams = new Map<string, Working<FamilyState>>();
      const cands = new Map<string, Working<CandidateState>>();
      const seens = new Map<string, { w: Working<SeenState>; set: Set<string> }>();
      const alerts: Alert[] = [];
      let duplicates = 0;
      // Redelivery: every post id is remembered in a (10-minute, id-hash shard)
      // bucket; a post seen before is skipped (counted as a duplicate).
      const ordered = [...scored].sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const seenKeys = [...new Set(ordered.map((p) => keys(p).seen))].sort();
      const famKeys = [...new Set(ordered.filter((p) => p.gated).map((p) => keys(p).family))].sort();
      const first = seenKeys.length + famKeys.length > 0 ? await store.load([...famKeys, ...seenKeys]) : new Map<string, StoredState>();
      for (const k of seenKeys) {
        const w = parse<SeenState>(first.get(k)) ?? { version: 0, data: { kind: 'seen', key: k, ids: [], lastAt: 0 }, dirty: false };
        seens.set(k, { w, set: new Set(w.data.ids) });
      }
      const gated: ScoredPost[] = [];
      for (const p of ordered) {
        const sb = seens.get(keys(p).seen) as { w: Working<SeenState>; set: Set<string> };
        if (sb.set.has(p.id)) {
          duplicates++;
          continue;
        }
        sb.set.add(p.id);
        sb.w.data.ids.push(p.id);
        sb.w.data.lastAt = Math.max(sb.w.data.lastAt, p.t);
        sb.w.dirty = true;
        if (p.gated) gated.push(p);
      }
      if (gated.length > 0) {
        // The family indexes came with the first read; now the active candidates they list.
        const more = new Set<string>();
        for (const k of famKeys) {
          const w = parse<FamilyState>(first.get(k)) ?? { version: 0, data: { kind: 'family', key: k, active: [], bg: {} }, dirty: false };
          w.data.bg ??= {};
          fams.set(k, w);
          for (const [ck] of w.data.active) more.add(ck);
        }
        if (more.size > 0) {
          const second = await store.load([...more].sort());
          for (const [k, v] of second) {
            const w = parse<CandidateState>(v);
            if (w) cands.set(k, w);
          }
        }
        for (const p of gated) {
          const pk = keys(p);
          const fw = fams.get(pk.family) as Working<FamilyState>;
          fw.dirty = true;
          const geo0 = p.place?.key ?? '?';
          let cw = route(fw.data, cands, p, geo0);
          if (!cw) {
            const key = `${pk.candidate}#${p.t.toString(36)}`;
            cw = { version: 0, data: newCandidate(key, p.t), dirty: true };
            cands.set(key, cw);
          }
          // A candidate merged into an alerted event feeds that event while it is active.
          const into = cw.data.mergedInto ? cands.get(cw.data.mergedInto) : undefined;
          if (into && into.data.alert && p.t - into.data.lastAt <= PARAMS.mergeMs) cw = into;
          // Background rate per (family, place) of the candidate, kept in the family index.
          const geo = geoOfKey(cw.data.key);
          const bgE = fw.data.bg[geo] ?? [0, p.t];
          const bgBefore = bgE[0] * Math.exp(-Math.max(0, p.t - bgE[1]) / PARAMS.bgTauMs);
          const bgPerMs = bgBefore / PARAMS.bgTauMs;
          if (!cw.data.alert) {
            fw.data.bg[geo] = [bgBefore + 1, Math.max(bgE[1], p.t)];
            if (Object.keys(fw.data.bg).length > 300) {
              const keep = Object.entries(fw.data.bg).sort((x, y) => y[1][0] - x[1][0] || (x[0] < y[0] ? -1 : 1)).slice(0, 200);
              fw.data.bg = Object.fromEntries(keep);
            }
          }
          cw.dirty = true;
          const findMerge = (c: CandidateState, cat: Category, content: readonly number[], t: number): Working<CandidateState> | null => {
            let best: Working<CandidateState> | null = null;
            const here = placeOf(c);
            for (const [ck] of fw.data.active) {
              const d = cands.get(ck);
              if (!d || d.data === c || !d.data.alert || d.data.alert.category !== cat || t - d.data.lastAt > PARAMS.mergeMs) continue;
              // Same event only if the burst shares at least two of the event's top content words.
              const top = Object.entries(d.data.content).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 10).map((x) => x[0]);
              if (content.filter((h) => top.includes(String(h))).length < 2) continue;
              // A burst at a far, unrelated place is another event, whatever it shares with this one.
              if (here && d.data.alert.place && farApart(gazetteer(), here, d.data.alert.place)) continue;
              if (!best || d.data.lastAt > best.data.lastAt) best = d;
            }
            return best;
          };
          const touched: Working<CandidateState>[] = [cw];
          const res = addPost(cw.data, p, findMerge, bgPerMs);
          if (res && 'alertId' in res) alerts.push(res);
          else if (res) {
            res.dirty = true;
            cw.data.mergedInto = res.data.key;
            touched.push(res);
            const again = addPost(res.data, p, findMerge, 0);
            if (again && 'alertId' in again) alerts.push(again);
          }
          for (const t of touched) {
            const a = fw.data.active.find((x) => x[0] === t.data.key);
            if (a) {
              a[1] = Math.max(a[1], p.t);
              a[2] = t.data.alert ? 1 : 0;
            } else fw.data.active.push([t.data.key, p.t, t.data.alert ? 1 : 0]);
          }
        }
        for (const fw of fams.values()) {
          if (!fw.dirty) continue;
          const latest = fw.data.active.reduce((m, x) => Math.max(m, x[1]), 0);
          fw.data.active = fw.data.active.filter((x) => latest - x[1] <= PARAMS.idleMs).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 50);
        }
      }
      let committed = false;
      return {
        alerts,
        scored: scored.length - duplicates,
        duplicates,
        async commit(): Promise<void> {
          if (committed) return;
          const puts: StatePut[] = [];
          const items: [string, Working<FamilyState | CandidateState | SeenState>][] = [...fams, ...cands, ...[...seens].map(([k, v]) => [k, v.w] as [string, Working<SeenState>])];
          for (const [k, w] of items) {
            if (!w.dirty) continue;
            const lastAt = w.data.kind === 'family' ? w.data.active.reduce((m, x) => Math.max(m, x[1]), 0) : w.data.lastAt;
            puts.push({ key: k, expectedVersion: w.version, data: JSON.stringify(w.data), expiresAt: Math.floor(lastAt / 1000) + PARAMS.stateTtlSeconds });
          }
          puts.sort((a, b) => (a.key < b.key ? -1 : 1));
          if (puts.length > 0) await store.save(puts);
          committed = true;
        },
      };
    },
  };
}

type MergeFinder = (c: CandidateState, cat: Category, content: readonly number[], t: number) => Working<CandidateState> | null;

/**
 * Adds one (new, gated) post to a candidate; returns an alert version when
 * one is due, or the alerted candidate this burst belongs to (merge).
 */
function addPost(c: CandidateState, p: ScoredPost, findMerge: MergeFinder, bgPerMs: number): Alert | Working<CandidateState> | null {
  if (p.t - c.lastAt > PARAMS.idleMs && (c.alert || c.posts > 0)) resetEvent(c, p.t);
  c.lastAt = Math.max(c.lastAt, p.t);
  const a = hashStr(p.author);
  const isDup = c.dups.includes(p.dupKey) || (p.isRetweet && c.recent.some((r) => r.dup === p.dupKey));
  if (!c.dups.includes(p.dupKey)) {
    c.dups.push(p.dupKey);
    if (c.dups.length > 400) c.dups.shift();
  }
  const w = weightOf(p, isDup);
  const r = p.sig * (isDup ? 0.7 : 1) * (1 + credibility(p) * 0.5) + (p.place && p.place.votes.length > 0 ? 0.1 : 0);
  const rp: RecentPost = { id: p.id, t: p.t, a, w, r, src: p.source, dup: p.dupKey, k: p.cat, c: p.content, s: p.strong };
  c.recent.push(rp);
  c.recent = c.recent.filter((x) => p.t - x.t <= PARAMS.windowMs);
  if (c.recent.length > PARAMS.recentCap) c.recent.splice(0, c.recent.length - PARAMS.recentCap);
  // Event accumulators.
  c.posts++;
  if (!c.authors.includes(a)) c.authors.push(a);
  if (c.authors.length > 5000) c.authors.shift();
  for (let k = 0; k < NCATS; k++) c.catVotes[k] = (c.catVotes[k] as number) + (p.catScores[k] as number) * p.sig;
  if (p.place) {
    if (!Array.isArray((c.places as { v?: unknown }).v)) c.places = emptyVotes();
    addVotes(c.places, p.place, a);
  }
  for (const term of p.terms) addCapped(c.terms, term, 1, 60);
  for (const h of p.content) addCapped(c.content, String(h), 1, 120);
  if (!c.sources.includes(p.source)) c.sources.push(p.source);
  c.maxDeaths = Math.max(c.maxDeaths, p.deaths);
  c.maxMagnitude = Math.max(c.maxMagnitude, p.magnitude);
  if (p.casualty > 0) c.casualtyPosts++;
  if (p.eyewitness) c.eyewitness++;
  if (credibility(p) >= 0.5) c.credible++;

  if (!c.alert) {
    // Evidence in the window: posts of the same category that talk about the
    // same thing as this one (a shared content word or the same text); best
    // weight per distinct author.
    const perAuthor = new Map<number, number>();
    const support: RecentPost[] = [];
    for (const x of c.recent) {
      let f = 1;
      if (x !== rp && x.dup !== rp.dup) {
        // Two shared content words tie posts together; one word is half as convincing.
        const shared = x.c.reduce((n, h) => n + (rp.c.includes(h) ? 1 : 0), 0);
        if (shared === 0) continue;
        f = shared >= 2 ? 1 : 0.35;
      }
      support.push(x);
      perAuthor.set(x.a, Math.max(perAuthor.get(x.a) ?? 0, x.w * f));
    }
    let score = 0;
    for (const v of perAuthor.values()) score += v;
    // Expected background posts in the window (excluding this burst itself).
    const bgRate = bgPerMs;
    const need = PARAMS.baseThreshold + PARAMS.bgFactor * bgRate * PARAMS.windowMs;
    const keyUnplaced = geoOfKey(c.key) === '?';
    const minAuthors = PARAMS.minAuthors + (keyUnplaced ? 1 : 0);
    tracer?.(p, c.key, { support: support.length, authors: perAuthor.size, score, need, strong: support.some((x) => x.s), bgPerHour: bgRate * 3600_000 });
    // At least two different texts: one story copied by several accounts is not corroboration yet.
    const texts = new Set(support.map((x) => x.dup)).size;
    if (perAuthor.size < minAuthors || texts < 2 || score < need * (keyUnplaced ? 1.5 : 1) || !support.some((x) => x.s)) return null;
    const cat0 = categoryOf(c);
    const supportContent = [...new Set(support.flatMap((x) => x.c))];
    const target = findMerge(c, cat0, supportContent, p.t);
    if (target) return target;
    // Trigger: the event starts with the window's evidence.
    c.evidence = support;
    const firstId = support.reduce((m, x) => (x.t < m.t || (x.t === m.t && x.id < m.id) ? x : m), rp);
    const cat = categoryOf(c);
    const sev = severityOf(c, cat);
    const place = placeOf(c);
    c.alert = {
      alertId: `alrt-${hashStr(`${c.key}|${firstId.id}`).toString(36)}-${hashStr(`${firstId.id}|${c.key}`, 7).toString(36)}`,
      version: 1, severity: sev, authors: perAuthor.size, category: cat, place, firstSeenAt: firstId.t,
    };
    return buildAlert(c, p, { score, need, windowAuthors: perAuthor.size, bgPerHour: (bgRate * 3600_000) });
  }
  // Escalation.
  c.evidence.push(rp);
  c.evidence.sort((x, y) => y.r - x.r || x.t - y.t || (x.id < y.id ? -1 : 1));
  if (c.evidence.length > 20) c.evidence.length = 20;
  let cat = categoryOf(c);
  // Hysteresis: re-categorise only on a clear majority (no flip-flopping versions).
  if (cat !== c.alert.category && cat !== 'other' && c.alert.category !== 'other') {
    const now = c.catVotes[CAT_INDEX[cat as keyof typeof CAT_INDEX]] ?? 0;
    const was = c.catVotes[CAT_INDEX[c.alert.category as keyof typeof CAT_INDEX]] ?? 0;
    const bombing = c.alert.category === 'attack' && cat === 'explosion';
    if (bombing || now < 2 * was) cat = c.alert.category;
  }
  const sev = severityOf(c, cat);
  const m = c.alert;
  m.place ??= null;
  const place = placeOf(c);
  const n = c.authors.length;
  const moved = place !== null && (m.place === null || place.r !== m.place.r);
  const due = sev > m.severity || n >= 2 * Math.max(2, m.authors) || cat !== m.category || moved;
  // The held place's record (support, radius) follows the votes even without a new version.
  m.place = place;
  if (!due) return null;
  m.version++;
  m.severity = Math.max(m.severity, sev);
  m.authors = n;
  m.category = cat;
  return buildAlert(c, p, {});
}

function buildAlert(c: CandidateState, p: ScoredPost, extra: Record<string, number>): Alert {
  const m = c.alert as AlertMark;
  const ev = [...c.evidence].sort((x, y) => y.r - x.r || x.t - y.t || (x.id < y.id ? -1 : 1)).slice(0, 20);
  c.evidence = ev;
  const loc = m.place ? locationOf(gazetteer(), m.place) : null;
  const terms = topTerms(c, 6);
  const place = loc ? ` in ${loc.name}` : '';
  const what = terms.length > 0 ? ` (${terms.slice(0, 3).join(', ')})` : '';
  const sources = [...new Set(ev.map((e) => e.src))].sort();
  return {
    alertId: m.alertId,
    version: m.version,
    category: m.category,
    severity: m.severity,
    level: levelOf(m.severity),
    title: `${CAT_LABEL[m.category]}${place}${what}`.slice(0, 300),
    location: loc,
    firstSeenAt: new Date(m.firstSeenAt).toISOString(),
    triggeredAt: new Date(p.t).toISOString(),
    evidence: ev.map((e) => e.id),
    sources: sources.length > 0 ? sources : [p.source],
    authors: c.authors.length,
    posts: c.posts,
    terms,
    scoreParts: {
      ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, round(v)])),
      meanSignificance: round(ev.reduce((s, e) => s + e.r, 0) / Math.max(1, ev.length)),
      eyewitness: c.eyewitness,
      credibleSources: c.credible,
      casualtyPosts: c.casualtyPosts,
      maxDeaths: c.maxDeaths,
      magnitude: c.maxMagnitude,
    },
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
