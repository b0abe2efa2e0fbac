/**
 * Everyday words of a post's language that are also some place's name: Portuguese "Gente, ..." (folks) is Gent's,
 * Belgium; Turkish "Aman, ..." (oh no) Amman's; Polish "O Boże" (oh God) a Chinese city's alternate name; Arabic
 * "مدان" (convicted) Medan's. An interjection or a vocative before a comma looks like the "Paris, 3 dead" of a
 * headline. Written in that language, such a word names a place where the language is at home (its press names its
 * own towns), never one abroad unless a preposition or a qualifier says so ("em Gent", "Gent, Bélgica"): a foreign
 * town's news is written in its own language too. The same bound as a bare word of a script without capitals
 * (scripts.ts), by word rather than by script.
 *
 * The words: the language's seed lexicon (function words and terms: detector/seeds) and its most frequent words in
 * lower case in the language streams of the data (data/everyday.json, `npm run places:everyday`). English is written
 * in every country: no word of it is bounded so.
 */
import { SEEDS } from '../detector/seeds';
import words from './data/everyday.json' with { type: 'json' };
import type { Gazetteer } from './gazetteer';
import { foldWord } from './text';

/**
 * Where each language is at home (ISO 3166-1 alpha-2): the countries whose own press writes it. English: none, it is
 * written everywhere. Arabic-script languages as scripts.ts has them.
 */
const HOMES: Readonly<Record<string, string>> = {
  fr: 'FR BE CH LU MC CA HT SN CI ML BF NE GN BJ TG CM CD CG GA CF TD MG DJ KM RW BI MU SC NC PF RE GP MQ GF YT PM BL MF WF',
  es: 'ES MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY GQ',
  de: 'DE AT CH LI LU BE IT',
  it: 'IT SM VA CH',
  pt: 'PT BR AO MZ CV GW ST TL MO',
  nl: 'NL BE SR AW CW SX BQ',
  tl: 'PH',
  tr: 'TR CY',
  id: 'ID',
  pl: 'PL',
  ar: 'AE BH DZ EG IQ JO KW LB LY MA OM PS QA SA SD SY TN YE MR SO DJ KM EH TD IL',
  fa: 'IR AF TJ',
  ru: 'RU BY KZ KG UA MD',
  uk: 'UA',
  hi: 'IN NP',
  el: 'GR CY',
  ko: 'KR KP',
  ja: 'JP',
  zh: 'CN TW HK MO SG',
  he: 'IL PS',
  ur: 'PK IN',
  bn: 'BD IN',
};

/** The country codes where the language is at home; null for English and unknown languages (no bound). */
export function homeCountries(lang: string): readonly string[] | null {
  const h = HOMES[lang];
  return h ? h.split(' ') : null;
}

/** The seed lexicon's words of one language (folded; a phrase's words one by one, a stem as written). */
function seedWords(lang: string): string[] {
  const seed = SEEDS.find((s) => s.lang === lang);
  if (!seed) return [];
  const out: string[] = seed.function.split(/\s+/).filter(Boolean);
  for (const list of Object.values(seed.terms) as string[])
    for (const term of list.split(/\s+/)) {
      const head = /^[^*!:@=]+/u.exec(term)?.[0];
      if (head) out.push(...head.split('_').filter((w) => w !== '#'));
    }
  return out.map(foldWord).filter((w) => w.length > 0);
}

const EVERYDAY = words as Readonly<Record<string, readonly string[]>>;
const byLang = new Map<string, ReadonlySet<string>>();
const homesOf = new WeakMap<Gazetteer, Map<string, ReadonlySet<number>>>();

/** The language's everyday words (folded keys). */
export function everydayWords(lang: string): ReadonlySet<string> {
  let set = byLang.get(lang);
  if (!set) {
    set = homeCountries(lang) ? new Set([...(EVERYDAY[lang] ?? []), ...seedWords(lang)]) : new Set<string>();
    byLang.set(lang, set);
  }
  return set;
}

/**
 * The gazetteer's indexes of the countries where `lang` is at home when `key` is one of its everyday words: what a
 * post in it may name by the word. null when the word is no everyday word of the language (or the language has no
 * bound).
 */
export function everydayHome(g: Gazetteer, key: string, lang: string | undefined): ReadonlySet<number> | null {
  if (lang === undefined || !everydayWords(lang).has(key)) return null;
  let perG = homesOf.get(g);
  if (!perG) {
    perG = new Map();
    homesOf.set(g, perG);
  }
  let set = perG.get(lang);
  if (!set) {
    set = new Set((homeCountries(lang) ?? []).map((cc) => g.countryIndex(cc)).filter((i) => i >= 0));
    perG.set(lang, set);
  }
  return set;
}
