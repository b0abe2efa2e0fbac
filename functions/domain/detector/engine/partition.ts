/**
 * Stage 2, one partition (a stage-2 group: a category family, or a finer key of it, evidence.ts StageKey): keyed
 * state in, alerts out,
 * nothing else. processPartition() takes the partition's state (its head and
 * active candidates, as loaded by keyed-store.ts) and one or more messages of
 * evidence, in order, and returns the alert versions they raise; the state it
 * was given is the new state (it marks the items it changed in `touched`).
 * Pure apart from reading the gazetteer: the same state and messages always
 * give the same alerts and state.
 */
import type { Alert } from '../../alert';
import { entityLatLon, gazetteer, isTownRef, validRef } from '../../places';
import { accumulate, addSources } from './accumulate';
import { buildAlert, categoryOf, escalate, openAlert, placeOf, releaseHeld } from './alert';
import { absorbedIds, markApplied, postIdHash, rememberId, trimApplied, wasApplied } from './dedupe';
import { burstingAt, countMention, countWitness, mentionCounted, witnessesBeyondRate } from './burst';
import { type Evidence, familyOfGroup, type Mention } from './evidence';
import { NCATS } from '../lexicon';
import { PARAMS } from './params';
import { findMerge, route } from './routing';
import { type Candidate, type Head, newCandidate, type RecentPost } from './state';
import { checkTrigger, type TriggerCheck } from './trigger';
import { adoptFelt, heardByAny, placedNear, recentlyAlerted, takeIntoWindow, witnessesOf } from './witnesses';

export interface PartitionState {
  /** The stage-2 group (the partition key): the category family, or a finer key that starts with it. */
  group: string;
  head: Head;
  /** The head's active candidates that could be loaded, by key. */
  candidates: Map<string, Candidate>;
  /** Keys of the items changed since load (the head's key included). */
  touched: Set<string>;
  /**
   * Under a key finer than the family, a placed group of a regional family may read (never write) its family's
   * unplaced group (`family#none`): its category bursts and its pool of first-hand reports that name no place, which
   * the family's one partition shared before the key was split (keyed-store.ts loadUnplaced).
   */
  unplaced?: { head: Head; candidates: ReadonlyMap<string, Candidate> } | undefined;
}

export interface EvidenceBatch {
  /** Stays the same when the message is delivered again. */
  id: string;
  evidence: readonly Evidence[];
  /** Posts below the gate that name a category: counted in its burst only (burst.ts). */
  mentions?: readonly Mention[] | undefined;
  /** Bursts of its family that began elsewhere (the family's unplaced group): its open candidates are checked at once. */
  sweeps?: readonly { k: number; t: number }[] | undefined;
}

export interface ProcessOptions {
  /** The ingest clock (ms): the wall clock live, the replay's clock in a replay. No post counts as later than now + PARAMS.futureSlackMs. */
  now: number;
  /** Placed groups of regional families read their family's unplaced group (PartitionState.unplaced; stages.ts aggregate). */
  readUnplaced?: boolean | undefined;
}

/**
 * Diagnostics hook, called for every post applied: the candidate it joined
 * (after a merge redirect), its trigger figures while the candidate is not
 * alerted, `mergedInto` when its burst merged into an alerted event, and the
 * alertId/version the event shows after it.
 */
export type TraceFn = (p: Evidence, candidateKey: string, info: Record<string, number | string | boolean>) => void;

export interface EngineContext {
  trace?: TraceFn | undefined;
}

/** An alert version as its group raised it, with what stage 3 (identity.ts) joins it by. */
export interface RaisedVersion {
  alert: Alert;
  group: string;
  /** The coarse area its candidate pools ('?': unplaced). */
  area: string;
  /** The storm names more than one of its posts gave (weather; none otherwise). */
  names: string[];
}

/** A burst that began here, for a placed group of the family to check its candidates against (EvidenceBatch.sweeps). */
export interface SweepRequest {
  group: string;
  k: number;
  t: number;
}

