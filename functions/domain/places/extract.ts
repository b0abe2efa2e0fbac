/**
 * Place mentions in one post, disambiguated with what the post itself says:
 * population and feature prior, co-mentioned areas ("Aurora, Colorado"),
 * "City, ST" patterns, nearby co-mentioned places, the post's own geo; traps
 * (facility names, model codes, all-caps and sentence-initial words, common
 * words) drop or weaken a mention; posts listing many far-apart places weigh
 * less per place.
 */

import { hashStr } from '../detector/hash';
import { Scan, TOK } from '../detector/scan';
import {
  BEARING,
  CJK_FACILITY,
  CJK_NEAR,
  CJK_PART,
  CJK_PLACE_SUFFIX,
  CUE,
  CUE_BITS,
  cueOf,
  DISTANCE_UNITS,
  FACILITY_AFTER_2,
  isCallSign,
  NOT_LOCATIVE_IN_ENGLISH,
  OF,
  PART_AFTER,
  PART_BEFORE,
  PART_COMPASS,
  PART_NEEDS_OF,
  PART_NORTH_SOUTH,
  PART_PREFIX,
} from './cues';
import {
  admin1OfRef,
  contains,
  countryOfRef,
  latOf,
  lonOf,
  partOf,
  type Ref,
  ref,
  refIndex,
  refType,
  regionPop,
} from './entity';
import { everydayHome } from './everyday';
import { type Gazetteer, withinKm } from './gazetteer';
import {
  EntityType,
  KEY_AREA,
  KEY_AREA_GENERIC,
  KEY_GENERIC,
  KEY_NAMES,
  KEY_PREFIX,
  NameKind,
  PlaceRank,
  postingIndex,
  postingKind,
  postingType,
} from './layout';
import { PART_ADJECTIVE } from './regions';
import { resolveVotes } from './resolve';
import { CASELESS_TOWN_POP, CASELESS_WORLD_CITY_POP, scriptHome } from './scripts';
import { Case, foldWord, Tokens } from './text';

/** What the extractor needs besides the gazetteer: which single words are mostly common words (model side data, stopwords, lexicon terms). */
export interface PlaceContext {
  g: Gazetteer;
  /** `hash`, in both tests: hashStr(key), when the caller has it (a token's scan hash), for the context's caches. */
  isCommon(key: string, hash?: number): boolean;
  /** Words naming the kind of event ("hurricane", "explosion"): a town of that name ("Hurricane, Utah") only with its state. */
  isEventWord(key: string, hash?: number): boolean;
  /** Words that are no storm's name: mostly lower case in the training text, or a term of the lexicon ("Warning", "Damage"). */
  isNoName(key: string, hash?: number): boolean;
}

/** One place mention of a post: up to 3 readings with their probabilities, and the mention's weight. */
export interface PlaceVote {
  /** The mention's folded name (votes of the same name merge across posts). */
  k: string;
  /** Entity refs (entity.ts), most probable first. */
  c: Ref[];
  /** Their probabilities (sum 1). */
  p: number[];
  /** Weight of the mention (1 = a plain capitalised name). */
  w: number;
}

/** The places of a post. */
export interface PostPlace {
  votes: PlaceVote[];
  /** The post's single best reading (-1 when it has only names). */
  best: Ref;
  /** Words the post uses as a storm's name ("Sandy" of "Hurricane Sandy"): not places anywhere in the event. */
  names: string[];
  /** Coarse area key of the best reading: the country, or country-admin1 in countries wider than 1000 km. */
  key: string;
}

interface Mention {
  start: number;
  end: number;
  key: string;
  /** Postings usable here (name kinds allowed by the case and pattern rules). */
  refs: Ref[];
  kinds: NameKind[];
  w: number;
  /** Area constraint from a "City, ST" / "City, Country" pattern on this mention. */
  within: Ref[];
  /** This mention is the ", ST" of a pattern (it supports the preceding mention, and is not a vote of its own). */
  qualifier: boolean;
  scores: number[];
  /** A locative preposition, a comma pattern or an all-caps/title-case text: cues the mention has (see score()). */
  cued: boolean;
  /** Capitals mark nouns as well as names here (German, Title Case): a lone capitalised word is a weak name. */
  nounCaps: boolean;
  /** A generic word ("West", "Central"): a place only with its area ("West, Texas") or when large. */
  generic: boolean;
  /** Written as a reference point ("near Y", "west of Y", "70 km from Y"): the event is near it, not at it (referencePoints()). */
  reference: boolean;
}

const MAX_WORDS = 6;
/** Readings of one name kept for the context to reorder (by prior). */
const MAX_READINGS = 8;
/** Postings of a name read at most (see admit). */
const MAX_POSTINGS = 24;

function dayNumber(s: string | undefined): boolean {
  if (s === undefined || s.length === 0 || s.length > 2) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
/** Below this population a one-word name needs a cue or support to count. */
const SMALL_POP = 15000;
/** Weight factor of a faint reading: a small town nothing in the post supports, a name held only by attribution. */
const FAINT = 0.15;
/** Vote mass a post needs behind its area to open a candidate there (a faint mention does not). */
const MIN_KEY_MASS = 0.5;
const MAX_VOTES = 4;

/** Scratch of the extraction (synchronous: one post at a time). */
const TOKENS = new Tokens();
/** Tokens that are lower-case one-word hashtags of the post being read (see extractFromScan). */
let TAG_NAME = new Uint8Array(64);
/** Fewest people a place read from a lower-case hashtag has: a hamlet's name is more often a word ("#flee": Flée, 578). */
const TAG_MIN_POP = 1000;
/** Token i's case, a lower-case one-word hashtag as a capitalised word (for the token's own reading only). */
const caseOf = (t: Tokens, i: number): Case => (TAG_NAME[i] === 1 ? Case.Cap : (t.cases[i] as Case));
const TEXT_SCAN = new Scan();

/** Extracts and disambiguates the place mentions of a post's text (scanned as the detector scans posts). */
export function extractPlaces(
  text: string,
  ctx: PlaceContext,
  geo?: { lat: number; lon: number },
  lang?: string,
): PostPlace | null {
  return extractFromScan(TEXT_SCAN.scan(text, true), ctx, geo, lang);
}

/** extractPlaces() of a post the detector's scanner has read (its words, folded keys and hashes are reused). */
export function extractFromScan(
  scan: Scan,
  ctx: PlaceContext,
  geo?: { lat: number; lon: number },
  lang?: string,
): PostPlace | null {
  const g = ctx.g;
  const t = TOKENS.read(scan);
  const n = t.n;
  let latin = 0;
  let upper = 0;
  let caps = 0;
  for (let i = 0; i < n; i++) {
    if (t.cases[i] === Case.None) continue;
    latin++;
    if (t.cases[i] === Case.Upper) upper++;
    else if (t.cases[i] === Case.Cap) caps++;
  }
  const allCaps = latin >= 3 && upper / latin > 0.6;
  // Title Case Headlines capitalise every word: capitals say less there.
  const titleCase = latin >= 6 && (caps + upper) / latin > 0.7;
  // A lower-case hashtag of one word ("#lithgow", "#bahamas") is written as a name: it reads as a capitalised word
  // does (common and event words, "#fire", "#home", still need a cue), for itself only: to the words around it, it is
  // no capital ("#hits: Tacloban" is no longer name "Hits Tacloban").
  if (TAG_NAME.length < n) TAG_NAME = new Uint8Array(2 * n);
  for (let i = 0; i < n; i++) TAG_NAME[i] = t.cases[i] === Case.Lower && wholeHashtag(t, i) ? 1 : 0;
  for (let i = 0; i < n; i++) {
    const cue = cueOf(t, i);
    t.cue[i] =
      lang === 'en' && (cue & CUE.locative) !== 0 && NOT_LOCATIVE_IN_ENGLISH.has(t.key(i)) ? cue & ~CUE.locative : cue;
  }
  const mentions: Mention[] = [];
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    if (t.cjk(i)) {
      cjkMentions(t.raw(i), i, g, mentions);
      continue;
    }
    if (stormNameAt(t, i, ctx, titleCase || allCaps)) {
      // "Hurricane Irma's eye": the name without its possessive.
      const name = (t.scan.stemLen[i] as number) > 0 ? t.stem(i) : t.key(i);
      if (!names.includes(name)) names.push(name);
    }
    if (!worthLookup(t, i, ctx)) continue;
    const m = matchAt(t, i, g, lang);
    if (!m) continue;
    const mention = admit(
      t,
      m.start,
      m.end,
      m.ki,
      m.key,
      ctx,
      allCaps,
      titleCase || lang === 'de',
      mentions,
      names,
      m.dir ?? -1,
      m.proclitic,
      lang,
    );
    if (mention) mentions.push(mention);
    // A trapped name takes its facility word with it ("Paris Street": "Street" is no town either).
    i = mention === null ? m.end - 1 + facilityAfter(t, m.end, !allCaps && !titleCase && lang !== 'de') : m.end - 1;
  }
  if (geo) {
    const near = g.nearestPlace(geo.lat, geo.lon, 30);
    if (near >= 0)
      mentions.push({
        start: -1,
        end: -1,
        key: '@geo',
        refs: [ref(EntityType.Place, near)],
        kinds: [NameKind.Primary],
        w: 1.5,
        within: [],
        qualifier: false,
        scores: [],
        cued: true,
        nounCaps: false,
        generic: false,
        reference: false,
      });
  }
  // A name repeated in a post ("... near Manchester #Manchester") is one mention; the storm's name ("#Sandy" after "Hurricane Sandy") none.
  const real: Mention[] = [];
  for (let q = 0; q < mentions.length; q++) {
    const m = mentions[q] as Mention;
    if (m.qualifier || m.refs.length === 0 || names.includes(m.key)) continue;
    const same = real.find((x) => x.key === m.key);
    if (!same) real.push(m);
    else {
      same.w = Math.max(same.w, m.w);
      same.within.push(...m.within);
    }
  }
  if (real.length === 0) return names.length > 0 ? { votes: [], best: -1, key: '?', names } : null;
  score(real, g, geo);
  for (let q = 0; q < real.length; q++) offsetMention(t, real[q] as Mention, g);
  referencePoints(real, t, g);
  const votes: PlaceVote[] = [];
  for (let q = 0; q < real.length; q++) {
    const m = real[q] as Mention;
    if (m.w <= 0) continue;
    const order = topReadings(m, 3);
    const top = m.scores[order[0] as number] as number;
    // Pushed onto literals, not built by map(): a literal's allocation site learns to hold doubles, where map()'s
    // arrays start as small integers and are converted on the first fraction (per array, on every gated post).
    const ps: number[] = [];
    for (let q = 0; q < order.length; q++) ps.push(10 ** ((m.scores[order[q] as number] as number) - top));
    let sum = 0;
    for (let q = 0; q < ps.length; q++) sum += ps[q] as number;
    const c: Ref[] = [];
    const p: number[] = [];
    for (let q = 0; q < order.length; q++) {
      c.push(m.refs[order[q] as number] as Ref);
      p.push(Math.round(((ps[q] as number) / sum) * 1000) / 1000);
    }
    votes.push({ k: m.key, c, p, w: m.w });
  }
  if (votes.length === 0) return names.length > 0 ? { votes: [], best: -1, key: '?', names } : null;
  listDiscount(votes, g);
  votes.sort((a, b) => b.w - a.w || (a.k < b.k ? -1 : 1));
  if (votes.length > MAX_VOTES) votes.length = MAX_VOTES;
  // The post's own reading: its votes resolved as an event's are (hierarchy and coherence included); one sure mention is its own reading.
  const only = votes.length === 1 ? votes[0] : undefined;
  const own = only ? null : resolveVotes(g, { v: votes }, 0);
  const best = own ? own.ref : ((votes[0] as PlaceVote).c[0] as Ref);
  return { votes, best, key: confidentKey(g, votes, best), names };
}

