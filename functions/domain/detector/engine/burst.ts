/**
 * A category's burst of authors: many independent people naming one kind of
 * event at once ("earthquake", "tornado") against how often the stream names
 * it. Each partition head keeps, per category, the decayed count of posts that
 * named it literally (evidence or not: engine/evidence.ts `Mention`) and who
 * named it in the last PARAMS.burstMs. A burst is a count of independent
 * voices (distinct authors, one text counted once) that a Poisson process at
 * the category's own rate would reach with probability below
 * PARAMS.burstAlpha: an unseen event in any language shows as one, whatever
 * its posts' wording scores (trigger.ts says what a burst stands in for).
 */
import { hashStr } from '../hash';
import { PARAMS } from './params';
import type { CategoryBurst, Head } from './state';

/** P(N >= k) for N ~ Poisson(lambda). */
export function poissonTail(lambda: number, k: number): number {
  if (k <= 0) return 1;
  let term = Math.exp(-lambda);
  let below = 0;
  for (let i = 0; i < k; i++) {
    below += term;
    term *= lambda / (i + 1);
  }
  return Math.max(0, 1 - below);
}

/**
 * Whether the window holds at least `need` independent voices: distinct authors, and among them distinct texts (a
 * retweeted text is one voice). Both counts only grow along the window, so it stops at the first `need`.
 */
export function hasVoices(b: CategoryBurst, need: number): boolean {
  const authors = new Set<number>();
  const texts = new Set<number>();
  for (const [, a, d] of b.w) {
    if (authors.has(a)) continue;
    authors.add(a);
    texts.add(d);
    if (texts.size >= need) return true;
  }
  return false;
}

/**
 * The fewest voices a Poisson count at rate `lambda` reaches with probability below PARAMS.burstAlpha, if `most` or
 * fewer do (else Infinity): poissonTail(lambda, k) < burstAlpha exactly when k >= this, as poissonTail computes it
 * (its sum of non-negative terms only grows with k, in floating point too), without a count of voices per mention.
 */
