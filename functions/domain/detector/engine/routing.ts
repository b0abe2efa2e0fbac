/**
 * Routing: which candidate event of its partition an evidence post joins,
 * and whether a triggering burst is in fact an event already alerted. Both
 * go by compatibility with the event (time, shared content, the distance
 * between where the post was read and the event's place), not by the post's
 * own area key: a noisy place reading does not split an event, and a post
 * of another place does not join one.
 */
import type { Category } from '../../alert';
import { baseRadiusKm, distKm, entityLatLon, gazetteer, type HeldPlace, validRef } from '../../places';
import { hashStr } from '../hash';
import { CATS } from '../lexicon';
import type { Evidence } from './evidence';
import { FAMILY_OF, PARAMS } from './params';
import { placeOf } from './alert';
import { mainLang } from './speakers';
import type { AlertMark, Candidate, Head } from './state';
import { newerQuake } from './witnesses';

const WEATHER = FAMILY_OF.storm;

/** How many of the post's content words the candidate has heard at least `min` times (the same text counts as one). */
function sharedContent(c: Candidate, p: Evidence, min: number): number {
  let n = c.recent.some((r) => r.dup === p.dupKey) ? 1 : 0;
  // A number key reads the same property as its string (as countCapped writes them), without building one.
  for (const h of p.content) if ((c.content[h] ?? 0) >= min) n++;
  return n;
}

/**
 * Shared words an unplaced post needs to join an alerted event (no place says whether it is this one): one, plus one
 * for each trigger window the event has been quiet, plus one for each idle period (PARAMS.idleMs) it has lived. The
 * later and the quieter the event, the likelier an unplaced post of its family is about another one that began since
 * (a school shooting eight hours after another), and the more it must share with this one to be taken for it.
 */
function wordsToTie(c: Candidate, t: number): number {
  const age = t - (c.alert?.firstSeenAt ?? c.startedAt);
  return 1 + Math.floor(Math.max(0, t - c.lastAt) / PARAMS.windowMs) + Math.floor(Math.max(0, age) / PARAMS.idleMs);
}

/** Every place name given was already a vote in the event (none given: false): read there too, and outvoted. */
function namesHeardIn(c: Candidate, names: readonly string[]): boolean {
  return names.length > 0 && names.every((k) => c.places.v.some((e) => e.k === k));
}

/**
 * The storm the event goes by (the name its posts keep giving: "Hurricane
 * Dorian") is named by the post too, as a storm ("Dorian, stronger than
 * Irma") or, naming none, as a word (#Dorian). One storm, wherever the post
 * was read (weather only: a storm is reported along its whole track).
 */
function namesStorm(c: Candidate, names: readonly string[], content: readonly number[]): boolean {
  if (names.length > 0) return names.some((n) => goesBy(c, n));
  const own = c.places.n?.[0];
  return own !== undefined && spellings(own).some((x) => content.includes(hashStr(x)));
}

/** A storm's name and its possessive written without the apostrophe ("Hurricane Irmas eye"). */
function spellings(name: string): string[] {
  return name.length > 4 && name.endsWith('s') ? [name, name.slice(0, -1)] : [name, `${name}s`];
}

/**
 * The event's posts named this storm, as a storm or as a word they repeat ("First bands of Irma over South
 * Florida"); one post saying "worse than Omar" does not make the event go by Omar.
 */
function goesBy(c: Candidate, name: string): boolean {
  const own = c.places.n ?? [];
  return spellings(name).some((x) => own.includes(x) || amongTopContent(c, String(hashStr(x))));
}

/**
 * A word the event repeats: heard in more than one of its posts, and fewer than ten of its content words more often
 * (one pass, no sort: ties are all in).
 */
function amongTopContent(c: Candidate, h: string): boolean {
  const n = c.content[h] ?? 0;
  if (n < 2) return false;
  let above = 0;
  for (const k in c.content) if ((c.content[k] as number) > n && ++above >= 10) return false;
  return true;
}