export interface PartitionResult {
  /** Bursts that began here, for the placed groups heard from within a trigger window. */
  sweeps: SweepRequest[];
  alerts: Alert[];
  /** The same versions with their group and area, for stage 3. */
  raised: RaisedVersion[];
  /** Evidence posts counted for the first time. */
  applied: number;
  /** Evidence posts already counted (a message or a post delivered again), skipped. */
  duplicates: number;
}

const byTimeThenId = (a: Evidence, b: Evidence): number => a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const isEvidence = (x: Evidence | Mention): x is Evidence => 'id' in x;

/** By time; at one time mentions first (in their message's order), then evidence by id. */
function inStreamOrder(a: Evidence | Mention, b: Evidence | Mention): number {
  if (a.t !== b.t) return a.t - b.t;
  const ea = isEvidence(a);
  const eb = isEvidence(b);
  if (ea && eb) return byTimeThenId(a, b);
  return ea === eb ? 0 : ea ? 1 : -1;
}

/**
 * Where a point event's background is counted. A country's talk is not a town's: London's attack talk is no
 * background for a crash in Glasgow. A post read at a town counts in its area and in the one-degree cell (about
 * 100 km) of the town; a post read no finer than its area counts in the area and as the area's unlocated talk, which
 * could be about any town in it. A candidate placed at a town is judged against its cell's talk plus the area's
 * unlocated talk; one placed no finer than an area, and regional events (quakes, weather), against all its area said.
 */
function cellOf(family: string, area: string, ref: number | undefined): string | null {
  if (!PARAMS.pointFamilies.includes(family)) return null;
  const g = gazetteer();
  if (ref === undefined || !validRef(g, ref) || !isTownRef(ref)) return `${area}~`;
  const { lat, lon } = entityLatLon(g, ref);
  return `${area}~${Math.floor(lat)},${Math.floor(lon)}`;
}

/** The background keys a candidate is judged against: its town's cell (its anchor's, else its new post's) and its area's unlocated talk, else its area. */
function backgroundKeys(family: string, c: Candidate, p: Evidence): string[] {
  const cell = cellOf(family, c.area, c.anchor?.r ?? p.place?.best);
  return cell === null || cell === `${c.area}~` ? [c.area] : [cell, `${c.area}~`];
}

function expectedBackgroundPerMs(head: Head, family: string, c: Candidate, p: Evidence, t: number): number {
  // Only the sources already in this event (and the post's): another source's chatter shapes no alert it is not named in.
  let sum = 0;
  const sources = c.sources.includes(p.source) ? c.sources : [...c.sources, p.source];
  for (const key of backgroundKeys(family, c, p))
    for (const s of sources) {
      const e = head.bg[`${key}|${s}`];
      if (e) sum += e[0] * Math.exp(-Math.max(0, t - e[1]) / PARAMS.bgTauMs);
    }
  // A slow event (a storm, forecast and then reported for hours) is not its own background: its earlier reports were
  // counted in the rate as they came, and would raise the bar its next ones must clear.
  if (c.own) sum -= decayed(c.own, t);
  // A burst of independent authors is not its own background either; a point event's pair is judged against
  // everything the area said, itself included (a big city's talk of attacks pairs up all day).
  else {
    const inWindow = (x: RecentPost): boolean => t - x.t <= PARAMS.windowMs && sources.includes(x.src);
    if (authorsAtLeast(c.recent, inWindow, PARAMS.minAuthors + 1))
      for (const x of c.recent) if (inWindow(x)) sum -= Math.exp(-Math.max(0, t - x.t) / PARAMS.bgTauMs);
  }
  return Math.max(0, sum) / PARAMS.bgTauMs;
}

/** Whether the posts that pass `keep` have at least `n` distinct authors (read until they do). */
function authorsAtLeast(posts: readonly RecentPost[], keep: (x: RecentPost) => boolean, n: number): boolean {
  if (n <= 0) return true;
  const authors = new Set<number>();
  for (const x of posts) if (keep(x) && authors.add(x.a).size >= n) return true;
  return false;
}

function decayed(e: readonly [number, number], t: number): number {
  return e[0] * Math.exp(-Math.max(0, t - e[1]) / PARAMS.bgTauMs);
}

