/**
 * Witnesses of a point event (an attack, an explosion, a crash: PARAMS.pointFamilies). When something happens in
 * a city, most of the people who post first name no place ("shots fired, people running", "huge bang, the windows
 * shook"): they are where it happened and say what they heard, not where they are. Their posts wait in the
 * partition's unplaced pool, which cannot say where anything is and so never alerts on its own (trigger.ts); a
 * report of the same category that names a place, in the same minutes, says where they are.
 *
 * A placed candidate takes the pool's reports of a category posted within PARAMS.burstMs of one of its own reports
 * of it that name a place (two authors or more name it, neither asking nor talking about attackers: one post
 * naming a city in passing is no report of where the witnesses are), when they come from at least two authors in
 * at least two texts (independent voices, not one post and its retweets) and no other candidate reports that category at another place in those minutes
 * (nothing would say which place the witnesses are at). In its trigger window they corroborate its reports without
 * shared words (independent people word one event differently: trigger.ts); the weight, the first-report cue and
 * the background still decide. The pool keeps its posts.
 *
 * A quake's felt reports (adoptFelt, PARAMS.feltFamilies) are its witnesses the same way, by their eyewitness cue.
 */
import { witnessesBeyondRate } from './burst';
import { PARAMS } from './params';
import { addSource } from './accumulate';
import { CATS } from '../lexicon';
import { mainLang } from './speakers';
import type { Candidate, Head, RecentPost } from './state';

/**
 * Times of the candidate's reports of category k that name a place, within the trigger window before t, when two
 * authors or more give them. One post naming a city ("the shooting in Leeds last year", "police appeal after the
 * Leeds shooting") can be a passing mention, and its casualty or police words read as strong as a first report's.
 */
function placedReports(c: Candidate, k: number, t: number): number[] {
  const placed = c.recent.filter(
    (x) => x.k === k && x.pl !== undefined && !x.tp && !x.q && x.t <= t && t - x.t <= PARAMS.windowMs,
  );
  const voices = new Set(placed.map((x) => x.a)).size;
  return voices >= 2 ? placed.map((x) => x.t) : [];
}

/**
 * The languages most of each other candidate's posts of category k are written in, of those that report it at a place
 * in [from, t] (undefined: one with none known), or null when none does: the witnesses could be at either place.
 */
function otherPlaceLangs(
  head: Head,
  cands: ReadonlyMap<string, Candidate>,
  c: Candidate,
  k: number,
  from: number,
  t: number,
): Set<string | undefined> | null {
  let langs: Set<string | undefined> | null = null;
  for (const [ck] of head.active) {
    const d = cands.get(ck);
    if (!d || d === c || d.area === '?' || d.mergedInto || d.lastAt < from) continue;
    if (d.recent.some((x) => x.k === k && x.pl !== undefined && x.t >= from && x.t <= t))
      (langs ??= new Set()).add(mainLang(d, CATS[k] ?? ''));
  }
  return langs;
}

const twoVoices = (posts: readonly RecentPost[]): boolean =>
  new Set(posts.map((x) => x.a)).size >= 2 && new Set(posts.map((x) => x.dup)).size >= 2;

const inWindow = (c: Candidate, x: RecentPost): boolean => c.recent.some((y) => y.id === x.id && y.src === x.src);

/**
 * Whether the open placed candidate c's event of category k has witnesses at time t, and the pool's reports to add
 * to its window for it: the unplaced reports of k within PARAMS.burstMs of one of its reports of k that names a place
 * (in its window already, or in the pool), when they are two voices or more and c is the only place reported in
 * their minutes.
 */
export function witnessesOf(
  family: string,
  head: Head,
  cands: ReadonlyMap<string, Candidate>,
  c: Candidate,
  k: number,
  t: number,
): { witnessed: boolean; add: RecentPost[] } {
  const none = { witnessed: false, add: [] };
  if (!PARAMS.pointFamilies.includes(family) || c.area === '?' || c.alert || c.mergedInto) return none;
  // Two unplaced reports of a category in ten minutes are everyday talk on a real stream; more first-hand voices than
  // their own rate gives are news, and those are the witnesses.
  if (!witnessesBeyondRate(head, k, t)) return none;
  const placed = placedReports(c, k, t);
  if (placed.length === 0) return none;
  const near = (x: RecentPost): boolean =>
    x.k === k && !x.tp && x.t <= t && t - x.t <= PARAMS.windowMs && placed.some((y) => Math.abs(x.t - y) <= PARAMS.burstMs);
  // In its window already: the reports that name no place (unplaced posts that shared its words, witnesses taken before).
  const had = c.recent.filter((x) => x.pl === undefined && near(x));
  const add: RecentPost[] = [];
  for (const [ck] of head.active) {
    const pool = cands.get(ck);
    if (!pool || pool.alert || pool.area !== '?') continue;
    for (const x of pool.recent) if (near(x) && !inWindow(c, x) && !add.some((y) => y.id === x.id && y.src === x.src)) add.push(x);
  }
  const all = [...had, ...add];
  if (!twoVoices(all)) return none;
  const from = Math.min(...all.map((x) => x.t), ...placed) - PARAMS.burstMs;
  const others = otherPlaceLangs(head, cands, c, k, from, t);
  if (others === null) return { witnessed: true, add };
  // Another place reports the category in those minutes: the witnesses could be at either, but for those who write a
  // language this place's reports are written in and no other place's mostly are (people who write Spanish are no
  // witnesses of a place reported in Japanese, whatever English chatter it has, and the Japanese witnesses of those
  // minutes are not this place's). The other place's majority decides: a post's language is often misread, and a
  // place's reports carry international chatter.
  const own = new Set(c.recent.filter((x) => x.k === k && x.pl !== undefined && x.t >= from && x.t <= t).map((x) => x.l));
  const ours = (x: RecentPost): boolean => x.l !== undefined && own.has(x.l) && !others.has(x.l) && !others.has(undefined);
  return twoVoices(all.filter(ours)) ? { witnessed: true, add: add.filter(ours) } : none;
}