/** The event's ten most repeated content words: what it is about, not every word one of its posts said. */
function topContent(c: Candidate): string[] {
  return Object.entries(c.content)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, 10)
    .map((x) => x[0]);
}

/** The post names storms, none of them one the event's posts named: it is about another storm and never joins it, whatever it shares. */
function namesOtherStorm(c: Candidate, names: readonly string[]): boolean {
  return (c.places.n ?? []).length > 0 && names.length > 0 && !names.some((n) => goesBy(c, n));
}

/** Two readings that can be one event of this category: within both radii plus PARAMS.sameEventKm. */
function near(category: string, a: HeldPlace, b: HeldPlace): boolean {
  const g = gazetteer();
  if (!validRef(g, a.r) || !validRef(g, b.r)) return true;
  const p = entityLatLon(g, a.r);
  const q = entityLatLon(g, b.r);
  return distKm(p.lat, p.lon, q.lat, q.lon) <= a.km + b.km + (PARAMS.sameEventKm[category] ?? 50);
}

function readingOf(ref: number): HeldPlace | null {
  const g = gazetteer();
  return ref >= 0 && validRef(g, ref) ? { r: ref, s: 0, km: baseRadiusKm(g, ref) } : null;
}

/**
 * Where the post was read relative to a place: near it, far from it, or one of them is unknown. A reading the post
 * is not sure of (no area key: a faint or split vote, "Fuerte sismo" read as Fuerte, Philippines, "Servicio
 * Geológico de Estados Unidos") says as little as none: the post is unplaced here too, not far.
 */
function relation(place: HeldPlace | null, p: Evidence): 'near' | 'far' | 'unknown' {
  const here = p.place && p.place.key !== '?' ? readingOf(p.place.best) : null;
  if (!place || !here) return 'unknown';
  return near(CATS[p.cat] ?? 'other', place, here) ? 'near' : 'far';
}

/**
 * The candidate a post (at time t, coarse area `area`) belongs to:
 * - an alerted event active within PARAMS.mergeMs that it fits: read near
 *   the event's place and sharing content, or unplaced and sharing as many
 *   words as the event's age and quiet ask (wordsToTie) (or, in the event's
 *   area within PARAMS.sameEventMs, of its category); read far from it only
 *   when it shares content and every place name it was read by is already a
 *   vote in the event (a wrong reading the event's own posts made too);
 * - else (weather) the open placed candidate, active within PARAMS.mergeMs,
 *   whose posts named a storm the post names, wherever it was read: a storm
 *   is one thing along its track before it is alerted too;
 * - else an open candidate of its area whose posts' place (its anchor) is
 *   near where it was read; an unplaced post the open candidate it shares
 *   content with (placed ones within PARAMS.attachMs), else the open
 *   unplaced one.
 * Undefined: the post opens a new candidate.
 */
