/**
 * Alert building: where a triggered candidate becomes an alert version.
 * openAlert() marks the candidate alerted (version 1), escalate() decides
 * whether a later post makes a new version, buildAlert() writes the version
 * from the candidate's accumulators.
 */
import type { Alert, Category, PostExcerpt } from '../../alert';
import { type AlertFacts, isMaterial, RENOTIFY_MIN_MS, renotifyDue, versionChanges } from '../../alert-changes';
import { postUrl } from '../../excerpt';
import { headlineOf } from '../../headline';
import { gazetteer, type HeldPlace, holdPlace, locationOf, resolveEventVotes } from '../../places';
import { hashStr } from '../hash';
import { CAT_INDEX, NCATS, toCategory } from '../lexicon';
import { authorCount } from './accumulate';
import { FAMILY_OF, PARAMS } from './params';
import { eventKindOf } from './event-kind';
import { corroboratedDeaths } from './representative';
import type { AlertMark, Candidate, RecentPost } from './state';

function severityOf(c: Candidate, cat: Category): number {
  let s = 1;
  const n = authorCount(c);
  if (n >= 5) s++;
  if (n >= 20) s++;
  if (c.maxDeaths >= 1 || c.casualtyPosts >= Math.max(2, 0.3 * c.posts)) s++;
  if (c.maxDeaths >= 10) s++;
  if (cat === 'earthquake') {
    if (c.maxMagnitude >= 6) s++;
    if (c.maxMagnitude >= 7) s++;
  }
  return Math.max(1, Math.min(5, s));
}

function levelOf(sev: number): Alert['level'] {
  return sev >= 4 ? 'flash' : sev === 3 ? 'urgent' : 'alert';
}

/** The significance-weighted vote of the event's posts (an explosion with bomb/attack terms is an attack). */
export function categoryOf(c: Candidate): Category {
  let best = -1;
  let bv = 0;
  for (let k = 0; k < NCATS; k++) {
    const v = c.catVotes[k] as number;
    if (v > bv) {
      bv = v;
      best = k;
    }
  }
  const att = c.catVotes[CAT_INDEX.attack] as number;
  if (best === CAT_INDEX.explosion && att >= 0.25 * bv) best = CAT_INDEX.attack;
  return toCategory(best);
}

/** The place an alert shows after this post: the event's votes resolved, held against what the alert already shows. */
export function placeOf(c: Candidate): HeldPlace | null {
  const g = gazetteer();
  return holdPlace(g, c.alert?.place ?? null, resolveEventVotes(g, c.places), c.places);
}

/**
 * The alert id: what the event is (family, the coarse area its candidate
 * pools, the PARAMS.idSlotMs slot of its first report), not which post
 * happened to trigger it. Retries, batch cuts and the order in which two
 * workers apply neighbouring messages change which post triggers and which
 * posts are in the window then, so an id derived from them (the first
 * report's post id, as before) changed with them; the event's area and slot
 * change only when its first report moves across a slot boundary. A second
 * event of the same family, area and slot (one still active in the
 * partition holds the id) gets the id of its first report instead.
 */
export function alertIdOf(family: string, area: string, first: RecentPost, taken: (id: string) => boolean): string {
  const slot = Math.floor(first.t / PARAMS.idSlotMs);
  const id = hashedId(`${family}|${area}|${slot}`);
  return taken(id) ? hashedId(`${family}|${area}|${first.src}|${first.id}`) : id;
}

function hashedId(basis: string): string {
  return `alrt-${hashStr(basis).toString(36)}-${hashStr(basis, 7).toString(36)}`;
}

export function earliest(posts: readonly RecentPost[], fallback: RecentPost): RecentPost {
  return posts.reduce((m, x) => (x.t < m.t || (x.t === m.t && x.id < m.id) ? x : m), fallback);
}