/**
 * Background records counted at most PARAMS.bgCap keys: only countBackground adds keys, so while it updates a key the
 * record already has, the record stays within the cap, and its keys need not be listed again (Object.keys of up to
 * 300 keys, twice per evidence post).
 */
const bgWithinCap = new WeakSet<Head['bg']>();

export function countBackground(head: Head, area: string, source: string, t: number): void {
  const k = `${area}|${source}`;
  const had = head.bg[k];
  const e = had ?? [0, t];
  head.bg[k] = [e[0] * Math.exp(-Math.max(0, t - e[1]) / PARAMS.bgTauMs) + 1, Math.max(e[1], t)];
  if (had !== undefined && bgWithinCap.has(head.bg)) return;
  const keys = Object.keys(head.bg);
  if (keys.length <= PARAMS.bgCap) bgWithinCap.add(head.bg);
  else {
    const keep = Object.entries(head.bg)
      .sort((x, y) => y[1][0] - x[1][0] || (x[0] < y[0] ? -1 : 1))
      .slice(0, Math.floor((PARAMS.bgCap * 2) / 3));
    head.bg = Object.fromEntries(keep);
  }
}

function markActive(head: Head, c: Candidate, t: number): void {
  const a = head.active.find((x) => x[0] === c.key);
  if (a) {
    a[1] = Math.max(a[1], t);
    a[2] = c.alert ? 1 : 0;
  } else head.active.push([c.key, t, c.alert ? 1 : 0]);
}

/** A new candidate's key: its group, its first post's time and id (unique, and the same on a retry). */
export function candidateKey(group: string, p: Evidence): string {
  return `e#${group}#${p.t.toString(36)}.${postIdHash(p.source, p.id).toString(36)}`;
}

/**
 * The report of category k naming the candidate's place that its felt reports corroborate: its latest that is no felt
 * report itself, else its latest (trigger.ts: a felt report and one that names the quake tell one story; two felt
 * reports must share words, as a felt report's place says where it was felt, not where the quake was).
 */
function placeReport(c: Candidate, k: number): RecentPost | undefined {
  return c.recent.findLast((x) => x.k === k && x.pl !== undefined && !x.e) ?? c.recent.findLast((x) => x.k === k && x.pl !== undefined);
}

/** The storm names more than one of the event's posts gave (findMerge's rule). */
function namesOf(c: Candidate): string[] {
  return (c.places.n ?? []).filter((n) => (c.nameCounts[n] ?? 0) >= 2);
}