export function route(
  head: Head,
  cands: ReadonlyMap<string, Candidate>,
  family: string,
  p: Evidence,
  t: number,
  area: string,
): Candidate | undefined {
  let alerted: Candidate | undefined;
  let open: Candidate | undefined;
  let openShared: Candidate | undefined;
  let named: Candidate | undefined;
  const stormNames = family === WEATHER ? (p.place?.names ?? []) : [];
  for (const [ck] of head.active) {
    const c = cands.get(ck);
    if (!c) continue;
    if (t - c.lastAt > PARAMS.idleMs) continue;
    if (c.alert) {
      if (t - c.lastAt > PARAMS.mergeMs) continue;
      const shared = sharedContent(c, p, 2);
      const rel = relation(c.alert.place, p);
      // A regional event (quake, weather) owns its whole area: a post of that area read far from its held place is still
      // its own; a quake's only within a trigger window of its first report (it is felt over its area at once).
      const farOff = rel === 'far' && !(c.area === area && !PARAMS.pointFamilies.includes(family) && feltAt(c.alert, family, t));
      const names = p.place?.names ?? [];
      if (family === WEATHER && namesOtherStorm(c, names)) continue;
      if (rel === 'unknown' && PARAMS.feltFamilies.includes(family) && !feltThere(head, cands, c, c.alert, p, t)) continue;
      const fits =
        (family === WEATHER && namesStorm(c, names, p.content)) ||
        (farOff
          ? shared > 0 && namesHeardIn(c, p.place?.votes.map((v) => v.k) ?? [])
          : shared >= (rel === 'unknown' ? wordsToTie(c, t) : 1) ||
            (c.area === area &&
              t - c.lastAt <= PARAMS.sameEventMs &&
              CATS[p.cat] === c.alert.category &&
              (area !== '?' || speaksAs(c, c.alert, p.lang))));
      if (fits && (!alerted || c.lastAt > alerted.lastAt)) alerted = c;
    } else if (c.mergedInto && PARAMS.feltFamilies.includes(family)) {
      // A quake pool merged into an alert takes no more posts: the alert takes those that fit it (above), and a later
      // quake's felt reports start a pool of their own, which its placed reports can adopt (witnesses.ts adoptFelt
      // never takes a merged pool's). Through the pool, every quake post would feed the first alert, and keep it
      // active for as long as any came.
      continue;
    } else if (
      stormNames.length > 0 &&
      c.area !== '?' &&
      t - c.lastAt <= PARAMS.mergeMs &&
      stormNames.some((n) => (c.places.n ?? []).some((x) => spellings(n).includes(x)))
    ) {
      if (!named || c.lastAt > named.lastAt) named = c;
    } else if (c.area === area) {
      if (area !== '?' && PARAMS.pointFamilies.includes(family) && relation(c.anchor, p) === 'far') continue;
      if (!open || c.lastAt > open.lastAt) open = c;
    } else if (area === '?' && t - c.lastAt <= PARAMS.attachMs && sharedContent(c, p, 1) > 0) {
      if (!openShared || c.lastAt > openShared.lastAt) openShared = c;
    }
  }
  return alerted ?? named ?? openShared ?? open;
}

/** Two candidates' posts of a category are mostly in one language, or one of them has none known. */
function sameMainLang(c: Candidate, d: Candidate, cat: Category): boolean {
  const a = mainLang(c, cat);
  const b = mainLang(d, cat);
  return a === undefined || b === undefined || a === b;
}

/**
 * An unplaced post joins an alert that holds no place by its category alone only when it is written in the
 * language most of the alert's posts are (or either is unknown): the felt reports of one quake are written where it
 * was felt, and a burst in another language minutes later is another quake.
 */
function speaksAs(c: Candidate, alert: AlertMark, lang: string): boolean {
  if (alert.place || lang === 'und') return true;
  const main = mainLang(c, alert.category);
  return main === undefined || main === lang;
}

/** A felt family's alert is being felt (within a trigger window of its first report); any other family's always is. */
function feltAt(alert: AlertMark, family: string, t: number): boolean {
  return !PARAMS.feltFamilies.includes(family) || t - alert.firstSeenAt <= PARAMS.burstMs;
}

/** The placed candidates, alerted or not, with a report of category k naming a place within PARAMS.burstMs before t. */
function reportedAt(head: Head, cands: ReadonlyMap<string, Candidate>, k: number, t: number): Candidate[] {
  const out: Candidate[] = [];
  for (const [ck] of head.active) {
    const d = cands.get(ck);
    if (!d || d.mergedInto || d.area === '?' || t - d.lastAt > PARAMS.burstMs) continue;
    if (d.recent.some((x) => x.k === k && x.pl !== undefined && x.t <= t && t - x.t <= PARAMS.burstMs)) out.push(d);
  }
  return out;
}