/**
 * A storm's own name ("Hurricane Dorian", "typhoon Haiyan"), whether or not
 * a place shares it: the name the event goes by (routing.ts joins its posts
 * read anywhere). Capitalised, in running text, and no common or event word
 * ("Storm Warning", "Hurricane Season" are no names).
 */
function stormNameAt(t: Tokens, i: number, ctx: PlaceContext, capsSayLittle: boolean): boolean {
  if (i === 0 || capsSayLittle || t.commaAfter[i - 1] || ((t.cue[i - 1] as number) & CUE.named) === 0) return false;
  if (t.cases[i] !== Case.Cap || ((t.cue[i] as number) & CUE.named) !== 0) return false;
  const key = t.key(i);
  const h = t.hash(i);
  return key.length >= 3 && !ctx.isCommon(key, h) && !ctx.isEventWord(key, h) && !ctx.isNoName(key, h);
}

/**
 * Whether token i can start a name admit() would take, decided without the
 * gazetteer's big tables (they are out of cache in the scoring loop): a
 * lower-case word only when it can start an area's name or follows a
 * preposition; a capitalised common word only when a capitalised word, a
 * comma or a preposition is next to it.
 */
function worthLookup(t: Tokens, i: number, ctx: PlaceContext): boolean {
  const c = caseOf(t, i);
  const cued = i > 0 && ((t.cue[i - 1] as number) & (CUE.locative | CUE.near | CUE.placeNoun)) !== 0;
  if (c === Case.Lower) return (t.scan.fLen[i] as number) >= 4 && (cued || ctx.g.isLowerKey(t.hash(i)));
  // The word test last: it needs the word as a string and a lookup, the other conditions only flags.
  if (c !== Case.Cap || cued || t.commaAfter[i] || t.cases[i + 1] === Case.Cap || t.cases[i + 1] === Case.Upper)
    return true;
  return !ctx.isCommon(t.key(i), t.hash(i));
}

/** The longest gazetteer key starting at token i (an inner-apostrophe stem as a fallback: "Ankara'da", "Boston's"). */
function matchAt(
  t: Tokens,
  i: number,
  g: Gazetteer,
  lang: string | undefined,
): { start: number; end: number; ki: number; key: string; dir?: number; proclitic?: boolean } | null {
  let best: { start: number; end: number; ki: number; key: string } | null = null;
  let key = t.key(i);
  const h0 = t.hash(i);
  // Short lower-case words ("in", "the", "was") start no name admit() would take.
  if (key.length < 4 && caseOf(t, i) === Case.Lower) return null;
  let ki = g.find(key, h0);
  if (ki < 0 && (t.scan.stemLen[i] as number) > 0) {
    key = t.stem(i);
    ki = g.find(key);
    return ki >= 0 && (g.keyFlags(ki) & KEY_NAMES) !== 0 ? { start: i, end: i + 1, ki, key } : null;
  }
  if (ki < 0) {
    if (caseOf(t, i) !== Case.Cap) return inflected(t, i, g, lang);
    return (
      partCompound(key, i, g) ??
      inflected(t, i, g, lang) ??
      (lang === 'pl' ? polishStem(key, i, g) : lang === 'de' ? germanCityAdjective(t, key, i, g) : null)
    );
  }
  // Lower case: only area names ("in florida", "new york"), the only lower-case mentions admit() takes.
  const lower = caseOf(t, i) === Case.Lower;
  if (lower && (g.keyFlags(ki) & (KEY_AREA | KEY_PREFIX)) === 0) return null;
  if ((g.keyFlags(ki) & KEY_NAMES) !== 0) best = { start: i, end: i + 1, ki, key };
  let h = h0;
  for (let j = i + 1; j < t.n && j - i < MAX_WORDS; j++) {
    if ((g.keyFlags(ki) & KEY_PREFIX) === 0 || t.commaAfter[j - 1] || t.cjk(j)) break;
    // FNV runs on: the hash of "a b" continues the hash of "a" with a space and "b".
    const spaced = Math.imul(h ^ 32, 0x01000193) >>> 0;
    const longer = `${key} ${t.key(j)}`;
    const hl = hashStr(t.key(j), spaced);
    const k2 = g.find(longer, hl);
    if (k2 < 0) {
      const stem = t.stem(j);
      const k3 = stem ? g.find(`${key} ${stem}`) : -1;
      if (k3 >= 0 && (g.keyFlags(k3) & KEY_NAMES) !== 0) best = { start: i, end: j + 1, ki: k3, key: `${key} ${stem}` };
      break;
    }
    key = longer;
    ki = k2;
    h = hl;
    if (lower && t.cases[j] !== Case.Lower) break;
    // A multi-word name: its last word must look like a name too ("New York", not "New york times" in running text).
    if ((g.keyFlags(ki) & KEY_NAMES) !== 0 && (t.cases[j] !== Case.Lower || t.cases[i] === Case.Lower))
      best = { start: i, end: j + 1, ki, key };
  }
  return best;
}