/**
 * The open placed candidates that a report of category k naming no place, at time t, could witness: those with a
 * report of k naming a place within PARAMS.burstMs before it.
 */
export function placedNear(head: Head, cands: ReadonlyMap<string, Candidate>, k: number, t: number): Candidate[] {
  const out: Candidate[] = [];
  for (const [ck] of head.active) {
    const c = cands.get(ck);
    if (!c || c.alert || c.mergedInto || c.area === '?' || t - c.lastAt > PARAMS.burstMs) continue;
    if (c.recent.some((x) => x.k === k && x.pl !== undefined && x.t <= t && t - x.t <= PARAMS.burstMs)) out.push(c);
  }
  return out;
}

/**
 * A placed candidate of a felt family takes the first-hand reports that named no place from its partition's open
 * unplaced pool, within its trigger window: a quake is felt over a wide area at once, so the "felt it!" posts of the
 * minutes around its first placed report are its witnesses (PARAMS.feltFamilies; trigger.ts says whom they
 * corroborate). They join the trigger window only (and name their source); the pool keeps them.
 */
export function adoptFelt(head: Head, cands: ReadonlyMap<string, Candidate>, c: Candidate, t: number): number {
  const alerted = recentlyAlerted(head, cands, t, c);
  let taken = 0;
  for (const [ck] of head.active) {
    const pool = cands.get(ck);
    // A pool merged into an alert holds that alert's reports.
    if (!pool || pool === c || pool.alert || pool.area !== '?' || pool.mergedInto) continue;
    const felt = pool.recent.filter(
      (x) => x.e === true && t - x.t <= PARAMS.windowMs && x.t <= t && !inWindow(c, x) && !heardByAny(alerted, x, c, t),
    );
    takeIntoWindow(c, felt);
    taken += felt.length;
  }
  return taken;
}

/**
 * Minutes after a quake was alerted, its felt reports are that quake's (routing.ts route, findMerge): not witnesses of
 * another place's talk of quakes. Whose they are says the language they are written in (a quake is felt, and
 * reported first, where it shakes): those in the alert's main language (or either unknown) are its own; a burst in
 * another language is another quake's. In its language too when `c`, the place that would take them, is a newer
 * quake (newerQuake).
 */
export function heardByAny(alerted: readonly Candidate[], x: RecentPost, c?: Candidate, t: number = x.t): boolean {
  return alerted.some((d) => {
    if (!d.alert) return true;
    const main = mainLang(d, d.alert.category);
    if (x.l !== undefined && main !== undefined && main !== x.l) return false;
    // A newer quake's witnesses came after the alerted one's first minutes, and write its people's language.
    const first = d.alert.firstSeenAt;
    const newer = c !== undefined && x.t > first + PARAMS.burstMs && mainLang(c, d.alert.category) === x.l;
    return !(newer && newerQuake(c, first, x.k, t));
  });
}

/**
 * Candidate c is a quake of its own beside one first reported at `first`: it began after that quake's first minutes
 * (PARAMS.burstMs: a quake is felt over its whole area within them) and two authors or more report category k at its
 * place in the minutes before t (one post naming a city can be a passing mention).
 */
export function newerQuake(c: Candidate, first: number, k: number, t: number): boolean {
  if (c.startedAt <= first + PARAMS.burstMs) return false;
  const placed = c.recent.filter((x) => x.k === k && x.pl !== undefined && x.t <= t && t - x.t <= PARAMS.burstMs);
  return new Set(placed.map((x) => x.a)).size >= 2;
}

/** The candidates other than `but` alerted within the trigger window before t. */
export function recentlyAlerted(
  head: Head,
  cands: ReadonlyMap<string, Candidate>,
  t: number,
  but?: Candidate,
): Candidate[] {
  const out: Candidate[] = [];
  for (const [ck] of head.active) {
    const d = cands.get(ck);
    if (d && d !== but && d.alert && t - d.alert.firstSeenAt <= PARAMS.windowMs) out.push(d);
  }
  return out;
}

/** Posts of the unplaced pool join a candidate's trigger window (and name their source there); the pool keeps them. */
export function takeIntoWindow(c: Candidate, posts: readonly RecentPost[]): void {
  if (posts.length === 0) return;
  for (const x of posts) {
    c.recent.push(x);
    addSource(c, x.src);
  }
  c.recent.sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (c.recent.length > PARAMS.recentCap) c.recent.splice(0, c.recent.length - PARAMS.recentCap);
}