/**
 * A quake's felt report that names no place ("did anyone else feel that??") is the alerted quake's while it is talked
 * of: within a trigger window of its latest post (people who felt a big one keep saying so for hours; after three
 * quarters of an hour without a word of it, "it's shaking!" is another quake, or an aftershock to alert of). Unless a
 * quake is reported at another place in the report's language in its minutes, and either the alert's posts are
 * mostly in another language (a quake felt where two languages are spoken keeps the reports of both) or that place
 * is a newer quake (witnesses.ts newerQuake): then it is that place's witness (witnesses.ts adoptFelt).
 */
function feltThere(
  head: Head,
  cands: ReadonlyMap<string, Candidate>,
  c: Candidate,
  alert: AlertMark,
  p: Evidence,
  t: number,
): boolean {
  if (!p.eyewitness) return true;
  if (t - c.lastAt > PARAMS.windowMs) return false;
  const others = reportedAt(head, cands, p.cat, t).filter((d) => d !== c && mainLang(d, alert.category) === p.lang);
  if (!speaksAs(c, { ...alert, place: null }, p.lang)) return others.length === 0;
  return !others.some((d) => newerQuake(d, alert.firstSeenAt, p.cat, t));
}

/**
 * A burst that would trigger but is an event already alerted: the latest
 * alerted candidate of the same category, active within PARAMS.mergeMs,
 * sharing at least two of its top ten content words, and near its place
 * (or placed only by names the event's own posts were read by); for a felt
 * family, within a trigger window of the event's first report, any burst not
 * far from it (or unplaced), whatever its words.
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
  // An unplaced pool's votes are faint readings of hours of unrelated posts, which its alert drops (alert.ts
  // openAlert): its burst has no place here either.
  const here = c.area === '?' ? null : placeOf(c);
  // The storms the burst goes by: names more than one of its posts gave ("Hurricane Omar" twice), not a word one
  // post happened to write after a storm word ("storm Oh, what a night", "#StormHour").
  const names = (c.places.n ?? []).filter((n) => (c.nameCounts[n] ?? 0) >= 2);
  for (const [ck] of head.active) {
    const d = cands.get(ck);
    if (!d || d === c || !d.alert || t - d.lastAt > PARAMS.mergeMs) continue;
    // A burst naming the storm an alerted weather event goes by is that storm, wherever it was read and whether its posts say storm or flood.
    const storm = FAMILY_OF[cat] === WEATHER && FAMILY_OF[d.alert.category] === WEATHER && namesStorm(d, names, content);
    if (storm) {
      if (!best || d.lastAt > best.lastAt) best = d;
      continue;
    }
    if (d.alert.category !== cat || (FAMILY_OF[cat] === WEATHER && namesOtherStorm(d, names))) continue;
    const far = here !== null && d.alert.place !== null && !near(cat, here, d.alert.place);
    // A quake is felt over a wide area at once, and "it's shaking!" in any language shares no words with it: within a
    // trigger window of its first report, a burst of its category that names no place, or a place within its reach
    // (PARAMS.sameEventKm), is that quake, and so is a placed burst after its unplaced felt reports were alerted.
    // Where one side has no place, only the language its people write says whether they felt the same quake: a
    // quake felt in Japanese and one felt in Spanish a quarter of an hour later are two.
    const unplaced = here === null || d.alert.place === null;
    if (
      !far &&
      (!unplaced || (here === null && t - d.alert.firstSeenAt <= PARAMS.feltAnyLanguageMs) || sameMainLang(c, d, cat)) &&
      PARAMS.feltFamilies.includes(FAMILY_OF[cat] ?? '') &&
      t - d.alert.firstSeenAt <= PARAMS.windowMs
    ) {
      if (!best || d.lastAt > best.lastAt) best = d;
      continue;
    }
    const top = topContent(d);
    if (content.filter((h) => top.includes(String(h))).length < 2) continue;
    if (far && !namesHeardIn(d, c.places.v.map((e) => e.k))) continue;
    if (!best || d.lastAt > best.lastAt) best = d;
  }
  return best;
}