/** "Norditalien", "Nordirak", "Ostukraine": a direction written onto an area's name (German compounds). */
function partCompound(
  key: string,
  i: number,
  g: Gazetteer,
): { start: number; end: number; ki: number; key: string; dir: number } | null {
  for (let q = 0; q < PART_PREFIX.length; q++) {
    const [prefix, dir] = PART_PREFIX[q] as [string, number];
    if (!key.startsWith(prefix) || key.length - prefix.length < 4) continue;
    const rest = key.slice(prefix.length);
    const ki = g.find(rest);
    if (ki >= 0 && (g.keyFlags(ki) & KEY_AREA) !== 0) return { start: i, end: i + 1, ki, key: rest, dir };
    return null;
  }
  return null;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Token i is a whole hashtag (one word: no other word of the same hashtag touches it). */
function wholeHashtag(t: Tokens, i: number): boolean {
  const f = t.scan.flags;
  if (((f[i] as number) & TOK.tag) === 0) return false;
  const e = t.scan.end;
  const c = t.scan.text.charCodeAt((t.scan.start[i] as number) - 1);
  if (c !== 35 && c !== 0xff03) return false;
  // The hashtag goes on after it ("#winmalee_fire", "#fire2013"): a word of a longer hashtag.
  const d = t.scan.text.charCodeAt(e[i] as number);
  return !(
    d === 95 ||
    (d >= 48 && d <= 57) ||
    (d >= 65 && d <= 90) ||
    (d >= 97 && d <= 122) ||
    (d >= 128 && WORD_CHAR.test(String.fromCharCode(d)))
  );
}

/**
 * The direction of a part of the area named at [start, end): a word before it ("northern Italy", "NW Bahamas", "the
 * north of Iraq", "el sur de México", "north east England", "شمال العراق") or an adjective after it ("Italia
 * settentrionale", "Irak utara"); -1 when none. An offset ("200 km north of X") is no part.
 */
function partDir(t: Tokens, start: number, end: number): number {
  if (end < t.n && !t.commaAfter[end - 1]) {
    const d = PART_AFTER.get(t.key(end));
    if (d !== undefined && t.cases[end] !== Case.Upper) return d;
  }
  let k = start - 1;
  let of = false;
  for (let skipped = 0; k >= 0 && skipped < 2 && !t.commaAfter[k]; skipped++) {
    const w = t.key(k);
    if (OF.has(w) || w === 'of' || w === 'della' || w === 'van') of = true;
    else if (!ARTICLES.has(w)) break;
    k--;
  }
  if (k < 0 || t.commaAfter[k]) return -1;
  const w = t.key(k);
  let d = PART_BEFORE.get(w);
  if (d === undefined && t.cases[k] === Case.Upper) d = PART_COMPASS.get(w);
  if (d === undefined || (PART_NEEDS_OF.has(w) && !of) || distanceBefore(t, k) !== null) return -1;
  if ((d === 2 || d === 6) && k > 0 && !t.commaAfter[k - 1]) {
    const ns = PART_NORTH_SOUTH.get(t.key(k - 1));
    if (ns !== undefined) d = ns === 0 ? (d === 2 ? 1 : 7) : d === 2 ? 3 : 5;
  }
  return d;
}
const ARTICLES = new Set(['the', 'la', 'le', 'el', 'il', 'lo', 'der', 'die', 'das', 'dem', 'des', 'het', 'o', 'a']);

const CYRILLIC = /^[\p{Script=Cyrillic}]+$/u;
const HANGUL = /^[\p{Script=Hangul}]+$/u;
const HEBREW = /^[\p{Script=Hebrew}]+$/u;
const ARABIC = /^[\p{Script=Arabic}]+$/u;
const GREEK = /^[\p{Script=Greek}]+$/u;
const BENGALI = /^[\p{Script=Bengali}]+$/u;
/** Korean particles written onto a name ("서울에서" in Seoul, "서울의" of Seoul), longest first. */
const KO_PARTICLES = [
  '에서도',
  '에서의',
  '에서는',
  '에서',
  '에게',
  '에는',
  '에도',
  '으로',
  '까지',
  '부터',
  '에',
  '의',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '로',
  '도',
  '와',
  '과',
];
/** "서울역": the station of Seoul is in Seoul (stations are where they are named after). */
const KO_STATION = '역';

/** A Korean name with its particle (and a station word) written on: "서울에서", "서울역에서". */
function koreanStem(w: string, g: Gazetteer): { ki: number; key: string } | null {
  for (const p of ['', ...KO_PARTICLES]) {
    if (!w.endsWith(p)) continue;
    let stem = w.slice(0, w.length - p.length);
    for (let k = 0; k < 2 && stem.length >= 2; k++) {
      if (stem !== w) {
        const ki = g.find(stem);
        if (ki >= 0 && (g.keyFlags(ki) & KEY_NAMES) !== 0) return { ki, key: stem };
      }
      if (!stem.endsWith(KO_STATION)) break;
      stem = stem.slice(0, -KO_STATION.length);
    }
  }
  return null;
}

/**
 * Hebrew prefixes written onto a name (folded), shortest first: a preposition (ב in, ל to, מ from), "and" (ו), "that"
 * (ש) and their usual combinations ("ומחיפה" and from Haifa). Not the article ה: names take none; nor כ "as", seldom
 * on a name and the first letter of many words ("כיוון", direction, is no כ + יוון Greece). Only these sequences:
 * "מלחמה" (war) is no מ + ל + a name.
 */
const HE_PREFIXES = ['ב', 'ל', 'מ', 'ו', 'ש', 'וב', 'ול', 'ומ', 'שב', 'של', 'שמ', 'ושב', 'ושמ'];
/** Bengali case endings (folded: decomposed), longest first: locative "ঢাকায়", "চট্টগ্রামে", "ঢাকাতে"; genitive "ঢাকার", "চট্টগ্রামের". */
const BN_ENDINGS = ['য়ের', 'ের', 'এর', 'তে', 'য়', 'র', 'ে'].map(foldWord);

/** A Hebrew name with its prefixes, a Bengali one with its case ending: the name the gazetteer holds. */
function* hebrewNames(w: string): Generator<string> {
  for (const p of HE_PREFIXES) if (w.startsWith(p) && w.length - p.length >= 2) yield w.slice(p.length);
}

/**
 * Arabic proclitics written onto a name (folded), longest first: the prepositions ب (in, at) and ل (to, for), the
 * conjunctions و and ف, ك (as), with the article: "بالقاهرة" in Cairo is ب + القاهرة, "للقاهرة" to Cairo is ل + القاهرة
 * (the article's alef dropped), "وخان يونس" and Khan Yunis. Those with ب or ل are prepositions: a cue, as "في" is.
 */
const AR_PROCLITICS: readonly [prefix: string, article: boolean, locative: boolean][] = [
  ['وبال', true, true],
  ['فبال', true, true],
  ['وال', true, false],
  ['فال', true, false],
  ['بال', true, true],
  ['كال', true, false],
  ['لل', true, true],
  ['وب', false, true],
  ['ول', false, true],
  ['فب', false, true],
  ['فل', false, true],
  ['ب', false, true],
  ['ل', false, true],
  ['و', false, false],
  ['ف', false, false],
];
/** An Arabic name under its proclitics: its possible written forms (arabicLocative: whether a preposition was written on). */
function* arabicNames(w: string): Generator<string> {
  for (const [p, article] of AR_PROCLITICS) {
    if (!w.startsWith(p) || w.length - p.length < 3) continue;
    const rest = w.slice(p.length);
    // "بالمدينة" in the city, "بالصور" in the pictures: a word under the proclitic, no name (nor its bare form).
    if (article && notNameWord(`ال${rest}`)) continue;
    if (article) yield `ال${rest}`;
    if (!notNameWord(rest)) yield rest;
  }
}
const notNameWord = (w: string): boolean => ((CUE_BITS.get(w) ?? 0) & (CUE.placeNoun | CUE.newsWord)) !== 0;
function arabicLocative(w: string, stem: string): boolean {
  for (const [p, article, locative] of AR_PROCLITICS)
    if (w.startsWith(p) && (stem === w.slice(p.length) || (article && stem === `ال${w.slice(p.length)}`)))
      return locative;
  return false;
}

/**
 * A name under its prefixes (Hebrew, Arabic), of up to three words ("בתל אביב" in Tel Aviv, "מבאר שבע" from
 * Beersheba, "وخان يونس" and Khan Yunis), the longest first.
 */
function prefixedName(
  t: Tokens,
  i: number,
  stems: Iterable<string>,
  g: Gazetteer,
): { start: number; end: number; ki: number; key: string; stem: string } | null {
  for (const stem of stems) {
    let words = 1;
    while (words < 3 && i + words < t.n && !t.commaAfter[i + words - 1] && !t.cjk(i + words)) words++;
    for (; words >= 1; words--) {
      let key = stem;
      for (let k = 1; k < words; k++) key += ` ${t.key(i + k)}`;
      if (words === 1 && key.length < 3) continue;
      const ki = g.find(key);
      if (ki >= 0 && (g.keyFlags(ki) & KEY_NAMES) !== 0) return { start: i, end: i + words, ki, key, stem };
    }
  }
  return null;
}
/**
 * Greek case endings (folded: no accents, final sigma as σ): "της Θεσσαλονίκης", "της Αθήνας" are Θεσσαλονίκη, Αθήνα;
 * "του Ηρακλείου" Ηράκλειο, "του Βόλου" and "στον Βόλο" Βόλος; "των Ιωαννίνων" Ιωάννινα.
 */
function* greekNominatives(w: string): Generator<string> {
  if (w.endsWith('σ')) yield w.slice(0, -1);
  if (w.endsWith('ου')) {
    yield w.slice(0, -1);
    yield `${w.slice(0, -1)}σ`;
  }
  if (w.endsWith('ων')) yield `${w.slice(0, -2)}α`;
  if (w.endsWith('ο') || w.endsWith('η') || w.endsWith('α')) yield `${w}σ`;
}
/** The nasal a Devanagari anusvara stands for before a consonant of each class (velar, palatal, retroflex, dental, labial). */
const DEVANAGARI_NASAL: readonly [from: number, to: number, nasal: string][] = [
  [0x915, 0x918, 'ङ'],
  [0x91a, 0x91d, 'ञ'],
  [0x91f, 0x922, 'ण'],
  [0x924, 0x927, 'न'],
  [0x92a, 0x92d, 'म'],
];
const VIRAMA = '्';
const ANUSVARA = 'ं';
/**
 * Hindi writes a nasal before a consonant either way: as an anusvara ("इंदौर", "मुंबई") or as the nasal letter with
 * a virama ("इन्दौर", "मुम्बई"); GeoNames holds one. The word with each written the other way.
 */
function* devanagariSpellings(w: string): Generator<string> {
  let out = '';
  let changed = false;
  for (let k = 0; k < w.length; k++) {
    const ch = w[k] as string;
    const next = w.charCodeAt(k + 1);
    if (ch === ANUSVARA) {
      const nasal = DEVANAGARI_NASAL.find(([from, to]) => next >= from && next <= to)?.[2];
      if (nasal) {
        out += nasal + VIRAMA;
        changed = true;
        continue;
      }
    } else if (
      w[k + 1] === VIRAMA &&
      DEVANAGARI_NASAL.some(([from, to, n]) => n === ch && w.charCodeAt(k + 2) >= from && w.charCodeAt(k + 2) <= to)
    ) {
      out += ANUSVARA;
      k++;
      changed = true;
      continue;
    }
    out += ch;
  }
  if (changed) yield out;
}
function* bengaliNames(w: string): Generator<string> {
  for (const e of BN_ENDINGS) if (w.endsWith(e) && w.length - e.length >= 3) yield w.slice(0, w.length - e.length);
}

/** Russian (and other Slavic) case endings: "в Москве" is Москва, "в Казани" Казань, "в Петербурге" Петербург; Korean particles; Hebrew prefixes; Arabic proclitics; Bengali endings. */
function inflected(
  t: Tokens,
  i: number,
  g: Gazetteer,
  lang: string | undefined,
): { start: number; end: number; ki: number; key: string; proclitic?: boolean } | null {
  const w = t.key(i);
  const c = w.charCodeAt(0);
  if (c >= 0x620 && c <= 0x64a) {
    // Arabic's proclitics, not Persian's or Urdu's words ("باہر", outside, is no ب + a name).
    if (lang !== 'ar' || w.length < 4 || !ARABIC.test(w)) return null;
    const m = prefixedName(t, i, arabicNames(w), g);
    return m ? { start: m.start, end: m.end, ki: m.ki, key: m.key, proclitic: arabicLocative(w, m.stem) } : null;
  }
  if (c >= 0xac00 && c <= 0xd7a3 && w.length >= 3 && HANGUL.test(w)) {
    const k = koreanStem(w, g);
    return k ? { start: i, end: i + 1, ...k } : null;
  }
  if (c >= 0x5d0 && c <= 0x5ea) return w.length >= 3 && HEBREW.test(w) ? prefixedName(t, i, hebrewNames(w), g) : null;
  if (c >= 0x980 && c <= 0x9ff) return w.length >= 4 && BENGALI.test(w) ? firstName(bengaliNames(w), i, g) : null;
  if (c >= 0x3b1 && c <= 0x3c9) return w.length >= 4 && GREEK.test(w) ? firstName(greekNominatives(w), i, g) : null;
  if (c >= 0x900 && c <= 0x97f) return w.length >= 3 ? firstName(devanagariSpellings(w), i, g) : null;
  if (w.length < 4 || c < 0x400 || c > 0x4ff || !CYRILLIC.test(w)) return null;
  return slavicStem(w, i, g);
}

/**
 * The Cyrillic word's stem with a nominative ending that is a name. Apart from inflected(), which runs for every
 * word the gazetteer lacks: its early returns then compile small, and these loops (Cyrillic words only) on their own.
 */
function slavicStem(
  w: string,
  i: number,
  g: Gazetteer,
): { start: number; end: number; ki: number; key: string } | null {
  return firstName(slavicNominatives(w), i, g);
}
function* slavicNominatives(w: string): Generator<string> {
  for (const stem of [w.slice(0, -1), w.slice(0, -2)])
    for (const end of ['', 'а', 'я', 'ь', 'о', 'ы', 'и']) {
      const key = stem + end;
      if (key !== w && key.length >= 3) yield key;
    }
  // Ukrainian towns in -ів/-їв open the vowel in their other cases: "Києва", "у Києві" (Київ, folded киів), "Львова",
  // "у Львові" (Львів), "Миколаєва" (Миколаїв), "Чернігова" (Чернігів).
  for (const end of UK_IV_CASES)
    if (w.endsWith(end) && w.length - end.length >= 2) yield `${w.slice(0, -end.length)}ів`;
}
const UK_IV_CASES = ['овом', 'євом', 'ова', 'ові', 'ову', 'єва', 'єві', 'єву'];

/** The first of these keys that is a place name in the gazetteer, as a one-word match at token i. */
function firstName(
  keys: Iterable<string>,
  i: number,
  g: Gazetteer,
): { start: number; end: number; ki: number; key: string } | null {
  for (const key of keys) {
    const ki = g.find(key);
    if (ki >= 0 && (g.keyFlags(ki) & KEY_NAMES) !== 0) return { start: i, end: i + 1, ki, key };
  }
  return null;
}

/** Stadium words written before the town's name, with "of" between ("stade de Nantes"). */
const STADIUMS = new Set(['stade', 'estadio', 'stadio', 'stadion', 'stadium'].map(foldWord));

/** A town from which German makes an adjective of its name: a city (the suffix is written on many a common word too). */
const DE_ADJECTIVE_MIN_POP = 50_000;
/**
 * A German city adjective: "Magdeburger Weihnachtsmarkt", "Leipziger Hauptbahnhof", "Kölner Altstadt", "Bremer
 * Innenstadt", "Münchner Einkaufszentrum", "Dresdner Neustadt": how German headlines name the city of a place in it.
 */
function germanCityAdjective(
  t: Tokens,
  w: string,
  i: number,
  g: Gazetteer,
): { start: number; end: number; ki: number; key: string } | null {
  // Before the noun it qualifies ("Leipziger Hauptbahnhof"): a noun of its own ("der Sieger des Rennens", "die Leiter
  // sind") is followed by no capitalised word.
  if (w.length < 6 || !w.endsWith('er') || t.commaAfter[i] || t.cases[i + 1] !== Case.Cap) return null;
  const stem = w.slice(0, -2);
  for (const key of [stem, `${stem}en`, `${w.slice(0, -3)}en`]) {
    const ki = g.find(key);
    if (ki < 0 || (g.keyFlags(ki) & KEY_NAMES) === 0) continue;
    const postings = g.postings(ki);
    for (let q = 0; q < postings.length; q++) {
      const p = postings[q] as number;
      if (postingType(p) === EntityType.Place && g.pop(postingIndex(p)) >= DE_ADJECTIVE_MIN_POP)
        return { start: i, end: i + 1, ki, key };
    }
  }
  return null;
}

/** Polish case endings (folded), longest first, and the nominative endings tried in their place: "we Wrocławiu", "w Krakowie", "w Warszawie", "w Gdańsku", "w Katowicach", "z Krakowa", "pod Wrocławiem", "pod Krakowem". */
const PL_ENDINGS: readonly [string, readonly string[]][] = [
  ['ach', ['e', 'y', '']],
  ['iem', ['']],
  ['em', ['']],
  ['iu', ['']],
  ['ie', ['', 'a']],
  ['i', ['', 'a', 'ia']],
  ['u', ['']],
  ['a', ['']],
  ['y', ['']],
];

/** A capitalised word of a Polish post whose stem with a nominative ending is a name (the gazetteer holds nominatives). */
function polishStem(
  w: string,
  i: number,
  g: Gazetteer,
): { start: number; end: number; ki: number; key: string } | null {
  return w.length < 5 ? null : firstName(polishNominatives(w), i, g);
}
function* polishNominatives(w: string): Generator<string> {
  for (const [ending, nominatives] of PL_ENDINGS) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, w.length - ending.length);
    for (const end of nominatives) if (stem.length + end.length >= 4) yield stem + end;
  }
}

