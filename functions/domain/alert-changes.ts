/**
 * What changed between two versions of an alert: the one implementation the
 * engine (each version's `changes`, and whether a version is due at all) and
 * the API (the changes between the versions a reader may see) share.
 */
import { type Alert, CHANGE_FIELDS, type Change, type Level } from './alert';

/** The facts of a version that a change is judged on. */
export interface AlertFacts {
  level: Level;
  severity: number;
  category: string;
  /** The place's name, null when unplaced. */
  place: string | null;
  /** Deaths reported (0: none). */
  deaths: number;
  /** Earthquake magnitude (0: none). */
  magnitude: number;
  authors: number;
  /** Sources, sorted and joined. */
  sources: string;
}

/**
 * A re-notification is due only for these, or for a rise of severity (never
 * for author counts alone): a customer's entitlement has a minimum severity,
 * so a rise within a level (1 -> 2, 4 -> 5) is the first notice for some.
 */
export const MATERIAL_FIELDS: readonly Change['field'][] = ['level', 'category', 'place', 'deaths', 'magnitude'];

export function factsOf(
  a: Pick<Alert, 'level' | 'severity' | 'category' | 'location' | 'deaths' | 'magnitude' | 'authors' | 'sources'>,
): AlertFacts {
  return {
    level: a.level,
    severity: a.severity,
    category: a.category,
    place: a.location ? a.location.name : null,
    deaths: a.deaths ?? 0,
    magnitude: a.magnitude ?? 0,
    authors: a.authors,
    sources: [...a.sources].sort().join(', '),
  };
}

const show = (v: string | number | null): string => (v === null || v === 0 ? 'none' : String(v));

function inWords(field: Change['field'], from: string | number | null, to: string | number | null): string {
  switch (field) {
    case 'deaths':
      return from === 0 ? `at least ${to} dead` : `death toll ${show(from)} → ${show(to)}`;
    case 'place':
      return from === null ? `place found: ${show(to)}` : to === null ? 'place withdrawn' : `place refined to ${to}`;
    case 'magnitude':
      return from === 0 ? `magnitude ${show(to)}` : `magnitude ${show(from)} → ${show(to)}`;
    default:
      return `${field} ${show(from)} → ${show(to)}`;
  }
}

/** Every fact that differs, in CHANGE_FIELDS order; [] when there is no previous version. */
export function versionChanges(prev: AlertFacts | undefined, next: AlertFacts): Change[] {
  if (!prev) return [];
  const out: Change[] = [];
  for (const field of CHANGE_FIELDS) {
    const from = prev[field];
    const to = next[field];
    if (from !== to) out.push({ field, from, to, text: inWords(field, from, to) });
  }
  return out;
}

const severityRose = (c: Change): boolean => c.field === 'severity' && Number(c.to) > Number(c.from);

export const isMaterial = (changes: readonly Change[]): boolean =>
  changes.some((c) => MATERIAL_FIELDS.includes(c.field) || severityRose(c));

/** At most one re-notification per event per this much stream time, unless the severity (and with it maybe the level) rises. */
export const RENOTIFY_MIN_MS = 10 * 60_000;

/**
 * The re-notify policy: a new version only on a material change, and at most
 * one per RENOTIFY_MIN_MS of stream time since the last version unless the
 * severity rises (a rise is never held back: the level follows severity, and
 * for a customer whose minimum severity it reaches it is the first notice).
 */
export function renotifyDue(shown: AlertFacts, next: AlertFacts, shownAt: number, t: number): boolean {
  const changes = versionChanges(shown, next);
  if (!isMaterial(changes)) return false;
  return next.severity > shown.severity || t - shownAt >= RENOTIFY_MIN_MS;
}
