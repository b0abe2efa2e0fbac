/**
 * Routing: which candidate event of its partition an evidence post joins,
 * and whether a triggering burst is in fact an event already alerted.
 */
import type { Category } from '../../alert';
import { farApart, gazetteer } from '../../places';
import { CATS } from '../lexicon';
import type { Evidence } from './evidence';
import { PARAMS } from './params';
import { placeOf } from './alert';
import type { Candidate, Head } from './state';

function sharesContent(c: Candidate, p: Evidence, min: number): boolean {
  for (const h of p.content) if ((c.content[String(h)] ?? 0) >= min) return true;
  return c.recent.some((r) => r.dup === p.dupKey);
}

/**
 * The candidate a post (at time t, coarse area `area`) belongs to: an
 * alerted event of the same area (any area for an unplaced post) that it
 * shares content with, else the open candidate of its area; an unplaced post
 * may join an open placed candidate it shares content with. Undefined: the
 * post opens a new candidate.
 */
export function route(head: Head, cands: ReadonlyMap<string, Candidate>, p: Evidence, t: number, area: string): Candidate | undefined {
  let alerted: Candidate | undefined;
  let open: Candidate | undefined;
  let openShared: Candidate | undefined;
  for (const [ck] of head.active) {
    const c = cands.get(ck);
    if (!c) continue;
    if (t - c.lastAt > PARAMS.idleMs) continue;
    const g = c.area;
    if (c.alert) {
      if (t - c.lastAt > PARAMS.mergeMs) continue;
      const recentSamePlace = g === area && t - c.lastAt <= PARAMS.sameEventMs && CATS[p.cat] === c.alert.category;
      if ((g === area || area === '?') && (recentSamePlace || sharesContent(c, p, 2)) && (!alerted || c.lastAt > alerted.lastAt)) alerted = c;
    } else if (g === area) {
      if (!open || c.lastAt > open.lastAt) open = c;
    } else if (area === '?' && g !== '?' && t - c.lastAt <= PARAMS.attachMs && sharesContent(c, p, 1)) {
      if (!openShared || c.lastAt > openShared.lastAt) openShared = c;
    }
  }
  return alerted ?? openShared ?? open;
}

/**
 * A burst that would trigger but is an event already alerted: the latest
 * alerted candidate of the same category, active within PARAMS.mergeMs,
 * sharing at least two of its top ten content words, not at a far place.
 */
export function findMerge(
  head: Head,
  cands: ReadonlyMap<string, Candidate>,
  c: Candidate,
  cat: Category,
  content: readonly number[],
  t: number,
): Candidate | null {
  let best: Candidate | null = null;
  const here = placeOf(c);
  for (const [ck] of head.active) {
    const d = cands.get(ck);
    if (!d || d === c || !d.alert || d.alert.category !== cat || t - d.lastAt > PARAMS.mergeMs) continue;
    const top = Object.entries(d.content)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, 10)
      .map((x) => x[0]);
    if (content.filter((h) => top.includes(String(h))).length < 2) continue;
    if (here && d.alert.place && farApart(gazetteer(), here, d.alert.place)) continue;
    if (!best || d.lastAt > best.lastAt) best = d;
  }
  return best;
}