/**
 * Whether a bare word of a caseless script reads as town i: any town where the script is written (local news names
 * its small towns: Sderot, Jenin, Mandi, Feni), a large city anywhere. Abroad nothing smaller: after "in" a common
 * noun is as likely as a name ("في ليل", at night, is no Lille), and a foreign town's event is written in its own
 * language too. A word of two letters ("to me", "not", "son of") names no town: a name that short is a word.
 */
function caselessTown(g: Gazetteer, i: number, key: string, home: ReadonlySet<number>): boolean {
  if (key.length <= 2) return false;
  return home.has(g.countryOf(i)) || g.pop(i) >= CASELESS_WORLD_CITY_POP;
}

/** The case, trap and pattern rules: which of the key's names may be meant here, and how much the mention weighs. */

function admit(
  t: Tokens,
  start: number,
  end: number,
  ki: number,
  key: string,
  ctx: PlaceContext,
  allCaps: boolean,
  titleCase: boolean,
  prior: readonly Mention[],
  names: string[],
  compoundDir: number,
  proclitic: boolean | undefined,
  lang: string | undefined,
): Mention | null {
  const g = ctx.g;
  const c0 = caseOf(t, start);
  const single = end - start === 1;
  if (single && t.coded[start]) return null;
  if (single && ((t.cue[start] as number) & (CUE.placeNoun | CUE.newsWord)) !== 0) return null;
  // "Metro-North", "Anglo-Saxon": the first part of a hyphenated proper name ("Texas-based" stays a place).
  if (t.hyphenCapAfter[end - 1] || t.hyphenCapBefore[start]) return null;
  // "March 19", "19 May": a month, not a town; "Paris, 3 dead" is Paris (a date is not written across a comma). A
  // caseless script's months are no town names ("인천에 1층", in Incheon the 1st floor, is Incheon).
  if (
    single &&
    c0 !== Case.None &&
    ((!t.commaAfter[start] && dayNumber(t.raw(end))) || (!t.commaAfter[start - 1] && dayNumber(t.raw(start - 1))))
  )
    return null;
  // Facility names: "X Street", "X High School", "rue de X", "Plaza X".
  if (facilityAfter(t, end, !allCaps && !titleCase) > 0) return null;
  let b = start - 1;
  while (b >= 0 && b >= start - 3 && ((t.cue[b] as number) & CUE.connector) !== 0 && !t.commaAfter[b]) b--;
  // "The stadium of Nantes" ("stade de Nantes", "estadio de Málaga", "stadio di Palermo") is the town's; "Estadio
  // Santiago Bernabéu" is named after someone, and a street or a station "of" a town is elsewhere ("rue de Paris",
  // "gare de Lyon").
  const townsStadium = b < start - 1 && STADIUMS.has(t.key(b));
  if (b >= 0 && !t.commaAfter[b] && ((t.cue[b] as number) & CUE.facilityBefore) !== 0 && !townsStadium) return null;
  const prev = start > 0 ? t.key(start - 1) : undefined;
  // "Hurricane Sandy", "Typhoon Haiyan": a storm's name, not a place.
  const prevCue = start > 0 && !t.commaAfter[start - 1] ? (t.cue[start - 1] as number) : 0;
  if ((prevCue & CUE.named) !== 0) {
    // A storm's name is a proper noun: "hurricane force winds" names no storm "force"; in capitals every word looks
    // like one ("HURRICANE IN THE GULF TONIGHT"), and a common word is none.
    if (c0 !== Case.Lower && !allCaps && !ctx.isCommon(key) && !ctx.isNoName(key) && !names.includes(key))
      names.push(key);
    return null;
  }
  // "Sheriff Scott Israel", "Sen. Chris Murphy": a person's name after a title (and up to two given names).
  for (let k = start - 1; k >= 0 && k >= start - 3; k--) {
    if (t.commaAfter[k]) break;
    if (((t.cue[k] as number) & CUE.honorific) !== 0) return null;
    if (t.cases[k] !== Case.Cap) break;
  }
  const inside = (prevCue & (CUE.locative | CUE.placeNoun)) !== 0 || proclitic;
  const locative = inside || (prevCue & CUE.near) !== 0;
  const ownCue = single ? (t.cue[start] as number) : 0;
  const generic = single && (g.keyFlags(ki) & KEY_GENERIC) !== 0;
  const genericArea = single && (g.keyFlags(ki) & (KEY_GENERIC | KEY_AREA_GENERIC)) !== 0;
  const common =
    single &&
    (generic ||
      (ownCue & (CUE.facilityAfter | CUE.facilityBefore | CUE.intensity)) !== 0 ||
      (key.length <= 3 && c0 !== Case.None) ||
      ctx.isCommon(key));
  if (
    single &&
    ((ownCue & CUE.named) !== 0 || ctx.isEventWord(key)) &&
    !(t.commaAfter[end - 1] && t.cases[end] !== Case.Lower)
  )
    return null;
  if ((ownCue & CUE.continent) !== 0) return null;
  // ", ST" / ", Country" right after a mention qualifies it.
  // Not prior[-1] on an empty list: a key of -1 turns the optimised load generic.
  const last = prior.length > 0 ? prior[prior.length - 1] : undefined;
  const qualifies = last !== undefined && last.end === start && start > 0 && t.commaAfter[start - 1] === 1;
  // "northwest of Bologna", "northern Italy": a part of an area, not Northwest, Iceland or Northern, Ghana.
  const written = qualifies || (t.commaAfter[end - 1] === 1 && t.cases[end] !== Case.Lower);
  if (single && (ownCue & (CUE.directionNoun | CUE.directionAdjective)) !== 0 && c0 === Case.Lower) return null;
  if (single && (ownCue & CUE.directionAdjective) !== 0 && !written) return null;
  // The tail of a longer proper name ("Abaco Islands", "Scott Israel"): a capitalised word that is no name of its own right before it.
  // A capitalised common word ("Mobile", "Reading", "Police") is a place only with a cue.
  if (common && !locative && !qualifies && !t.commaAfter[end - 1]) return null;
  const tail =
    single &&
    start > 0 &&
    !titleCase &&
    !allCaps &&
    !t.commaAfter[start - 1] &&
    t.cases[start - 1] === Case.Cap &&
    !t.sentenceStart[start - 1] &&
    !compoundHead(t, start - 1, ctx, prior) &&
    // "Noord-Italië", "North Iraq": a direction before an area's name makes a part of it (partDir), not a compound.
    !((g.keyFlags(ki) & KEY_AREA) !== 0 && PART_BEFORE.has(t.key(start - 1)));
  // A direction written into the name: "Eastern Samar", "Samar Oriental" (not "northern Italy").
  const afterDirection =
    (start > 0 &&
      !t.commaAfter[start - 1] &&
      t.cases[start - 1] !== Case.Lower &&
      ((t.cue[start - 1] as number) & (CUE.directionNoun | CUE.directionAdjective)) !== 0) ||
    // After the name only an adjective: "Milano Nord", "Roma Est" are parts of the city.
    (!t.commaAfter[end - 1] && t.cases[end] !== Case.Lower && ((t.cue[end] as number) & CUE.directionAdjective) !== 0);
  const postings = g.postings(ki);
  const refs: Ref[] = [];
  const kinds: NameKind[] = [];
  // A bare word in a script without capitals (scripts.ts): a town where the script is written, or a large city.
  const home = single && c0 === Case.None ? scriptHome(g, key) : null;
  // A proclitic's word is an area only at home ("بالصباح", in the morning, is no Sabah, Malaysia).
  const procliticHome = proclitic ? scriptHome(g, key) : null;
  // An everyday word of the post's language ("Gente, ...", "Aman, ...") names no place abroad unless a preposition
  // says it is one ("em Gent"), and then only written as a name: "no chão" (on the floor) is no Chaohu (everyday.ts).
  const everyday = single && (!locative || c0 !== Case.Cap) ? everydayHome(g, key, lang) : null;
  let w = 1;
  // Postings run countries, admin areas, then places by population: the first few hold every likely reading.
  const np = Math.min(postings.length, MAX_POSTINGS);
  for (let pi = 0; pi < np; pi++) {
    const p = postings[pi] as number;
    const kind = postingKind(p);
    const type = postingType(p);
    if (TAG_NAME[start] === 1 && type === EntityType.Place && g.pop(postingIndex(p)) < TAG_MIN_POP) continue;
    if (kind === NameKind.Abbrev) {
      // Codes only as written (upper case), and state codes only in "City, ST".
      if (c0 !== Case.Upper || !single || allCaps) continue;
      if (type === EntityType.Admin1 && !qualifies) continue;
      if (
        type === EntityType.Country &&
        key.replace(/ /g, '').length < 3 &&
        !qualifies &&
        !(prev === 'the' || locative)
      )
        continue;
    } else if (kind === NameKind.Demonym) {
      if (c0 !== Case.Cap) continue;
    } else if (c0 === Case.Lower) {
      // Lower case: only areas ("in florida", "texas") and large places after a preposition, never common words.
      if (common || key.length < 4) continue;
      if (type === EntityType.Place && !(locative && g.pop(postingIndex(p)) >= 100000)) continue;
    } else if (
      c0 === Case.Upper &&
      !allCaps &&
      single &&
      (key.length < 4 ||
        kind !== NameKind.Primary ||
        type === EntityType.Admin1 ||
        (type === EntityType.Place && g.pop(postingIndex(p)) < 100000))
    )
      continue; // acronyms ("DACA", "NASA")
    else if (home !== null && type === EntityType.Place && !caselessTown(g, postingIndex(p), key, home)) continue;
    if (
      procliticHome !== null &&
      (type === EntityType.Region ||
        (type === EntityType.Admin1 && !procliticHome.has(g.countryIndex(g.admin1[postingIndex(p)]?.cc ?? ''))))
    )
      continue;
    if (tail && (type !== EntityType.Place || g.pop(postingIndex(p)) < 100000)) continue;
    if (everyday !== null && type !== EntityType.Country && !everyday.has(countryOfRef(g, ref(type, postingIndex(p)))))
      continue;
    // "Eastern Samar", "Samar Oriental": a region's own name; its word is no other language's name of a far city
    // (Samar, an alternate name of Samara, Russia). "Western Sydney", "North Texas" keep their own names.
    if (kind === NameKind.AltLatin && afterDirection) continue;
    // Admin areas named by a word of many names ("West", "Central", "Eastern"): not by that word alone.
    if (genericArea && type !== EntityType.Place && kind !== NameKind.Abbrev) continue;
    if (genericArea && type === EntityType.Place && kind !== NameKind.Primary) continue;
    refs.push(ref(type, postingIndex(p)));
    kinds.push(kind);
  }
  if (refs.length === 0) return null;
  // A place's secondary name ("Oklahoma" of "Oklahoma City") yields to an area of that very name, unless the place is most of the area ("New York").
  let areaPop = 0;
  refs.forEach((r, j) => {
    if (refType(r) !== EntityType.Place && kinds[j] !== NameKind.Abbrev && kinds[j] !== NameKind.Demonym)
      areaPop = Math.max(areaPop, areaOf(g, r)?.pop ?? 0);
  });
  if (areaPop > 0) {
    for (let j = refs.length - 1; j >= 0; j--) {
      const r = refs[j] as Ref;
      if (
        refType(r) === EntityType.Place &&
        (kinds[j] === NameKind.Reduced || kinds[j] === NameKind.AltLatin) &&
        g.pop(refIndex(r)) < 0.4 * areaPop
      ) {
        refs.splice(j, 1);
        kinds.splice(j, 1);
      }
    }
  }
  // "northern Italy", "NW Bahamas", "Norditalien": the area's readings become its part in that direction (regions.ts).
  const dir =
    compoundDir >= 0 ? compoundDir : refs.some((r) => refType(r) !== EntityType.Place) ? partDir(t, start, end) : -1;
  let partKey = key;
  if (dir >= 0)
    for (let j = 0; j < refs.length; j++) {
      const p = partOf(g, refs[j] as Ref, dir);
      if (p === null) continue;
      refs[j] = p;
      partKey = `${(PART_ADJECTIVE[dir] as string).toLowerCase()} ${key}`;
    }
  const areaOnly = refs.every((r) => refType(r) !== EntityType.Place);
  // All-caps posts: only areas and large places (every word looks like a name there).
  if (allCaps && !areaOnly && !refs.some((r) => refType(r) === EntityType.Place && ctx.g.pop(refIndex(r)) >= 50000))
    return null;
  if (kinds.every((k) => k === NameKind.Demonym)) w = 0.3;
  else if (kinds.every((k) => k === NameKind.Abbrev) && qualifies) w = 0;
  // A lower-case word in a script with capitals has no capital to tell a name from a word: with no cue, and a name of
  // places in several countries ("la virgen de guadalupe": Guadeloupe, towns in Mexico and Costa Rica; "en la
  // capital": Venezuela, Bahrain, Kuwait), nothing in the post says it is a place, nor which: an unsure reading.
  if (c0 === Case.Lower) w *= locative || !inSeveralCountries(g, postings, np) ? 0.7 : FAINT;
  if (allCaps) w *= 0.7;
  // The first word of a sentence says nothing by its capital.
  if (common) w *= 0.5;
  else if (single && t.sentenceStart[start] && c0 === Case.Cap && !titleCase) w *= 0.7;
  // German "im" (in the) goes before a common noun or an area ("im Keller", "im Saarland"), never a town: no cue then.
  const cue = !(prev === 'im' && !areaOnly);
  if (inside && cue) w *= 1.3;
  else if (locative && cue) w *= 0.8;
  if (tail) w *= 0.3;
  // "Dallas Morning News", "CBS Dallas", "Frisco FD": where the outlet or responder is from, an unsure reading at most.
  const attributed = attribution(t, start, end, !allCaps && !titleCase);
  if (attributed) w *= FAINT;
  // Right after another name with no comma: a compound ("Boston Marathon", "Sandy Hook", "Abaco Islands"), unless it is an area holding it ("Aurora Colorado").
  if (last !== undefined && last.end === start && !t.commaAfter[start - 1] && !last.generic) {
    if (!areaOnly) w *= 0.3;
    else if (!refs.some((a) => last.refs.some((r) => contains(g, a, r)))) return null;
  }
  const m: Mention = {
    start,
    end,
    key: partKey,
    refs,
    kinds,
    w,
    within: [],
    qualifier: false,
    scores: [],
    cued: !attributed && ((locative && cue) || c0 === Case.None),
    nounCaps: titleCase,
    generic: genericArea,
    reference: referencePhrase(t, start, end),
  };
  if (qualifies && last && refs.some((r) => refType(r) !== EntityType.Place)) {
    // "Springwood, NSW", "Aurora, Colorado", "Guiuan, Philippines": the area narrows the city down and counts as the same mention.
    last.within.push(...refs.filter((r) => refType(r) !== EntityType.Place));
    // Its information is in the place's readings now: counting it again would vote twice for the area.
    m.qualifier = true;
  }
  return m;
}