/** Version 1: the window's supporting posts become the evidence. */
export function openAlert(
  c: Candidate,
  family: string,
  support: RecentPost[],
  rp: RecentPost,
  authors: number,
  taken: (id: string) => boolean,
): void {
  c.evidence = support;
  // An unplaced pool's votes are the faint readings of hours of unrelated posts that named no place clearly (a
  // country read from a common word): none of them is this event's. Its place comes from the posts that join it.
  if (c.area === '?') c.places = { ...c.places, v: [] };
  const first = earliest(support, rp);
  const cat = categoryOf(c);
  c.alert = {
    alertId: alertIdOf(family, c.area, first, taken),
    version: 1,
    severity: severityOf(c, cat),
    authors,
    category: cat,
    place: placeOf(c),
    firstSeenAt: first.t,
    shown: null,
    shownAt: 0,
    held: false,
  };
}

/**
 * A later post of an alerted event: true when it makes a new version. The
 * event's own view (category with hysteresis, severity, held place) follows
 * every post, as routing reads it; a version is written only on a material
 * change against what the last version showed (level, deaths, place,
 * magnitude, category, a severity rise: never an author count alone), at most
 * once per RENOTIFY_MIN_MS of stream time unless severity rises (alert-changes.ts).
 */
export function escalate(c: Candidate, rp: RecentPost): boolean {
  const m = c.alert;
  if (!m) return false;
  c.evidence.push(rp);
  c.evidence.sort(byRepresentativeness);
  if (c.evidence.length > PARAMS.evidenceCap) c.evidence.length = PARAMS.evidenceCap;
  let cat = categoryOf(c);
  // Hysteresis: re-categorise only on a clear majority (no flip-flopping versions).
  if (cat !== m.category && cat !== 'other' && m.category !== 'other') {
    const now = c.catVotes[CAT_INDEX[cat as keyof typeof CAT_INDEX]] ?? 0;
    const was = c.catVotes[CAT_INDEX[m.category as keyof typeof CAT_INDEX]] ?? 0;
    const bombing = m.category === 'attack' && cat === 'explosion';
    if (bombing || now < 2 * was) cat = m.category;
  }
  // The held place's record (support, radius) follows the votes even without a new version.
  m.place = placeOf(c);
  m.severity = Math.max(m.severity, severityOf(c, cat));
  m.category = cat;
  return newVersionDue(c, m, rp.t);
}

/**
 * A held-back change whose 10 minutes have passed (at stream time t):
 * 'version' when it makes a new version now, 'dropped' when the change is
 * no longer material (the mark changed either way). The partition asks this of its events
 * with each post it reads, so a change held back goes out even when its own
 * event has gone quiet.
 */
export function releaseHeld(c: Candidate, t: number): 'version' | 'dropped' | 'none' {
  const m = c.alert;
  if (!m?.held || t - m.shownAt < RENOTIFY_MIN_MS) return 'none';
  return newVersionDue(c, m, t) ? 'version' : 'dropped';
}

function newVersionDue(c: Candidate, m: AlertMark, t: number): boolean {
  const shown = m.shown;
  if (shown) {
    const next = factsNow(c, m, locationOf(gazetteer(), m.place ?? NO_PLACE));
    if (!renotifyDue(shown, next, m.shownAt, t)) {
      m.held = isMaterial(versionChanges(shown, next));
      return false;
    }
  }
  m.held = false;
  m.version++;
  m.authors = authorCount(c);
  return true;
}

const NO_PLACE = { r: -1, s: 0, km: 0 };

function byRepresentativeness(x: RecentPost, y: RecentPost): number {
  return y.r - x.r || x.t - y.t || (x.id < y.id ? -1 : 1);
}

function topTerms(c: Candidate, n: number): string[] {
  return Object.entries(c.terms)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([k]) => k);
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

type Loc = ReturnType<typeof locationOf>;

