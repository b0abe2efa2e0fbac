/**
 * An alert's headline in words, made only from the event's structured facts
 * (category, kind of attack, place, deaths, casualties, magnitude, storm
 * name), never from post text: whatever language the posts were in, the
 * headline reads the same ("Shooting reported in Las Vegas, NV, US; at least
 * 20 dead", "Magnitude 6.1 earthquake felt near Amatrice, Italy").
 */
import type { Category } from './alert';

/** What kind of attack or storm the event's terms name (engine/event-kind.ts reads it from the lexicon's glosses). */
export type AttackKind = 'shooting' | 'stabbing' | 'bombing' | 'hostage';
export type StormKind = 'hurricane' | 'typhoon' | 'cyclone' | 'tornado';
export type EventKind = AttackKind | StormKind;

export interface HeadlineFacts {
  category: Category;
  /** A kind of its category (a shooting is an attack, a tornado a storm); another category's is ignored. */
  kind?: EventKind | undefined;
  place: { name: string; country?: string | undefined } | null;
  /** Deaths reported (0: none). */
  deaths: number;
  /** Injured or victims reported without a death toll. */
  casualties: boolean;
  /** Earthquake magnitude (0: none). */
  magnitude: number;
  /** The storm's name ("Haiyan"), when known. */
  storm?: string | undefined;
}

export const HEADLINE_MAX_CHARS = 300;

const WHAT: Record<Category, string> = {
  attack: 'Attack reported',
  explosion: 'Explosion reported',
  fire: 'Fire reported',
  earthquake: 'Earthquake felt',
  storm: 'Storm reported',
  flood: 'Flooding reported',
  crash: 'Crash reported',
  collapse: 'Building collapse reported',
  unrest: 'Unrest reported',
  other: 'Incident reported',
};

const ATTACK: Record<AttackKind, string> = {
  shooting: 'Shooting reported',
  stabbing: 'Stabbing attack reported',
  bombing: 'Bombing reported',
  hostage: 'Hostage situation reported',
};

const STORM: Record<StormKind, string> = {
  hurricane: 'Hurricane',
  typhoon: 'Typhoon',
  cyclone: 'Cyclone',
  tornado: 'Tornado',
};

const isAttackKind = (k: EventKind): k is AttackKind => k in ATTACK;
const isStormKind = (k: EventKind): k is StormKind => k in STORM;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/**
 * "Rotterdam, ZH, NL" reads "Rotterdam, ZH, Netherlands": the country code a
 * place name ends with becomes the country's name, except the US, where
 * "City, ST, US" is how places are written.
 */
export function placeInWords(place: { name: string; country?: string | undefined }): string {
  const name = place.name.trim();
  const cc = place.country?.toUpperCase();
  if (!cc || cc === 'US' || !/^[A-Z]{2}$/.test(cc)) return name;
  let country: string;
  try {
    country = regionNames.of(cc) ?? cc;
  } catch {
    return name;
  }
  if (name === cc) return country;
  return name.endsWith(`, ${cc}`) ? `${name.slice(0, -cc.length)}${country}` : name;
}

/** A country's name as it reads after "in": "the Philippines", "the United States", "Italy". */
function countryAfterIn(country: string): string {
  return /^(United|Republic|Central African)|(Islands|Republic|Emirates|Kingdom|States)$|^(Bahamas|Comoros|Gambia|Maldives|Netherlands|Philippines|Seychelles)$/.test(
    country,
  )
    ? `the ${country}`
    : country;
}

/** Whether the place is a whole country ("Bahamas", "BD"): an event is in it, not near it. */
function isCountry(place: { name: string; country?: string | undefined }): boolean {
  const cc = place.country?.toUpperCase();
  if (!cc || !/^[A-Z]{2}$/.test(cc)) return false;
  const name = place.name.trim();
  if (name === cc) return true;
  try {
    return name === regionNames.of(cc);
  } catch {
    return false;
  }
}

function casualties(f: HeadlineFacts): string {
  if (f.deaths > 0) return `; at least ${f.deaths} dead`;
  return f.casualties ? '; casualties reported' : '';
}

export function headlineOf(f: HeadlineFacts): string {
  const kind = f.kind;
  let what = f.category === 'attack' && kind && isAttackKind(kind) ? ATTACK[kind] : WHAT[f.category];
  if (f.category === 'earthquake' && f.magnitude > 0) what = `Magnitude ${f.magnitude.toFixed(1)} earthquake felt`;
  if (f.category === 'storm') {
    const storm = kind && isStormKind(kind) ? STORM[kind] : undefined;
    if (f.storm) what = `${storm ?? 'Storm'} ${f.storm} reported`;
    else if (storm) what = `${storm} reported`;
  }
  let where = '; place not yet known';
  if (f.place && isCountry(f.place)) where = ` in ${countryAfterIn(placeInWords(f.place))}`;
  else if (f.place)
    where = ` ${f.category === 'earthquake' || f.category === 'storm' ? 'near' : 'in'} ${placeInWords(f.place)}`;
  const line = `${what}${where}${casualties(f)}`;
  return line.length > HEADLINE_MAX_CHARS ? `${line.slice(0, HEADLINE_MAX_CHARS - 1)}…` : line;
}
