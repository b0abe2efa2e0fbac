/**
 * Stage 2, one partition (a category family): keyed state in, alerts out,
 * nothing else. processPartition() takes the partition's state (its head and
 * active candidates, as loaded by keyed-store.ts) and one or more messages of
 * evidence, in order, and returns the alert versions they raise; the state it
 * was given is the new state (it marks the items it changed in `touched`).
 * Pure apart from reading the gazetteer: the same state and messages always
 * give the same alerts and state.
 */
import type { Alert } from '../../alert';
import { entityLatLon, gazetteer, isTownRef, validRef } from '../../places';
import { accumulate, addSource, addSources } from './accumulate';
import { buildAlert, categoryOf, escalate, openAlert, releaseHeld } from './alert';
import { absorbedIds, markApplied, postIdHash, rememberId, wasApplied } from './dedupe';
import type { Evidence } from './evidence';
import { NCATS } from '../lexicon';
import { PARAMS } from './params';
import { findMerge, route } from './routing';
import { type Candidate, type Head, newCandidate } from './state';
import { checkTrigger } from './trigger';

export interface PartitionState {
  /** The category family (the partition key). */
  family: string;
  head: Head;
  /** The head's active candidates that could be loaded, by key. */
  candidates: Map<string, Candidate>;
  /** Keys of the items changed since load (the head's key included). */
  touched: Set<string>;
}

export interface EvidenceBatch {
  /** Stays the same when the message is delivered again. */
  id: string;
  evidence: readonly Evidence[];
}

export interface ProcessOptions {
  /** The ingest clock (ms): the wall clock live, the replay's clock in a replay. No post counts as later than now + PARAMS.futureSlackMs. */
  now: number;
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

export interface PartitionResult {
  alerts: Alert[];
  /** Evidence posts counted for the first time. */
  applied: number;
  /** Evidence posts already counted (a message or a post delivered again), skipped. */
  duplicates: number;
}

const byTimeThenId = (a: Evidence, b: Evidence): number => a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

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
    const inWindow = c.recent.filter((x) => t - x.t <= PARAMS.windowMs && sources.includes(x.src));
    if (new Set(inWindow.map((x) => x.a)).size >= PARAMS.minAuthors + 1)
      for (const x of inWindow) sum -= Math.exp(-Math.max(0, t - x.t) / PARAMS.bgTauMs);
  }
  return Math.max(0, sum) / PARAMS.bgTauMs;
}

/**
 * A placed candidate of a felt family takes the first-hand reports that named no place from its partition's open
 * unplaced pool, within its trigger window: a quake is felt over a wide area at once, so the "felt it!" posts of the
 * minutes around its first placed report are its witnesses (PARAMS.feltFamilies; trigger.ts says whom they
 * corroborate). They join the trigger window only (and name their source); the pool keeps them.
 */
function adoptFelt(head: Head, cands: ReadonlyMap<string, Candidate>, c: Candidate, t: number): void {
  for (const [ck] of head.active) {
    const pool = cands.get(ck);
    if (!pool || pool === c || pool.alert || pool.area !== '?') continue;
    let added = false;
    for (const x of pool.recent) {
      if (x.e !== true || t - x.t > PARAMS.windowMs || x.t > t || c.recent.some((y) => y.id === x.id && y.src === x.src))
        continue;
      c.recent.push(x);
      addSource(c, x.src);
      added = true;
    }
    if (added) {
      c.recent.sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      if (c.recent.length > PARAMS.recentCap) c.recent.splice(0, c.recent.length - PARAMS.recentCap);
    }
  }
}

function decayed(e: readonly [number, number], t: number): number {
  return e[0] * Math.exp(-Math.max(0, t - e[1]) / PARAMS.bgTauMs);
}

