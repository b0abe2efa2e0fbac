/**
 * The languages a candidate's posts are written in. A quake is felt, and reported first, where it shakes: the
 * language most of an event's reports are written in says, where a place cannot, which people felt it (routing.ts,
 * witnesses.ts).
 */
import { CATS } from '../lexicon';
import type { Candidate } from './state';

/** The language most of the candidate's window posts of a category are written in (none known: undefined). */
export function mainLang(c: Candidate, cat: string): string | undefined {
  const k = (CATS as readonly string[]).indexOf(cat);
  const n = new Map<string, number>();
  for (const x of c.recent) if (x.k === k && x.l !== undefined) n.set(x.l, (n.get(x.l) ?? 0) + 1);
  let best: string | undefined;
  for (const [l, m] of n) if (best === undefined || m > (n.get(best) ?? 0) || (m === n.get(best) && l < best)) best = l;
  return best;
}
