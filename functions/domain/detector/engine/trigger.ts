/**
 * The trigger: does a candidate's window, after this post, hold a
 * corroborated first report? The posts that talk about the same thing as the
 * newest one (two shared content words count fully, one word a third; the
 * same text counts), best weight per distinct author, from at least two
 * authors and two texts, with a first-report cue, must outweigh a threshold
 * that grows with the background rate of the candidate's area. Talk about
 * attackers or their ideology with no event named (score.ts `topic`) counts
 * in that background but is no witness.
 */
import { familyOfCat, PARAMS } from './params';
import type { Candidate, RecentPost } from './state';

export interface TriggerCheck {
  fired: boolean;
  /** The window's posts that support the newest one. */
  support: RecentPost[];
  authors: number;
  score: number;
  need: number;
  /** Fired by its category's burst, not by its weight. */
  byBurst: boolean;
}

/**
 * Content words two window posts share, and how many of them are more than the place: a place is one thing shared
 * whatever its spelling or level ("Delhi", its town reading and its state; "Londra" and "London").
 */
function sharedWith(x: RecentPost, rp: RecentPost): { shared: number; distinct: number } {
  let shared = 0;
  let other = 0;
  let place = false;
  for (const h of x.c) {
    if (!rp.c.includes(h)) continue;
    shared++;
    if (x.pl?.includes(h) || rp.pl?.includes(h)) place = true;
    else other++;
  }
  return { shared, distinct: other + (place ? 1 : 0) };
}

/** Two authors among these posts name one place (a word of their place names, a town or area reading). */
function placeSharedByTwo(posts: readonly RecentPost[]): boolean {
  for (let i = 0; i < posts.length; i++) {
    const x = posts[i] as RecentPost;
    if (!x.pl) continue;
    for (let j = i + 1; j < posts.length; j++) {
      const y = posts[j] as RecentPost;
      if (y.a !== x.a && y.pl?.some((h) => x.pl?.includes(h))) return true;
    }
  }
  return false;
}

/**
 * bgPerMs: expected background evidence per ms for this candidate (its area, its sources). burst: the newest post's
 * category has just begun to burst (burst.ts): many independent authors name it at once, against its own rate, which
 * is a first report and weight enough; the placed candidate still gives two authors telling one story and naming one
 * place. witnesses: the placed candidate of a point event holds the witnesses of its place (witnesses.ts), whom a
 * report of its category corroborates without shared words.
 */
export function checkTrigger(
  c: Candidate,
  rp: RecentPost,
  bgPerMs: number,
  burst = false,
  witnesses = false,
): TriggerCheck {
  const perAuthor = new Map<number, number>();
  const support: RecentPost[] = [];
  // Authors and texts that tell the same story (two shared content words, or the same text): only they corroborate.
  // A post sharing one word (often just the place: "attack in London" and "London attacker identified") adds weight, not a witness.
  const corroborating = new Set<number>();
  const texts = new Set<number>();
  const allTexts = new Set<number>();
  const placed = c.area !== '?';
  for (const x of c.recent) {
    // Beyond the window, only a report that names the same storm: a storm is one thing for hours, and two reports
    // naming it corroborate each other as long as a burst naming it would join its alert (PARAMS.mergeMs; the
    // window of a slow event keeps them that long: accumulate.ts). Unnamed posts stay within the window.
    if (rp.t - x.t > PARAMS.windowMs && !(x.n && rp.n?.some((h) => x.n?.includes(h)))) continue;
    // Talk about attackers or their ideology ("how many terrorists did you send") witnesses no attack, and weighs nothing.
    if (x.tp) continue;
    let f = 1;
    let story = true;
    // A felt report and a report of the same category that names it in one area's window tell one story: a quake has
    // no words to share beyond itself ("l'ho sentito!" and "6.1 quake, northern Italy"). Two felt reports still
    // share words: their place was read from a felt report alone, which says little about where the quake was. Not in
    // the unplaced pool: there the reports name no place at all, and a burst of them would alert nowhere.
    const felt = placed && (x.e === true) !== (rp.e === true) && x.k === rp.k;
    // Two reports naming one storm tell one story, in any language and wherever read: its name is what they share.
    const storm = x.n !== undefined && rp.n?.some((h) => x.n?.includes(h)) === true;
    // A point event's witnesses (witnesses.ts): a report of its category naming no place, within minutes of another,
    // tells its story whatever its words ("shots fired!" and "shooting at the station in Leeds").
    const witness =
      witnesses && placed && x.k === rp.k && Math.abs(x.t - rp.t) <= PARAMS.burstMs && (!x.pl || !rp.pl);
    if (x !== rp && x.dup !== rp.dup && !felt && !storm && !witness) {
      const { shared, distinct } = sharedWith(x, rp);
      if (shared === 0) continue;
      f = shared >= 2 ? 1 : 0.35;
      // Two reports that share only their place tell the same story when both tell; a question about a place
      // ("attack in Delhi, where were the police?") is commentary on it, not a second witness.
      story = distinct >= 2 || (!x.q && !rp.q);
    }
    support.push(x);
    perAuthor.set(x.a, Math.max(perAuthor.get(x.a) ?? 0, x.w * f));
    allTexts.add(x.dup);
    if (story) {
      corroborating.add(x.a);
      texts.add(x.dup);
    }
  }
  let score = 0;
  for (const v of perAuthor.values()) score += v;
  const need = PARAMS.baseThreshold + PARAMS.bgFactor * bgPerMs * PARAMS.windowMs;
  // An unplaced candidate has no background of its own to compare with: it needs more.
  const unplaced = !placed;
  const minAuthors = PARAMS.minAuthors + (unplaced ? 1 : 0);
  // One story copied by several accounts is not corroboration yet.
  // A pair must tell the same story; from three authors on, a burst around one place is corroboration enough.
  const corroborated =
    (corroborating.size >= minAuthors && texts.size >= 2) || (perAuthor.size >= Math.max(minAuthors, 3) && allTexts.size >= 2);
  const weighty = score >= need * (unplaced ? 1.5 : 1) && support.some((x) => x.s);
  const inBurst = burst && placed && corroborating.size >= 2 && texts.size >= 2 && placeSharedByTwo(support);
  // A point event's unplaced pool never alerts: its reports say what happened, not where (witnesses.ts places them).
  const point = PARAMS.pointFamilies.includes(familyOfCat(rp.k));
  const nowhere = unplaced && point;
  // Nor does a placed candidate none of whose posts of the newest one's category names a place: it would show the
  // place of posts that told something else (a background report of another category, half an hour before), as
  // witnesses of a place need a report of their category there (witnesses.ts).
  const unlocated = point && !support.some((x) => x.pl !== undefined && x.k === rp.k);
  const fired = !nowhere && !unlocated && corroborated && (weighty || inBurst);
  return { fired, support, authors: perAuthor.size, score, need, byBurst: fired && !weighty };
}