/** The first n postings of a name (every reading, lower-case ones included) are in more than one country. */
function inSeveralCountries(g: Gazetteer, postings: ArrayLike<number>, n: number): boolean {
  let cc = -1;
  for (let q = 0; q < n; q++) {
    const p = postings[q] as number;
    const c = countryOfRef(g, ref(postingType(p), postingIndex(p)));
    if (cc >= 0 && c !== cc) return true;
    cc = c;
  }
  return false;
}

/** The word before a name may qualify it without being part of another name: a name itself, a generic or common word ("North", "Central", "Police"). */
function compoundHead(t: Tokens, k: number, ctx: PlaceContext, prior: readonly Mention[]): boolean {
  if (prior.some((m) => m.end === k + 1)) return true;
  const key = t.key(k);
  if (((t.cue[k] as number) & CUE.locative) !== 0 || ctx.isCommon(key, t.hash(k)) || ctx.isEventWord(key, t.hash(k)))
    return true;
  const ki = ctx.g.find(key);
  return ki >= 0 && (ctx.g.keyFlags(ki) & (KEY_GENERIC | KEY_AREA_GENERIC)) !== 0;
}

function areaOf(g: Gazetteer, r: Ref): { pop: number } | undefined {
  if (refType(r) === EntityType.Region) return { pop: regionPop(g, r) };
  return refType(r) === EntityType.Admin1
    ? g.admin1[refIndex(r)]
    : refType(r) === EntityType.Country
      ? g.countries[refIndex(r)]
      : undefined;
}

