/**
 * An alert's headline in words, made only from the event's structured facts
 * (category, kind of attack, place, deaths, casualties, magnitude, storm
 * name), never from post text: whatever language the posts were in, the
 * headline reads the same ("Shooting reported in Las Vegas, NV, US; at least
 * 20 dead", "Magnitude 6.1 earthquake felt near Amatrice, Italy").
 */
import type { Category } from './alert';

/** What kind of attack the event's terms name (engine/facts.ts reads it from the lexicon's glosses). */
export type AttackKind = 'shooting' | 'stabbing' | 'bombing' | 'hostage';

export interface HeadlineFacts {
  category: Category;
  attackKind?: AttackKind | undefined;
  place: { name: string; country?: string | undefined } | null;
  /** Deaths reported (0: none). */
  deaths: number;
  /** Injured or victims reported without a death toll. */
  casualties: boolean;
  /** Earthquake magnitude (0: none). */
  magnitude: number;
  /** A named storm ("Typhoon Haiyan"), when known. */
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

function casualties(f: HeadlineFacts): string {
  if (f.deaths > 0) return `; at least ${f.deaths} dead`;
  return f.casualties ? '; casualties reported' : '';
}

export function headlineOf(f: HeadlineFacts): string {
  let what = f.category === 'attack' && f.attackKind ? ATTACK[f.attackKind] : WHAT[f.category];
  if (f.category === 'earthquake' && f.magnitude > 0) what = `Magnitude ${f.magnitude.toFixed(1)} earthquake felt`;
  if (f.category === 'storm' && f.storm) what = `${f.storm} reported`;
  const near = f.category === 'earthquake' || f.category === 'storm' ? 'near' : 'in';
  const where = f.place ? ` ${near} ${placeInWords(f.place)}` : '; place not yet known';
  const line = `${what}${where}${casualties(f)}`;
  return line.length > HEADLINE_MAX_CHARS ? `${line.slice(0, HEADLINE_MAX_CHARS - 1)}…` : line;
}
