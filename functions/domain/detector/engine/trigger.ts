/**
 * The trigger: does a candidate's window, after this post, hold a
 * corroborated first report? The posts that talk about the same thing as the
 * newest one (two shared content words count fully, one word a third; the
 * same text counts), best weight per distinct author, from at least two
 * authors and two texts, with a first-report cue, must outweigh a threshold
 * that grows with the background rate of the candidate's area.
 */
import { PARAMS } from './params';
import type { Candidate, RecentPost } from './state';

export interface TriggerCheck {
  fired: boolean;
  /** The window's posts that support the newest one. */
  support: RecentPost[];
  authors: number;
  score: number;
  need: number;
}

/** bgPerMs: expected background evidence per ms for this candidate (its area, its sources). */
export function checkTrigger(c: Candidate, rp: RecentPost, bgPerMs: number): TriggerCheck {
  const perAuthor = new Map<number, number>();
  const support: RecentPost[] = [];
  for (const x of c.recent) {
    let f = 1;
    if (x !== rp && x.dup !== rp.dup) {
      const shared = x.c.reduce((n, h) => n + (rp.c.includes(h) ? 1 : 0), 0);
      if (shared === 0) continue;
      f = shared >= 2 ? 1 : 0.35;
    }
    support.push(x);
    perAuthor.set(x.a, Math.max(perAuthor.get(x.a) ?? 0, x.w * f));
  }
  let score = 0;
  for (const v of perAuthor.values()) score += v;
  const need = PARAMS.baseThreshold + PARAMS.bgFactor * bgPerMs * PARAMS.windowMs;
  // An unplaced candidate has no background of its own to compare with: it needs more.
  const unplaced = c.area === '?';
  const minAuthors = PARAMS.minAuthors + (unplaced ? 1 : 0);
  // One story copied by several accounts is not corroboration yet.
  const texts = new Set(support.map((x) => x.dup)).size;
  const fired =
    perAuthor.size >= minAuthors && texts >= 2 && score >= need * (unplaced ? 1.5 : 1) && support.some((x) => x.s);
  return { fired, support, authors: perAuthor.size, score, need };
}
