/**
 * Scripts without capitals (Arabic, Hebrew, the Indic scripts, Thai...): nothing in how a word is written tells a name
 * from a word, so a common word that is also some town's name in that script ("how", "news", "city", "port") reads
 * as the town. What a writer of the script names by a bare word is mostly a place where the script is written or a
 * city the world's press writes about; a small town elsewhere needs more than the word (extract.ts admit()).
 * Han and kana go through the CJK reader (cjkMentions), not here.
 */
import type { Gazetteer } from './gazetteer';

/** The Arab states, and Persian, Dari, Urdu, Pashto; Israel's Arabic press names its towns. */
const ARABIC_SCRIPT_HOMES = 'AE BH DZ EG IQ JO KW LB LY MA OM PS QA SA SD SY TN YE MR SO DJ KM EH TD IL IR AF PK';
/** Where each caseless script is written (ISO 3166-1 alpha-2), by its first code point's block. */
const HOMES: readonly [from: number, to: number, countries: string][] = [
  // Arabic and its supplements and presentation forms.
  [0x0600, 0x06ff, ARABIC_SCRIPT_HOMES],
  [0x0750, 0x077f, ARABIC_SCRIPT_HOMES],
  [0xfb50, 0xfdff, ARABIC_SCRIPT_HOMES],
  [0xfe70, 0xfeff, ARABIC_SCRIPT_HOMES],
  [0x0590, 0x05ff, 'IL PS'],
  [0x0900, 0x097f, 'IN NP'],
  [0x0980, 0x09ff, 'BD IN'],
  [0x0a00, 0x0a7f, 'IN PK'],
  [0x0a80, 0x0dff, 'IN LK'],
  [0x0e00, 0x0e7f, 'TH'],
  [0x0e80, 0x0eff, 'LA'],
  [0x1000, 0x109f, 'MM'],
  [0x10a0, 0x10ff, 'GE'],
  [0x1200, 0x139f, 'ET ER'],
  [0x1780, 0x17ff, 'KH'],
];

const homes = new WeakMap<Gazetteer, (ReadonlySet<number> | undefined)[]>();

/** The gazetteer's indexes of the countries where the script of a word's first letter is written; null for a script with capitals (or CJK). */
export function scriptHome(g: Gazetteer, word: string): ReadonlySet<number> | null {
  const c = word.charCodeAt(0);
  if (c < 0x0590) return null;
  const b = HOMES.findIndex(([from, to]) => c >= from && c <= to);
  if (b < 0) return null;
  let sets = homes.get(g);
  if (!sets) {
    sets = [];
    homes.set(g, sets);
  }
  let set = sets[b];
  if (!set) {
    set = new Set((HOMES[b] as (typeof HOMES)[number])[2].split(' ').map((cc) => g.countryIndex(cc)));
    sets[b] = set;
  }
  return set;
}

/**
 * A town's population from which a bare word in a caseless script reads as it anywhere: the world's large cities are
 * written in every script.
 */
export const CASELESS_WORLD_CITY_POP = 1_000_000;
/** A town's population from which two Han characters read as it without its suffix (extract.ts cjkMentions). */
export const CASELESS_TOWN_POP = 100_000;