/**
 * "Paris Street", "Douglas High School": a capitalised facility word after the name (lower case, "Colorado school",
 * "Denver school shooting", it is a school in that place); with `capsTie` (capitals mark names, not every noun or
 * word) also one capitalised word further ("Arlington National Cemetery", "Kennedy Space Center"). The facility
 * word's distance from the name (1 or 2), 0 when none.
 */
function facilityAfter(t: Tokens, end: number, capsTie: boolean): number {
  if (end >= t.n || t.commaAfter[end - 1] || t.cases[end] === Case.Lower) return 0;
  if (
    ((t.cue[end] as number) & CUE.facilityAfter) !== 0 ||
    (FACILITY_FIRST.includes(t.hash(end)) && FACILITY_AFTER_2.has(`${t.key(end)} ${t.key(end + 1)}`))
  )
    return 1;
  const next = end + 1;
  if (!capsTie || t.cases[end] !== Case.Cap || t.commaAfter[end] || next >= t.n || t.cases[next] === Case.Lower)
    return 0;
  return ((t.cue[next] as number) & CUE.facilityAfter) !== 0 ? 2 : 0;
}

/**
 * Hashes of the first words of FACILITY_AFTER_2's two-word names: "X Y" is one of them only when X is such a word (the
 * pair has one space; none of the names has two), so most words after a name are not joined to the next for a lookup.
 */
const FACILITY_FIRST = [...FACILITY_AFTER_2].map((w) => hashStr(w.slice(0, w.indexOf(' '))));
if ([...FACILITY_AFTER_2].some((w) => w.split(' ').length !== 2))
  throw new Error('cues: FACILITY_AFTER_2 holds names of two words');

/**
 * A name inside an outlet's, broadcaster's, agency's or responder's name: an attribution word after it (directly, or
 * with `capsTie` one capitalised word further: "Dallas Morning News"), or before it, written as a name ("CBS Dallas",
 * "FOX 4 Dallas", "KTVT Dallas", "Diario de Sevilla", with `capsTie` "Servicio Geológico de Estados Unidos").
 */
function attribution(t: Tokens, start: number, end: number, capsTie: boolean): boolean {
  if (end < t.n && !t.commaAfter[end - 1] && named(t, end)) {
    if (((t.cue[end] as number) & CUE.attributionAfter) !== 0) return true;
    if (
      capsTie &&
      t.cases[end] === Case.Cap &&
      !t.commaAfter[end] &&
      named(t, end + 1) &&
      ((t.cue[end + 1] as number) & CUE.attributionAfter) !== 0
    )
      return true;
  }
  let b = start - 1;
  if (b < 0 || t.commaAfter[b]) return false;
  if (((t.cue[b] as number) & CUE.coverageFrom) !== 0)
    for (let k = b - 1; k >= 0 && k >= b - 3 && !t.commaAfter[k]; k--)
      if (((t.cue[k] as number) & CUE.coverage) !== 0) return true;
  // "FOX 4 Dallas", "CBS 11 Dallas": a channel number between.
  if (b > 0 && !t.commaAfter[b - 1] && dayNumber(t.raw(b))) b--;
  if (attributionBefore(t, b)) return true;
  b = start - 1;
  let connectors = 0;
  while (b >= 0 && connectors < 3 && ((t.cue[b] as number) & CUE.connector) !== 0 && !t.commaAfter[b]) {
    b--;
    connectors++;
  }
  if (connectors === 0) return false;
  return (
    attributionBefore(t, b) ||
    (capsTie && b > 0 && t.cases[b] === Case.Cap && !t.commaAfter[b] && attributionBefore(t, b - 1))
  );
}

/** Token i is written as a name (capitalised or upper case). */
function named(t: Tokens, i: number): boolean {
  return t.cases[i] === Case.Cap || t.cases[i] === Case.Upper;
}

/** Token i, written as a name, is an outlet or agency word that goes before a name, or a call sign (its text read only then). */
function attributionBefore(t: Tokens, i: number): boolean {
  if (i < 0 || t.commaAfter[i] || !named(t, i)) return false;
  if (((t.cue[i] as number) & CUE.attributionBefore) !== 0) return true;
  return t.cases[i] === Case.Upper && isCallSign(t.raw(i));
}

/**
 * "83km S of Liberia", "10 km NE of Samara": the event is that far from the
 * named place (earthquake reports). The reading becomes the populated place
 * nearest the offset point when one is close to it; otherwise the named
 * place stays, as the best anchor there is.
 */
function offsetMention(t: Tokens, m: Mention, g: Gazetteer): void {
  const s = m.start;
  if (s < 3 || !OF.has(t.key(s - 1))) return;
  const bearing = BEARING.get(t.key(s - 2));
  if (bearing === undefined) return;
  const km = distanceBefore(t, s - 2);
  if (km === null || km <= 0 || km > 500) return;
  // The likeliest reading in the post's context (scored): "Samara, Costa Rica" is not Samara, Russia.
  let best = -1;
  for (let j = 0; j < m.refs.length; j++)
    if (
      refType(m.refs[j] as Ref) === EntityType.Place &&
      (best < 0 || (m.scores[j] as number) > (m.scores[best] as number))
    )
      best = j;
  if (best < 0) return;
  const score0 = m.scores[best] as number;
  const r = m.refs[best] as Ref;
  const [lat, lon] = destination(latOf(g, r), lonOf(g, r), bearing, km);
  const near = g.nearestPlace(lat, lon, Math.max(15, km * 0.25));
  m.refs = [near < 0 ? r : ref(EntityType.Place, near)];
  // Moved to the offset point, the reading is the event's estimate, no longer a reference to it.
  if (near >= 0) m.reference = false;
  m.kinds = [near < 0 ? (m.kinds[best] as NameKind) : NameKind.Primary];
  m.scores = [score0];
}

/** "83km" or "83 km" / "50 mi" / "12 miles" ending right before token i, in km. */
function distanceBefore(t: Tokens, i: number): number | null {
  const j = i - 1;
  // Most words before a name are no number and no unit: flags and cue bits, no string.
  if (j < 0) return null;
  if (((t.scan.flags[j] as number) & TOK.digit) !== 0) {
    const one = /^(\d+(?:[.,]\d+)?)(km|kms|mi|км|كم)$/.exec(t.key(j));
    return one ? parseFloat((one[1] as string).replace(',', '.')) * (DISTANCE_UNITS.get(one[2] as string) ?? 1) : null;
  }
  if (((t.cue[j] as number) & CUE.distanceUnit) === 0 || !isNumber(t, j - 1)) return null;
  return parseFloat(t.key(j - 1).replace(',', '.')) * (DISTANCE_UNITS.get(t.key(j)) ?? 1);
}

/** Token i is a number ("70", "2.5", "3,5"). */
function isNumber(t: Tokens, i: number): boolean {
  return i >= 0 && ((t.scan.flags[i] as number) & TOK.digit) !== 0 && /^\d+(?:[.,]\d+)?$/.test(t.key(i));
}

/** "90 mins" or "2 hours" (any number, "3-4" too) ending right before token i. */
function durationBefore(t: Tokens, i: number): boolean {
  return i >= 1 && ((t.cue[i - 1] as number) & CUE.timeUnit) !== 0 && isNumber(t, i - 2);
}

/**
 * Y written as a reference point for the event: "near Y", "outside Y", "west of Y", "NW of Y", "close to Y",
 * "70 km from Y", "25km Y", "90 mins to Y", "cerca de Y", "à 20 km de Y", "westlich von Y", "около Y", "قرب Y",
 * "Y yakınında", "Y के पास" (and "Y近郊", "Y附近" in a Han/Kana run: cjkMentions()).
 * A plain "from Y" is none ("reports from Boston" are often from there).
 */