function countBackground(head: Head, area: string, source: string, t: number): void {
  const k = `${area}|${source}`;
  const e = head.bg[k] ?? [0, t];
  head.bg[k] = [e[0] * Math.exp(-Math.max(0, t - e[1]) / PARAMS.bgTauMs) + 1, Math.max(e[1], t)];
  const keys = Object.keys(head.bg);
  if (keys.length > PARAMS.bgCap) {
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

/** A new candidate's key: the family, its first post's time and id (unique, and the same on a retry). */
export function candidateKey(family: string, p: Evidence): string {
  return `e#${family}#${p.t.toString(36)}.${postIdHash(p.source, p.id).toString(36)}`;
}

export function processPartition(
  state: PartitionState,
  messages: readonly EvidenceBatch[],
  opts: ProcessOptions,
  ctx: EngineContext = {},
): PartitionResult {
  const { head, candidates: cands, family, touched } = state;
  const alerts: Alert[] = [];
  let applied = 0;
  let duplicates = 0;
  const absorbed = absorbedIds(cands.values());
  const latestAllowed = opts.now + PARAMS.futureSlackMs;
  const touch = (c: Candidate): void => {
    touched.add(c.key);
  };
  for (const msg of messages) {
    if (wasApplied(head, msg.id)) {
      duplicates += msg.evidence.length;
      continue;
    }
    let fresh = 0;
    for (const p of [...msg.evidence].sort(byTimeThenId)) {
      const h = postIdHash(p.source, p.id);
      if (absorbed.has(h)) {
        duplicates++;
        continue;
      }
      absorbed.add(h);
      applied++;
      // A message whose posts were all counted before changes nothing, not even the applied list.
      if (fresh++ === 0) {
        touched.add(head.key);
        markApplied(head, msg.id);
      }
      const t = Math.min(p.t, latestAllowed);
      head.clock = Math.max(head.clock, t);
      const area = p.place?.key ?? '?';
      let c = route(head, cands, family, p, t, area);
      if (!c) {
        c = newCandidate(candidateKey(family, p), area, t, NCATS);
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
      const rp = accumulate(c, p, t);
      let target: Candidate | null = null;
      let info: Record<string, number | string | boolean> = {};
      if (!c.alert) {
        if (c.area !== '?' && PARAMS.feltFamilies.includes(family)) adoptFelt(head, cands, c, t);
        const chk = checkTrigger(c, rp, bgPerMs);
        info = {
          support: chk.support.length,
          authors: chk.authors,
          score: chk.score,
          need: chk.need,
          strong: chk.support.some((x) => x.s),
          bgPerHour: bgPerMs * 3600_000,
        };
        if (chk.fired) {
          const supportContent = [...new Set(chk.support.flatMap((x) => x.c))];
          target = findMerge(head, cands, c, categoryOf(c), supportContent, t);
          if (target) {
            // The burst is that event: it feeds it from now on, and everything it carried is named there.
            c.mergedInto = target.key;
            addSources(target, c.sources);
            touch(target);
            rememberId(target, h);
            if (escalate(target, accumulate(target, p, t))) alerts.push(buildAlert(target, t, {}));
          } else {
            const taken = (id: string): boolean => [...cands.values()].some((x) => x !== c && x.alert?.alertId === id);
            openAlert(c, family, chk.support, rp, chk.authors, taken);
            alerts.push(
              buildAlert(c, t, {
                score: chk.score,
                need: chk.need,
                windowAuthors: chk.authors,
                bgPerHour: bgPerMs * 3600_000,
              }),
            );
          }
        }
      } else if (escalate(c, rp)) alerts.push(buildAlert(c, t, {}));
      markActive(head, c, t);
      if (target) markActive(head, target, t);
      for (const h of cands.values()) {
        const held = releaseHeld(h, t);
        if (held !== 'none') touch(h);
        if (held === 'version') alerts.push(buildAlert(h, t, {}));
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
    head.active = head.active
      .filter((x) => head.clock - x[1] <= PARAMS.idleMs)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, PARAMS.activeCap);
  }
  return { alerts, applied, duplicates };
}