/** The facts a version built now would show (what changes are judged on). */
function factsNow(c: Candidate, m: AlertMark, loc: Loc): AlertFacts {
  return {
    level: levelOf(m.severity),
    severity: m.severity,
    category: m.category,
    place: loc ? loc.name : null,
    deaths: corroboratedDeaths(c),
    magnitude: magnitudeOf(c, m.category),
    authors: authorCount(c),
    sources: [...c.sources].sort().join(', '),
  };
}

const magnitudeOf = (c: Candidate, cat: Category): number =>
  cat === 'earthquake' && c.maxMagnitude > 0 ? Math.round(c.maxMagnitude * 10) / 10 : 0;

/** The storm's name its posts gave ("Haiyan"), for a weather event. */
function stormOf(c: Candidate): string | undefined {
  if (FAMILY_OF[c.alert?.category ?? 'other'] !== FAMILY_OF.storm) return undefined;
  // The name most of its posts gave, heard from at least three and at least half of all names given.
  const counts = Object.entries(c.nameCounts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const total = counts.reduce((s, [, n]) => s + n, 0);
  const top = counts[0];
  const name = top && top[1] >= 3 && top[1] * 2 >= total ? top[0] : undefined;
  return name && /^[\p{L}][\p{L}' -]{1,30}$/u.test(name)
    ? name.replace(/(^|[ -])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())
    : undefined;
}

function excerptOfRep(c: Candidate): PostExcerpt | undefined {
  const r = c.rep;
  if (!r || r.text === '') return undefined;
  const handle = r.handle || undefined;
  const url = postUrl(r.src, r.id, handle);
  return {
    id: r.id,
    source: r.src,
    text: r.text,
    lang: r.lang,
    ...(handle ? { handle } : {}),
    ...(url ? { url } : {}),
  };
}

/**
 * The alert version the candidate holds now (at post time t). `sources` is
 * every source that went into the candidate (c.sources), not only the cited
 * evidence: a bar on any of them withholds the version.
 */
export function buildAlert(c: Candidate, t: number, extra: Record<string, number>): Alert {
  const m = c.alert;
  if (!m) throw new Error(`candidate ${c.key} has no alert to build`);
  const ev = [...c.evidence].sort(byRepresentativeness).slice(0, PARAMS.evidenceCap);
  c.evidence = ev;
  const loc = m.place ? locationOf(gazetteer(), m.place) : null;
  const terms = topTerms(c, 6);
  const facts = factsNow(c, m, loc);
  const changes = versionChanges(m.shown ?? undefined, facts);
  m.shown = facts;
  m.shownAt = t;
  const post = excerptOfRep(c);
  return {
    alertId: m.alertId,
    version: m.version,
    category: m.category,
    severity: m.severity,
    level: levelOf(m.severity),
    title: headlineOf({
      category: m.category,
      kind: eventKindOf(m.category, c.terms),
      place: loc,
      deaths: facts.deaths,
      casualties: c.casualtyPosts >= 2,
      magnitude: facts.magnitude,
      storm: stormOf(c),
    }),
    location: loc,
    firstSeenAt: new Date(m.firstSeenAt).toISOString(),
    triggeredAt: new Date(t).toISOString(),
    evidence: ev.map((e) => e.id),
    sources: [...c.sources].sort(),
    authors: authorCount(c),
    posts: c.posts,
    terms,
    ...(facts.deaths > 0 ? { deaths: facts.deaths } : {}),
    ...(facts.magnitude > 0 ? { magnitude: facts.magnitude } : {}),
    ...(post ? { post } : {}),
    changes,
    scoreParts: {
      ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, round(v)])),
      meanSignificance: round(ev.reduce((s, e) => s + e.r, 0) / Math.max(1, ev.length)),
      eyewitness: c.eyewitness,
      credibleSources: c.credible,
      casualtyPosts: c.casualtyPosts,
      maxDeaths: c.maxDeaths,
      magnitude: c.maxMagnitude,
    },
  };
}