function referencePhrase(t: Tokens, s: number, e: number): boolean {
  if (
    !t.commaAfter[e - 1] &&
    (((t.cue[e] as number) & CUE.nearAfter) !== 0 ||
      ((t.scan.eq(e, 'के') || t.scan.eq(e, 'की')) && ((t.cue[e + 1] as number) & CUE.nearAfter) !== 0))
  )
    return true;
  if (s < 1 || t.commaAfter[s - 1]) return false;
  const before = t.cue[s - 1] as number;
  // A postposition ("पास") belongs to the name before it.
  if ((before & CUE.near) !== 0 && (before & CUE.nearAfter) === 0) return true;
  if (distanceBefore(t, s) !== null) return true;
  if (s < 2 || (before & CUE.referenceLink) === 0 || t.commaAfter[s - 2]) return false;
  return (
    ((t.cue[s - 2] as number) & (CUE.near | CUE.directionNoun | CUE.directionAdjective | CUE.bearing)) !== 0 ||
    distanceBefore(t, s - 1) !== null ||
    durationBefore(t, s - 1)
  );
}

/** Farthest a reference point is from the place it locates ("N km DIR of Y" offsets are read up to this too). */
const REFERENCE_KM = 500;
/** Weight of a reference point beside the place it locates: a tail's (the event is near it, not at it). */
const REFERENCE = 0.3;

/**
 * "Springwood near Sydney", "explosion in West, 20 miles north of Waco", "un incendio en X, cerca de Madrid": the
 * reference point Y locates X (and already told which X is meant, in score()), but the event is at X. Y weighs as a
 * tail does when the same sentence names another place X near it, or an area that does not hold Y; alone ("a fire
 * west of Boulder") Y is the best estimate there is and keeps its weight. An area that holds Y ("in Colorado, near
 * Boulder") is refined by Y, not located by it.
 */
function referencePoints(ms: readonly Mention[], t: Tokens, g: Gazetteer): void {
  for (let q = 0; q < ms.length; q++) {
    const m = ms[q] as Mention;
    if (!m.reference || m.w <= 0) continue;
    const y = m.refs[argmax(m.scores)] as Ref;
    for (let k = 0; k < ms.length; k++) {
      const x = ms[k] as Mention;
      // An unsure X (a capitalised word read faintly as a small town, an outlet's home) locates nothing.
      if (x === m || x.reference || x.w <= FAINT || x.start < 0 || !sameSentence(t, x.start, m.start)) continue;
      const r = x.refs[argmax(x.scores)] as Ref;
      if (contains(g, r, y) || contains(g, y, r)) continue;
      if (refType(r) === EntityType.Place && !nearWithin(g, r, y, REFERENCE_KM)) continue;
      m.w *= REFERENCE;
      break;
    }
  }
}

/** No sentence starts between tokens a and b. */
function sameSentence(t: Tokens, a: number, b: number): boolean {
  for (let i = Math.min(a, b) + 1; i <= Math.max(a, b); i++) if (t.sentenceStart[i]) return false;
  return true;
}

/** The point `km` away from (lat, lon) along a bearing (great circle). */
function destination(lat: number, lon: number, bearingDeg: number, km: number): [number, number] {
  const r = Math.PI / 180;
  const d = km / 6371.0088;
  const b = bearingDeg * r;
  const la1 = lat * r;
  const la2 = Math.asin(Math.sin(la1) * Math.cos(d) + Math.cos(la1) * Math.sin(d) * Math.cos(b));
  const lo2 =
    lon * r + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(la1), Math.cos(d) - Math.sin(la1) * Math.sin(la2));
  return [la2 / r, ((lo2 / r + 540) % 360) - 180];
}

/** Japanese particles after a name: at, in, of, from, to, topic, subject. */
const JA_PARTICLES = ['で', 'に', 'の', 'から', 'へ', 'は', 'が', 'まで'];

function startsWithAny(s: string, prefixes: readonly string[]): boolean {
  for (let q = 0; q < prefixes.length; q++) if (s.startsWith(prefixes[q] as string)) return true;
  return false;
}

/** Katakana (with its prolonged sound mark), where a foreign word is written as one unbroken run. */
const isKatakana = (c: number): boolean => c >= 0x30a1 && c <= 0x30fa && c !== 0x30fb;
const isKatakanaMark = (c: number): boolean => isKatakana(c) || c === 0x30fc;

/**
 * A name read inside a katakana word ("カイ" in "デカイ", "huge"), not the word itself: katakana spells words out
 * sound by sound, and a short name is a piece of many of them. A katakana name counts when it is the whole katakana
 * word, or when a place suffix (市 city, 県 prefecture…) is written onto it.
 */
function insideKatakanaWord(run: string, s: number, e: number): boolean {
  if (!isKatakanaMark(run.charCodeAt(s))) return false;
  const before = s > 0 && isKatakanaMark(run.charCodeAt(s - 1));
  const after = e < run.length && isKatakanaMark(run.charCodeAt(e));
  return (before || after) && !CJK_PLACE_SUFFIX.includes(run[e] ?? '');
}

/** Han/Kana runs have no spaces: every substring that is a name (longest first), unless a facility word follows it or it is a piece of a katakana word. */
function cjkMentions(run: string, i: number, g: Gazetteer, out: Mention[]): void {
  let s = 0;
  while (s < run.length - 1) {
    let found = 0;
    for (let L = Math.min(8, run.length - s); L >= 2; L--) {
      const key = run.slice(s, s + L);
      const ki = g.find(key);
      if (ki < 0 || (g.keyFlags(ki) & KEY_NAMES) === 0) continue;
      found = L;
      if (insideKatakanaWord(run, s, s + L)) {
        // The rest of the katakana word is no name either: skip to its end.
        while (s + found < run.length && isKatakanaMark(run.charCodeAt(s + found))) found++;
        break;
      }
      const rest = run.slice(s + L);
      if (CJK_FACILITY.some((f) => rest.startsWith(f))) break;
      const postings = g.postings(ki);
      const refs: Ref[] = [];
      const kinds: NameKind[] = [];
      // "イタリア北部", "菲律宾中部": the part of the area in that direction.
      const dir = CJK_PART.find((x) => rest.startsWith(x[0]))?.[1] ?? -1;
      // Two characters are many words as well as some town's name ("中心" centre is Zhongxin): a town of some size, or
      // one written with its suffix ("中心镇", "仙台市").
      const townWord = L === 2 && !startsWithAny(rest, CJK_PLACE_SUFFIX);
      // ... or a Japanese town with its particle ("七尾で断水", "熱海で土石流"): Japanese writes its towns in two kanji.
      const jaParticle = startsWithAny(rest, JA_PARTICLES);
      for (let q = 0; q < postings.length; q++) {
        const p = postings[q] as number;
        if (postingKind(p) === NameKind.Abbrev) continue;
        if (
          townWord &&
          postingType(p) === EntityType.Place &&
          g.pop(postingIndex(p)) < CASELESS_TOWN_POP &&
          !(jaParticle && g.countryOf(postingIndex(p)) === g.countryIndex('JP'))
        )
          continue;
        const r = ref(postingType(p), postingIndex(p));
        refs.push(dir >= 0 ? (partOf(g, r, dir) ?? r) : r);
        kinds.push(NameKind.AltScript);
      }
      if (refs.length > 0)
        out.push({
          start: i,
          end: i + 1,
          key: dir >= 0 ? `${(PART_ADJECTIVE[dir] as string).toLowerCase()} ${key}` : key,
          refs,
          kinds,
          w: 1,
          within: [],
          qualifier: false,
          scores: [],
          cued: true,
          nounCaps: false,
          generic: false,
          reference: startsWithAny(rest, CJK_NEAR),
        });
      break;
    }
    s += found > 0 ? found : 1;
  }
}

/** log10 prior of a reading: population and feature rank for places; areas rank above any town of their name. */
function prior(g: Gazetteer, r: Ref, kind: NameKind): number {
  const type = refType(r);
  const i = refIndex(r);
  // Areas by their population, a little above a place of the same size (a name shared by an area and its capital is mostly the area).
  if (type === EntityType.Country)
    return Math.log10((g.countries[i]?.pop ?? 0) + 1e4) + (kind === NameKind.Demonym ? 0 : 1);
  if (type === EntityType.Admin1)
    return Math.log10((g.admin1[i]?.pop ?? 0) + 1e4) + (kind === NameKind.Demonym ? 0 : 0.5);
  if (type === EntityType.Region) return Math.log10(regionPop(g, r) + 1e4) + 0.5;
  let s = Math.log10(g.pop(i) + 100);
  const rank = g.rank(i);
  s +=
    rank === PlaceRank.Capital
      ? 1.5
      : rank === PlaceRank.Admin1Seat
        ? 1
        : rank === PlaceRank.Admin2Seat
          ? 0.5
          : rank === PlaceRank.LocalSeat
            ? 0.2
            : rank === PlaceRank.Section
              ? -0.5
              : 0;
  // An alternate name (historical, foreign, a district's) is a much weaker sign than a place's own name.
  if (kind === NameKind.AltLatin) s -= 1.5;
  else if (kind === NameKind.Reduced) s -= 0.3;
  return s;
}