export function processPartition(
  state: PartitionState,
  messages: readonly EvidenceBatch[],
  opts: ProcessOptions,
  ctx: EngineContext = {},
): PartitionResult {
  const { head, candidates: cands, group, touched } = state;
  const family = familyOfGroup(group);
  const raised: RaisedVersion[] = [];
  const raise = (c: Candidate, a: Alert): void => {
    raised.push({ alert: a, group, area: c.area, names: namesOf(c) });
  };
  let applied = 0;
  let duplicates = 0;
  let marked = 0;
  const absorbed = absorbedIds(cands.values());
  const latestAllowed = opts.now + PARAMS.futureSlackMs;
  // A burst of a regional event's category (a quake felt, a storm lived through by many at once) is one event's talk; a
  // point event's burst (a city's attack) says nothing about a pair of posts in another city.
  const regional = !PARAMS.pointFamilies.includes(family);
  const touch = (c: Candidate): void => {
    touched.add(c.key);
  };
  /**
   * Opens the alert of a candidate whose trigger fired (chk), or merges its burst into the alerted event it turns out
   * to be; `p` is the post that made it fire (none when its category's burst did, burst.ts). Returns the merge target.
   */
  const fire = (c: Candidate, chk: TriggerCheck, rp: RecentPost, bgPerMs: number, t: number, p: Evidence | null): Candidate | null => {
    const supportContent = [...new Set(chk.support.flatMap((x) => x.c))];
    const target = findMerge(head, cands, c, categoryOf(c), supportContent, t);
    if (target) {
      // The burst is that event: it feeds it from now on, and everything it carried is named there.
      c.mergedInto = target.key;
      addSources(target, c.sources);
      touch(target);
      if (p) {
        rememberId(target, postIdHash(p.source, p.id));
        if (escalate(target, accumulate(target, p, t))) raise(target, buildAlert(target, t, {}));
      }
      return target;
    }
    const taken = (id: string): boolean => [...cands.values()].some((x) => x !== c && x.alert?.alertId === id);
    openAlert(c, family, chk.support, rp, chk.authors, taken);
    raise(
      c,
      buildAlert(c, t, {
        score: chk.score,
        need: chk.need,
        windowAuthors: chk.authors,
        bgPerHour: bgPerMs * 3600_000,
        ...(chk.byBurst ? { burst: 1 } : {}),
      }),
    );
    return null;
  };
  /**
   * Its category bursts at t (a mention's time): the open placed candidates of that category active within the burst's
   * window are checked at once, not only at their next evidence post.
   */
  const sweep = (k: number, t: number): void => {
    for (const [ck] of head.active) {
      const c = cands.get(ck);
      const rp = c?.recent[c.recent.length - 1];
      if (!c || !rp || c.alert || c.mergedInto || c.area === '?' || rp.k !== k || t - c.lastAt > PARAMS.burstMs) continue;
      const chk = checkTrigger(c, rp, 0, true);
      if (!chk.fired) continue;
      touch(c);
      const target = fire(c, chk, rp, 0, t, null);
      markActive(head, c, t);
      if (target) markActive(head, target, t);
    }
  };
  /**
   * A point event's report that names no place (p, in the unplaced pool at t) may witness the one open candidate of
   * its category reported at a place in the same minutes (witnesses.ts): that candidate takes it and is checked now,
   * not only at its own next post.
   */
  const witnessFor = (p: Evidence, t: number): void => {
    // Most of the pool's posts come while their category's first-hand reports are at their rate: nothing to look for.
    if (!witnessesBeyondRate(head, p.cat, t)) return;
    for (const c of placedNear(head, cands, p.cat, t)) {
      const w = witnessesOf(family, head, cands, c, p.cat, t);
      if (!w.witnessed) continue;
      takeIntoWindow(c, w.add);
      touch(c);
      const rp = c.recent[c.recent.length - 1] as RecentPost;
      const bgPerMs = expectedBackgroundPerMs(head, family, c, p, t);
      const chk = checkTrigger(c, rp, bgPerMs, false, true);
      if (!chk.fired) continue;
      const target = fire(c, chk, rp, bgPerMs, t, null);
      markActive(head, c, t);
      if (target) markActive(head, target, t);
    }
  };
  /**
   * A felt family's unplaced pool that would alert (chk) while one open candidate reports its category at a place in
   * the same minutes: its reports were felt where that place's quake is, and "place not yet known" beside that place's
   * own alert would be a second one. They join that candidate's window as its witnesses (the pool keeps them), which is
   * checked now; the pool does not alert. True when it yielded.
   */
  const yieldToPlace = (pool: Candidate, chk: TriggerCheck, p: Evidence, t: number): boolean => {
    if (pool.area !== '?' || !PARAMS.feltFamilies.includes(family)) return false;
    // Minutes after a quake was alerted, the pool's reports in its language are that quake's (routing.ts findMerge),
    // not witnesses of another place's talk of quakes (as adoptFelt).
    const at = placedNear(head, cands, p.cat, t);
    if (at.length !== 1) return false;
    const c = at[0] as Candidate;
    const alerted = recentlyAlerted(head, cands, t);
    const felt = chk.support.filter((x) => x.k === p.cat && !heardByAny(alerted, x, c, t));
    if (felt.length === 0) return false;
    takeIntoWindow(
      c,
      felt.filter((x) => !c.recent.some((y) => y.id === x.id && y.src === x.src)),
    );
    touch(c);
    // Its report naming the place is the newest post the witnesses corroborate (placedNear found one in its window).
    const rp = c.recent.findLast((x) => x.k === p.cat && x.pl !== undefined);
    if (!rp) return true;
    const bgPerMs = expectedBackgroundPerMs(head, family, c, p, t);
    const placed = checkTrigger(c, rp, bgPerMs, false, true);
    if (placed.fired) {
      const target = fire(c, placed, rp, bgPerMs, t, null);
      markActive(head, c, t);
      if (target) markActive(head, target, t);
    }
    return true;
  };
  /**
   * A felt report that names no place (p, in the unplaced pool at t) is a witness of the one open candidate reporting
   * its category at a place in the same minutes (adoptFelt), whichever of them came first: that candidate takes the
   * pool's felt reports and is checked now, not only at its own next post.
   */
  const feltFor = (p: Evidence, t: number): void => {
    const at = placedNear(head, cands, p.cat, t);
    if (at.length !== 1) return;
    const c = at[0] as Candidate;
    // Only where its reports name a town: felt reports and "earthquake in Japan" would alert at the country's centre,
    // hundreds of km off, where the town's report a minute later places it (its own posts adopt them, as before).
    const where = placeOf(c);
    if (!where || !isTownRef(where.r)) return;
    let taken = adoptFelt(head, cands, c, t);
    if (state.unplaced) taken += adoptFelt(state.unplaced.head, state.unplaced.candidates, c, t);
    if (taken === 0) return;
    touch(c);
    const rp = placeReport(c, p.cat);
    if (!rp) return;
    const bgPerMs = expectedBackgroundPerMs(head, family, c, p, t);
    const chk = checkTrigger(c, rp, bgPerMs, burstingAt(head, p.cat, t));
    if (!chk.fired) return;
    const target = fire(c, chk, rp, bgPerMs, t, null);
    markActive(head, c, t);
    if (target) markActive(head, target, t);
  };
  const sweeps: SweepRequest[] = [];
  /** A burst of k begins at t: the placed groups of the family heard from within a trigger window check theirs. */
  const began = (k: number, t: number): void => {
    if (head.burstFrom[String(k)] !== t) return;
    for (const [g, at] of Object.entries(head.placed ?? {})) if (t - at <= PARAMS.windowMs) sweeps.push({ group: g, k, t });
  };
  for (const msg of messages) {
    if (wasApplied(head, msg.id)) {
      duplicates += msg.evidence.length;
      continue;
    }
    let fresh = 0;
    const markFresh = (): void => {
      // A message whose posts were all counted before changes nothing, not even the applied list.
      if (fresh++ === 0) {
        touched.add(head.key);
        markApplied(head, msg.id);
        marked++;
      }
    };
    if (regional)
      for (const s of msg.sweeps ?? []) {
        markFresh();
        sweep(s.k, Math.min(s.t, latestAllowed));
      }
    // Mentions and evidence in stream order: each counts in its category's burst as it comes.
    const items: (Evidence | Mention)[] = [...(msg.mentions ?? []), ...msg.evidence].sort(inStreamOrder);
    for (const item of items) {
      if (!isEvidence(item)) {
        const t = Math.min(item.t, latestAllowed);
        if (mentionCounted(head, item.k, t, item.author, item.dupKey)) continue;
        markFresh();
        head.clock = Math.max(head.clock, t);
        if (item.g !== undefined) {
          // Heard from at its latest mention: a mention delivered late must not make the group look silent.
          head.placed = { ...head.placed, [item.g]: Math.max(head.placed?.[item.g] ?? 0, t) };
          const gs = Object.entries(head.placed);
          // The latest PARAMS.activeCap groups (a burst tells those heard from within a trigger window only).
          if (gs.length > PARAMS.activeCap)
            head.placed = Object.fromEntries(gs.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, PARAMS.activeCap));
        }
        if (countMention(head, item.k, t, item.author, item.dupKey) && regional) {
          sweep(item.k, t);
          began(item.k, t);
        }
        continue;
      }
      const p = item;
      const h = postIdHash(p.source, p.id);
      if (absorbed.has(h)) {
        duplicates++;
        continue;
      }
      absorbed.add(h);
      applied++;
      markFresh();
      const t = Math.min(p.t, latestAllowed);
      head.clock = Math.max(head.clock, t);
      const burst = countMention(head, p.cat, t, p.author, p.dupKey);
      if (!regional && p.eyewitness) countWitness(head, p.cat, t, p.author, p.dupKey);
      if (burst && regional) began(p.cat, t);
      const area = p.place?.key ?? '?';
      let c = route(head, cands, family, p, t, area);
      if (!c) {
        c = newCandidate(candidateKey(group, p), area, t, NCATS);
        cands.set(c.key, c);
      }
      // A candidate merged into an alerted event feeds that event while it is active.
      const into = c.mergedInto ? cands.get(c.mergedInto) : undefined;
      if (into?.alert && t - into.lastAt <= PARAMS.mergeMs) c = into;
      const bgPerMs = expectedBackgroundPerMs(head, family, c, p, t);
      if (!c.alert) {
        countBackground(head, c.area, p.source, t);
        if (PARAMS.slowFamilies.includes(family)) c.own = [(c.own ? decayed(c.own, t) : 0) + 1, Math.max(t, c.own?.[1] ?? t)];
        const cell = cellOf(family, c.area, p.place?.best);
        if (cell) countBackground(head, cell, p.source, t);
      }
      touch(c);
      rememberId(c, h);
      // Joined by its storm's name from another area (routing.ts): it says the storm is talked of there (a watch, an
      // evacuation), not that the event is there; its place votes wait for the alert, as an alerted storm's do.
      const byName = !c.alert && area !== '?' && c.area !== '?' && c.area !== area;
      const rp = accumulate(c, byName && p.place ? { ...p, place: { ...p.place, votes: [] } } : p, t);
      let target: Candidate | null = null;
      let info: Record<string, number | string | boolean> = {};
      if (!c.alert) {
        if (c.area !== '?' && PARAMS.feltFamilies.includes(family)) {
          adoptFelt(head, cands, c, t);
          if (state.unplaced) adoptFelt(state.unplaced.head, state.unplaced.candidates, c, t);
        }
        const bursting =
          regional && (burstingAt(head, p.cat, t) || (state.unplaced !== undefined && burstingAt(state.unplaced.head, p.cat, t)));
        const w = witnessesOf(family, head, cands, c, p.cat, t);
        takeIntoWindow(c, w.add);
        const chk = checkTrigger(c, rp, bgPerMs, bursting, w.witnessed);
        info = {
          support: chk.support.length,
          authors: chk.authors,
          score: chk.score,
          need: chk.need,
          strong: chk.support.some((x) => x.s),
          bgPerHour: bgPerMs * 3600_000,
          burst,
        };
        if (chk.fired && !yieldToPlace(c, chk, p, t)) target = fire(c, chk, rp, bgPerMs, t, p);
        // A report naming no place may be what a point event reported nearby lacked (witnesses.ts).
        else if (c.area === '?' && PARAMS.pointFamilies.includes(family)) witnessFor(p, t);
        else if (c.area === '?' && p.eyewitness && PARAMS.feltFamilies.includes(family)) feltFor(p, t);
      } else if (escalate(c, rp)) raise(c, buildAlert(c, t, {}));
      markActive(head, c, t);
      if (target) markActive(head, target, t);
      for (const h of cands.values()) {
        const held = releaseHeld(h, t);
        if (held !== 'none') touch(h);
        if (held === 'version') raise(h, buildAlert(h, t, {}));
      }
      if (ctx.trace) {
        const shown = target ?? c;
        if (target) info.mergedInto = target.key;
        if (shown.alert) {
          info.alertId = shown.alert.alertId;
          info.version = shown.alert.version;
        }
        ctx.trace(p, c.key, info);
      }
    }
  }
  if (touched.has(head.key)) {
    trimApplied(head, marked);
    head.active = head.active
      .filter((x) => head.clock - x[1] <= PARAMS.idleMs)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, PARAMS.activeCap);
  }
  return { alerts: raised.map((r) => r.alert), raised, sweeps, applied, duplicates };
}