export function voicesNeeded(lambda: number, most: number, alpha: number = PARAMS.burstAlpha): number {
  let term = Math.exp(-lambda);
  let below = 0;
  for (let k = 0; k <= most; k++) {
    if (k > 0 && Math.max(0, 1 - below) < alpha) return k;
    below += term;
    term *= lambda / (k + 1);
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * The category's rate (posts per ms) before the window: the decayed count without the window's own posts (a burst is
 * not its own background), plus one (a rate never seen is not zero: with no history a burst needs more voices), over
 * the time the head has counted, decayed the same way.
 */
function rateBefore(b: CategoryBurst, since: number, t: number): number {
  const tau = PARAMS.bgTauMs;
  const n = b.n * Math.exp(-Math.max(0, t - b.at) / tau);
  let own = 0;
  for (const [x] of b.w) own += Math.exp(-Math.max(0, t - x) / tau);
  const span = tau * (1 - Math.exp(-Math.max(PARAMS.burstMs, t - since) / tau));
  return (Math.max(0, n - own) + 1) / span;
}

/** The burst record of category k's first-hand reports (an eyewitness cue): kept beside the category's own. */
const witnessKey = (k: number): string => `w${k}`;

/** Whether the record's voices of the last PARAMS.burstMs before t are more than its own rate gives with probability alpha. */
function beyondRate(head: Head, b: CategoryBurst, t: number, alpha: number): boolean {
  const w = b.w.filter((x) => x[0] <= t && t - x[0] <= PARAMS.burstMs);
  const need = voicesNeeded(rateBefore(b, head.burstSince, t) * PARAMS.burstMs, w.length, alpha);
  return need !== Number.POSITIVE_INFINITY && hasVoices({ ...b, w }, need);
}

/**
 * Counts a first-hand report of category k (an evidence post with an eyewitness cue: "I heard shots", "the windows
 * shook") among the category's first-hand voices. Much rarer than posts naming the category (a city's talk of
 * shootings goes on all day), so a few independent ones at once are news (witnesses.ts). While they are beyond
 * their rate, they are not counted in it.
 */
export function countWitness(head: Head, k: number, t: number, author: string, dupKey: number): void {
  if (head.burstSince === 0) head.burstSince = t;
  const key = witnessKey(k);
  const b = head.burst[key] ?? { n: 0, at: t, w: [] };
  const news = beyondRate(head, b, t, PARAMS.witnessAlpha);
  b.n = b.n * Math.exp(-Math.max(0, t - b.at) / PARAMS.bgTauMs) + (news ? 0 : 1);
  b.at = Math.max(b.at, t);
  b.w = b.w.filter((x) => t - x[0] <= PARAMS.burstMs);
  b.w.push([t, hashStr(author), dupKey]);
  if (b.w.length > PARAMS.burstCap) b.w.splice(0, b.w.length - PARAMS.burstCap);
  head.burst[key] = b;
}

/** Whether category k's first-hand voices of the last PARAMS.burstMs before t are beyond their own rate (PARAMS.witnessAlpha). */
export function witnessesBeyondRate(head: Head, k: number, t: number): boolean {
  const b = head.burst[witnessKey(k)];
  return b !== undefined && beyondRate(head, b, t, PARAMS.witnessAlpha);
}

/**
 * Whether a mention (a post below the gate: it has no id dedupe of its own, dedupe.ts) was counted before or comes too
 * late to count: the same time, author and text is in the category's window already, or it is older than the window
 * (of the category's latest post, or of the oldest one kept when the window is full). Posts sent again in other
 * messages (a connector re-sending after a restart) then leave the burst as it was.
 */
export function mentionCounted(head: Head, k: number, t: number, author: string, dupKey: number): boolean {
  const b = head.burst[String(k)];
  if (!b) return false;
  const first = b.w[0];
  if (t < b.at - PARAMS.burstMs || (b.w.length >= PARAMS.burstCap && first !== undefined && t < first[0])) return true;
  const a = hashStr(author);
  return b.w.some(([x, y, d]) => x === t && y === a && d === dupKey);
}

/**
 * Counts one post naming category `k` (t: its time; author, dupKey: who and which text) and says whether the category
 * bursts now. Marks the head's `burstAt` for the category while it does.
 */
export function countMention(head: Head, k: number, t: number, author: string, dupKey: number): boolean {
  if (head.burstSince === 0) head.burstSince = t;
  const key = String(k);
  const b = head.burst[key] ?? { n: 0, at: t, w: [] };
  // While it bursts, the category's posts are the event's talk, not its background.
  b.n = b.n * Math.exp(-Math.max(0, t - b.at) / PARAMS.bgTauMs) + (burstGoesOn(head, key, t) ? 0 : 1);
  b.at = Math.max(b.at, t);
  b.w = b.w.filter((x) => t - x[0] <= PARAMS.burstMs);
  b.w.push([t, hashStr(author), dupKey]);
  if (b.w.length > PARAMS.burstCap) b.w.splice(0, b.w.length - PARAMS.burstCap);
  head.burst[key] = b;
  const lambda = rateBefore(b, head.burstSince, t) * PARAMS.burstMs;
  const need = voicesNeeded(lambda, b.w.length);
  const on = need !== Number.POSITIVE_INFINITY && hasVoices(b, need);
  if (on) {
    const last = head.burstAt[key];
    // A burst begins when the category was quiet for a trigger window; one that goes on keeps its beginning.
    if (last === undefined || t - last > PARAMS.windowMs) head.burstFrom[key] = t;
    head.burstAt[key] = t;
  }
  return on && onset(head, key, t);
}

/** Within a trigger window of its burst's beginning: a burst that goes on for hours is an event heard of, not news. */
function onset(head: Head, key: string, t: number): boolean {
  const from = head.burstFrom[key];
  return from !== undefined && t - from <= PARAMS.windowMs;
}

/** The category burst within the last PARAMS.burstMs before t, within a trigger window of the burst's beginning. */
export function burstingAt(head: Head, k: number, t: number): boolean {
  const key = String(k);
  const at = head.burstAt[key];
  return at !== undefined && t - at <= PARAMS.burstMs && at <= t && onset(head, key, t);
}

/** Bursting now, however long ago it began: its posts are the event's talk, not the category's background. */
function burstGoesOn(head: Head, key: string, t: number): boolean {
  const at = head.burstAt[key];
  return at !== undefined && t - at <= PARAMS.burstMs && at <= t;
}