/** Scores each mention's readings: prior, then the post's context (its areas, patterns, nearby places, geo). */
function score(ms: Mention[], g: Gazetteer, geo?: { lat: number; lon: number }): void {
  for (let q = 0; q < ms.length; q++) {
    const m = ms[q] as Mention;
    const scores: number[] = [];
    for (let j = 0; j < m.refs.length; j++) {
      const r = m.refs[j] as Ref;
      scores.push(
        prior(g, r, m.kinds[j] as NameKind) + (m.within.length === 0 ? 0 : inSomeArea(g, m.within, r) ? 4 : -2),
      );
    }
    m.scores = scores;
    // Common names ("San José", "Springfield") have dozens of readings: context only reorders the likeliest few.
    if (m.refs.length > MAX_READINGS) {
      // The MAX_READINGS best by score (ties: the earlier), in their order: a reading is kept when fewer than
      // MAX_READINGS others rank above it. Counted in loops, not by map() and sort() of [score, index] pairs,
      // whose arrays change elements kind with the scores and made the optimised score() bail out ("wrong map").
      // Literals, as everywhere a mention's arrays are built: one elements kind per array for the optimised code.
      const refs: Ref[] = [];
      const kinds: NameKind[] = [];
      const kept: number[] = [];
      for (let j = 0; j < scores.length; j++) {
        if (rankOf(scores, j) >= MAX_READINGS) continue;
        refs.push(m.refs[j] as Ref);
        kinds.push(m.kinds[j] as NameKind);
        kept.push(m.scores[j] as number);
      }
      m.refs = refs;
      m.kinds = kinds;
      m.scores = kept;
    }
    dedupeNear(g, m);
  }
  // Areas the post names (their most likely readings), for "Aurora ... Colorado" without a comma.
  const areas: { r: Ref; m: Mention }[] = [];
  for (let q = 0; q < ms.length; q++) {
    const m = ms[q] as Mention;
    const r = m.refs[argmax(m.scores)] as Ref;
    if (refType(r) !== EntityType.Place) areas.push({ r, m });
  }
  const supported = new Set<Mention>();
  for (let a = 0; a < ms.length; a++) {
    const m = ms[a] as Mention;
    for (let j = 0; j < m.refs.length; j++) {
      const r = m.refs[j] as Ref;
      let s = m.scores[j] as number;
      if (refType(r) === EntityType.Place) {
        if (inOtherArea(g, areas, m, r)) {
          s += 2.5;
          supported.add(m);
        }
        // Another mention that can be a place nearby ("Springwood" with "Blue Mountains", "Winmalee").
        for (let b = 0; b < ms.length; b++) {
          if (b === a) continue;
          if (placeNear(g, (ms[b] as Mention).refs, r, 150)) {
            s += 1.5;
            supported.add(m);
            break;
          }
        }
        if (geo && withinKm(latOf(g, r), lonOf(g, r), geo.lat, geo.lon, 100)) s += 3;
      } else if (geo) {
        const gp = g.nearestPlace(geo.lat, geo.lon, 50);
        if (gp >= 0 && contains(g, r, ref(EntityType.Place, gp))) s += 2;
      }
      m.scores[j] = s;
    }
  }
  // A capitalised word naming only small places, with no cue (a preposition, a qualifier) and no support from the rest of the post, is
  // most likely a plain word ("Well, ...", "Rauch", "Bomba", "Marathon"): dropped when small, weakened when mid-sized.
  for (let q = 0; q < ms.length; q++) {
    const m = ms[q] as Mention;
    // A generic word is a place with its area ("West, Texas"), after a preposition unless another name follows ("in West", not "in North Texas"), or when large.
    if (
      m.generic &&
      m.within.length === 0 &&
      !m.refs.some((r) => g.pop(refIndex(r)) >= 100000) &&
      (!m.cued || ms.some((o) => o.start === m.end))
    )
      m.w = 0;
    if (m.cued || m.within.length > 0 || supported.has(m) || m.key.startsWith('@')) continue;
    const maxPop = m.refs.reduce(
      (x, r) => Math.max(x, refType(r) === EntityType.Place ? g.pop(refIndex(r)) : Infinity),
      0,
    );
    const single = !m.key.includes(' ');
    // Kept faintly: one such post says little, independent posts naming the same small town add up at the event level.
    if (maxPop < (single ? SMALL_POP : 2000)) m.w *= FAINT;
    else if (maxPop < 100000) m.w *= m.nounCaps ? 0.25 : 0.5;
    else if (m.nounCaps) m.w *= 0.5;
  }
}

/**
 * The indices of a mention's n best readings, best first: by score, then by ref (ties: the earlier), as a stable
 * sort of the indices would order them, by selection (n is 3, a mention has up to MAX_READINGS readings).
 */
function topReadings(m: Mention, n: number): number[] {
  const order: number[] = [];
  const want = Math.min(n, m.refs.length);
  while (order.length < want) {
    let b = -1;
    for (let j = 0; j < m.refs.length; j++) {
      if (order.includes(j)) continue;
      if (
        b < 0 ||
        ((m.scores[b] as number) - (m.scores[j] as number) || (m.refs[j] as number) - (m.refs[b] as number)) < 0
      )
        b = j;
    }
    order.push(b);
  }
  return order;
}

/** How many scores rank above scores[j]: higher, or equal and earlier (the order of a stable sort by score, descending). */
function rankOf(scores: readonly number[], j: number): number {
  const s = scores[j] as number;
  let above = 0;
  for (let k = 0; k < scores.length; k++) {
    const o = scores[k] as number;
    if (o > s || (o === s && k < j)) above++;
  }
  return above;
}

/** One of `areas` holds r. */
function inSomeArea(g: Gazetteer, areas: readonly Ref[], r: Ref): boolean {
  for (let q = 0; q < areas.length; q++) if (contains(g, areas[q] as Ref, r)) return true;
  return false;
}

/** Some area another mention names holds r (loops, not closures: this runs per reading of every mention). */
function inOtherArea(g: Gazetteer, areas: readonly { r: Ref; m: Mention }[], m: Mention, r: Ref): boolean {
  for (let q = 0; q < areas.length; q++) {
    const x = areas[q] as { r: Ref; m: Mention };
    if (x.m !== m && contains(g, x.r, r)) return true;
  }
  return false;
}

/** One of `refs`, another place than r, lies within km of it. */
function placeNear(g: Gazetteer, refs: readonly Ref[], r: Ref, km: number): boolean {
  for (let q = 0; q < refs.length; q++) {
    const o = refs[q] as Ref;
    if (o !== r && refType(o) === EntityType.Place && nearWithin(g, o, r, km)) return true;
  }
  return false;
}

/** Two readings of one name within 15 km are one place (a city and its district of the same name): keep the likelier. */
function dedupeNear(g: Gazetteer, m: Mention): void {
  for (let j = m.refs.length - 1; j > 0; j--) {
    const r = m.refs[j] as Ref;
    if (refType(r) !== EntityType.Place) continue;
    for (let k = 0; k < m.refs.length; k++) {
      const o = m.refs[k] as Ref;
      if (
        k === j ||
        refType(o) !== EntityType.Place ||
        (m.scores[k] as number) < (m.scores[j] as number) ||
        !nearWithin(g, o, r, 15)
      )
        continue;
      m.refs.splice(j, 1);
      m.kinds.splice(j, 1);
      m.scores.splice(j, 1);
      break;
    }
  }
}

/** Readings a and b lie within km of each other (the trigonometry only when their latitudes are that close). */
function nearWithin(g: Gazetteer, a: Ref, b: Ref, km: number): boolean {
  return withinKm(latOf(g, a), lonOf(g, a), latOf(g, b), lonOf(g, b), km);
}

function argmax(xs: readonly number[]): number {
  let j = 0;
  for (let i = 1; i < xs.length; i++) if ((xs[i] as number) > (xs[j] as number)) j = i;
  return j;
}

/** A post naming three or more far-apart places (a list of past events, a round-up) says little about where this one is. */
function listDiscount(votes: PlaceVote[], g: Gazetteer): void {
  const distinct: Ref[] = [];
  for (let q = 0; q < votes.length; q++) {
    const r = (votes[q] as PlaceVote).c[0] as Ref;
    if (distinct.some((d) => contains(g, d, r) || contains(g, r, d) || nearWithin(g, d, r, 100))) continue;
    distinct.push(r);
  }
  if (distinct.length < 3) return;
  const f = 2 / distinct.length;
  for (let q = 0; q < votes.length; q++) (votes[q] as PlaceVote).w *= f;
}

/**
 * The post's coarse key when its readings agree on it (70% of the vote mass),
 * else '?': an ambiguous name ("Parkland": Washington or Florida?) must not
 * open a candidate of its own in the wrong area; the engine attaches such
 * posts by content, and their votes still count there.
 */
function confidentKey(g: Gazetteer, votes: readonly PlaceVote[], best: Ref): string {
  const key = coarseKey(g, best);
  let agree = 0;
  let all = 0;
  for (let q = 0; q < votes.length; q++) {
    const v = votes[q] as PlaceVote;
    v.c.forEach((c, j) => {
      const m = v.w * (v.p[j] as number);
      all += m;
      const k = coarseKey(g, c);
      // A country-level reading agrees with an admin-level key of the same country.
      if (k === key || key.startsWith(`${k}-`)) agree += m;
    });
  }
  return agree >= MIN_KEY_MASS && agree / all >= 0.7 ? key : '?';
}

/** The coarse area of a reading: its country, or country-admin1 where the country is wider than 1000 km. */
export function coarseKey(g: Gazetteer, r: Ref): string {
  const type = refType(r);
  const i = refIndex(r);
  if (type === EntityType.Country) return g.countries[i]?.cc ?? '?';
  if (type === EntityType.Region) {
    const cc = g.countries[countryOfRef(g, r)]?.cc ?? '?';
    const a = admin1OfRef(g, r);
    return a >= 0 && (g.countries[countryOfRef(g, r)]?.radiusKm ?? 0) >= 1000 ? `${cc}-${g.admin1[a]?.code}` : cc;
  }
  const a = type === EntityType.Admin1 ? (g.admin1[i] as { cc: string; code?: string }) : null;
  const cc = a ? a.cc : (g.countries[g.countryOf(i)]?.cc ?? '?');
  const ci = g.countryIndex(cc);
  const wide = (g.countries[ci]?.radiusKm ?? 0) >= 1000;
  if (!wide) return cc;
  const code = a ? a.code : g.admin1Of(i) >= 0 ? g.admin1[g.admin1Of(i)]?.code : undefined;
  return code ? `${cc}-${code}` : cc;
}
