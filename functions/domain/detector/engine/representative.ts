/**
 * The event's representative post: the one an alert quotes. The rule, over
 * the event's own posts that have text of their own (no reposts, no copies
 * of a text already heard):
 *
 *   score = significance + 0.3 eyewitness + 0.15 casualties/deaths
 *           + 0.1 a place named + 0.1 a first-report cue + 0.1 credibility (capped at 1)
 *
 * the highest score wins; ties go to the earlier post, then the smaller id,
 * so the choice does not depend on how posts were batched. First-hand and
 * informative posts rise; a wire account's credibility counts, but less than
 * a witness. One per candidate (its text bounded by EXCERPT_MAX_CHARS).
 */
import { credibility } from './accumulate';
import type { Evidence } from './evidence';
import type { Candidate, RepPost } from './state';

export function representativeScore(p: Evidence): number {
  return (
    p.sig +
    (p.eyewitness ? 0.3 : 0) +
    (p.casualty > 0 || p.deaths > 0 ? 0.15 : 0) +
    (p.place && p.place.votes.length > 0 ? 0.1 : 0) +
    (p.strong ? 0.1 : 0) +
    0.1 * Math.min(1, credibility(p))
  );
}

const better = (x: RepPost, y: RepPost): boolean =>
  x.score > y.score || (x.score === y.score && (x.t < y.t || (x.t === y.t && x.id < y.id)));

/** Offers post p (at time t; isDup: its text was heard before in this event) as the event's representative. */
export function offerRepresentative(c: Candidate, p: Evidence, t: number, isDup: boolean): void {
  if (isDup || p.isRetweet || p.excerpt === '') return;
  const rp: RepPost = {
    id: p.id,
    src: p.source,
    t,
    score: Math.round(representativeScore(p) * 1e6) / 1e6,
    text: p.excerpt,
    lang: p.lang,
    handle: p.handle,
  };
  if (!c.rep || better(rp, c.rep)) c.rep = rp;
}

/** How many distinct death tolls a candidate remembers (the most reported kept). */
export const DEATH_COUNTS_CAP = 8;

/** Counts a death toll a post reported. */
export function countDeaths(c: Candidate, deaths: number): void {
  if (!(deaths > 0)) return;
  const d = Math.round(deaths);
  const e = c.deathCounts.find((x) => x[0] === d);
  if (e) e[1]++;
  else c.deathCounts.push([d, 1]);
  if (c.deathCounts.length > DEATH_COUNTS_CAP) {
    c.deathCounts.sort((x, y) => y[1] - x[1] || y[0] - x[0]);
    c.deathCounts.length = DEATH_COUNTS_CAP;
  }
}

/** The largest toll at least two posts reported (one post's number is not yet a toll), 0 when none. */
export function corroboratedDeaths(c: Candidate): number {
  return c.deathCounts.reduce((m, [d, n]) => (n >= 2 && d > m ? d : m), 0);
}
