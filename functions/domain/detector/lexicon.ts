/**
 * The multilingual seed lexicons (seeds/, one file per language, translated
 * by hand) as lookup tables over the scanner's tokens, and the one pass that
 * reads a scanned post with them: category and cue scores, the language's
 * function-word evidence, English glosses of the terms found (the model's
 * transfer to other languages), death counts next to numbers, years, and
 * which tokens are content words.
 *
 * No strings are built to look a word up: tables are keyed by the scanner's
 * FNV hashes and a hit is confirmed on the folded characters.
 */
import type { Category } from '../alert';
import { hashStr } from './hash';
import { addLangEvidence, addMarkerEvidence, addScriptMarkerEvidence, LANGS, type Lang, langIndex, NLANGS, pickLanguage } from './lang';
import { Scan, Script, TOK } from './scan';
import { compoundNumber, hanNumber, isHanNumeral, isJoiner, mayBeCompound, unitAfterTens } from './numbers';
import { CATS, CUES, type LexClass, SEEDS } from './seeds';

export { CATS, CUES, type Cue, type EventCategory } from './seeds';
export const NCATS = CATS.length;
export const LEX_KEYS: readonly LexClass[] = [...CATS, ...CUES];
export const NLEX = LEX_KEYS.length;

export const CAT_INDEX = Object.fromEntries(CATS.map((c, i) => [c, i])) as Record<(typeof CATS)[number], number>;
export const CUE_INDEX = Object.fromEntries(CUES.map((c, i) => [c, NCATS + i])) as Record<(typeof CUES)[number], number>;

export function toCategory(idx: number): Category {
  return idx >= 0 && idx < NCATS ? (CATS[idx] as Category) : 'other';
}

/** English words a class's terms stand for when a term names none (the model's features learned on English posts). */
const CLASS_GLOSS: Partial<Record<LexClass, string[]>> = {
  attack: ['shooting', 'attack'],
  explosion: ['explosion'],
  fire: ['fire'],
  earthquake: ['earthquake'],
  storm: ['storm'],
  flood: ['flood', 'flooding'],
  crash: ['crash'],
  collapse: ['collapse'],
  unrest: ['riot'],
  casualty: ['injured'],
  dead: ['killed'],
  breaking: ['breaking'],
  eyewitness: ['omg'],
  rescue: ['evacuated'],
  agent: ['terrorist'],
};

/** Words too common in crisis chatter to tie two posts to one event (not content words). */
const GENERIC =
  'news breaking just people today tonight right here there really about after before still what when where this that with from have been were they their them your ' +
  'some more most many much very like know think going need want make made look please pray prayers praying thoughts everyone anyone someone ' +
  'video photo photos pics live update updates latest report reports reported via read watch help safe stay hope love god omg wtf lol ' +
  'dont cant wont didnt doesnt time year years week day days night morning hours minutes first last another other every each world city town';

interface Hit {
  idx: number;
  w: number;
  /** hashStr of the English glosses (none for English terms). */
  gloss: number[];
  /** Languages (bits of LANGS) the term counts in; 0: any. */
  only: number;
}

const enum Consume {
  None = 0,
  /** The phrase's meaning replaces its words' category hits. */
  Categories = 1,
  /** A figurative phrase: it replaces all its words' hits. */
  All = 2,
}

interface Phrase {
  /** The words after the first, folded, and their hashes. */
  rest: string[];
  hashes: number[];
  hits: Hit[];
  consume: Consume;
  cat: boolean;
}

interface Entry {
  word: string;
  /** Languages (bits of LANGS) the word is a function word of. */
  langs: number;
  /** Languages (bits of LANGS) whose lexicon has the word as a term: weaker language evidence ("brand" is Dutch in "grote brand"). */
  termLangs: number;
  /** A function or generic word: no content word. */
  stop: boolean;
  hits: Hit[] | null;
  cat: boolean;
  phrases: Phrase[] | null;
  /** Its part in reading a death toll (Count bits). */
  count: number;
  /** The number it is written for ("two": 2); 0: none. */
  num: number;
  /** Languages (bits of LANGS) it is that number in; 0: any. */
  numOnly: number;
  /** One of its hits is the "since" cue. */
  since: boolean;
  /**
   * Bits (hash & 31) of the words that may follow it in one of its phrases
   * (all bits for a number slot or a one-word phrase): most tokens that
   * start a phrase are function words, and most of the time no phrase of
   * theirs follows.
   */
  next: number;
}

/** Seed `counts` words (types.ts). */
const enum Count {
  Toll = 1,
  Dead = 2,
  Time = 4,
  /** A generic word ("people"): "63 people injured" counts the injured. */
  Filler = 8,
}

interface Stem {
  word: string;
  hits: Hit[];
  cat: boolean;
}

interface CjkTerm {
  word: string;
  hits: Hit[];
  consume: Consume;
  cat: boolean;
}

const scanner = new Scan();
const langScan = new Scan();
/** The folded words of a term as the scanner reads them in a post. */
function words(s: string): { words: string[]; cjk: boolean } {
  scanner.scan(s, false);
  const out: string[] = [];
  let cjk = false;
  for (let i = 0; i < scanner.n; i++) {
    out.push(scanner.key(i));
    if ((scanner.flags[i] as number) & TOK.cjk) cjk = true;
  }
  return { words: out, cjk };
}

function addHit(list: Hit[], h: Hit): void {
  const same = list.find((x) => x.idx === h.idx);
  if (!same) list.push(h);
  else {
    same.w = Math.max(same.w, h.w);
    same.only = same.only === 0 || h.only === 0 ? 0 : same.only | h.only;
    if (same.gloss.length === 0) same.gloss = h.gloss;
  }
}

const ENTRIES = new Map<string, Entry>();
const STEMS = new Map<string, Stem>();
const CJK = new Map<string, CjkTerm>();

function entry(w: string): Entry {
  let e = ENTRIES.get(w);
  if (!e) ENTRIES.set(w, (e = { word: w, langs: 0, termLangs: 0, stop: false, hits: null, cat: false, phrases: null, count: 0, num: 0, numOnly: 0, since: false, next: 0 }));
  return e;
}

/** In a phrase, any number ("hace_#_años": "hace 5 años"). */
const NUMBER_SLOT = '#';
const TERM_RE = /^(.+?)(\*)?(!)?(?::([0-9.]+))?(@)?(?:=(.+))?$/u;
for (const seed of SEEDS) {
  const li = langIndex(seed.lang);
  if (li < 0) throw new Error(`lexicon: unknown language ${seed.lang}`);
  for (const w of seed.function.split(/\s+/).filter(Boolean))
    for (const f of words(w).words) {
      const e = entry(f);
      e.stop = true;
      e.langs |= 1 << li;
    }
  for (const [cls, list] of Object.entries(seed.terms) as [LexClass, string][]) {
    const idx = LEX_KEYS.indexOf(cls);
    // An agent term ("terrorist") names the attack category as well: the agent cue only tells the topic from a report.
    const isCat = idx < NCATS || cls === 'agent';
    for (const term of list.split(/\s+/).filter(Boolean)) {
      const m = TERM_RE.exec(term);
      if (!m) throw new Error(`lexicon ${seed.lang}: bad term ${term}`);
      const [, body, star, bang, weight, at, gloss] = m as unknown as [string, string, string?, string?, string?, string?, string?];
      const glossWords = seed.lang === 'en' ? [] : gloss ? [gloss.replace(/_/g, ' ')] : (CLASS_GLOSS[cls] ?? []);
      const hit: Hit = { idx, w: weight ? Number(weight) : 1, gloss: glossWords.map((g) => hashStr(g)), only: at ? 1 << li : 0 };
      // Hits are built as one literal (one object shape: the scanning loop reads them).
      const hits: Hit[] =
        cls === 'agent'
          ? [
              { idx: CAT_INDEX.attack, w: hit.w, gloss: hit.gloss, only: hit.only },
              { idx, w: hit.w, gloss: [], only: hit.only },
            ]
          : [hit];
      const parts = body.split('_').flatMap((p) => (p === NUMBER_SLOT ? [p] : words(p).words));
      if (parts[0] === NUMBER_SLOT) throw new Error(`lexicon ${seed.lang}: a phrase starts with a word, not a number: ${term}`);
      const { cjk } = words(body.replace(/_/g, ''));
      if (parts.length === 0) throw new Error(`lexicon ${seed.lang}: empty term ${term}`);
      const consume = cls === 'figurative' ? Consume.All : bang ? Consume.Categories : Consume.None;
      if (cjk) {
        const k = parts.join('');
        const t = CJK.get(k) ?? { word: k, hits: [], consume, cat: false };
        for (const h of hits) addHit(t.hits, h);
        t.consume = Math.max(t.consume, consume);
        t.cat ||= isCat;
        CJK.set(k, t);
      } else if (star) {
        const k = parts.join(' ');
        const hangul = /^[\uac00-\ud7af\u3130-\u318f]/u.test(k);
        if (parts.length !== 1 || k.length < (hangul ? 1 : 4)) throw new Error(`lexicon ${seed.lang}: stem too short or not one word: ${term}`);
        const s = STEMS.get(k) ?? { word: k, hits: [], cat: false };
        for (const h of hits) addHit(s.hits, h);
        s.cat ||= isCat;
        STEMS.set(k, s);
      } else if (parts.length === 1 && consume === Consume.None) {
        const e = entry(parts[0] as string);
        e.hits ??= [];
        for (const h of hits) addHit(e.hits, h);
        e.cat ||= isCat;
        e.termLangs |= 1 << li;
      } else {
        if (parts.length > 5) throw new Error(`lexicon ${seed.lang}: phrases have at most five words: ${term}`);
        const e = entry(parts[0] as string);
        e.phrases ??= [];
        const rest = parts.slice(1);
        let p = e.phrases.find((x) => x.rest.join(' ') === rest.join(' '));
        if (!p) e.phrases.push((p = { rest, hashes: rest.map((r) => hashStr(r)), hits: [], consume, cat: false }));
        for (const h of hits) addHit(p.hits, h);
        p.consume = Math.max(p.consume, consume);
        p.cat ||= isCat;
      }
    }
  }
}
/** Han/Kana units of time ("20年前"): a run after a number starting with one makes it a duration. */
const CJK_TIME = new Set<string>();
for (const seed of SEEDS) {
  if (!seed.counts) continue;
  const { toll, dead, time } = seed.counts;
  for (const [list, bit] of [
    [toll, Count.Toll],
    [dead ?? '', Count.Dead],
    [time, Count.Time],
  ] as const)
    for (const w of list.split(/\s+/).filter(Boolean)) {
      const { words: ws, cjk } = words(w);
      if (ws.length !== 1) throw new Error(`lexicon ${seed.lang}: a counts word is one word: ${w}`);
      if (cjk) {
        if (bit !== Count.Time) throw new Error(`lexicon ${seed.lang}: Han/Kana counts words are units of time: ${w}`);
        CJK_TIME.add(ws[0] as string);
      } else entry(ws[0] as string).count |= bit;
    }
  for (const nv of (seed.counts.numbers ?? '').split(/\s+/).filter(Boolean)) {
    const m = /^([^=@]+)=(\d+)(@)?$/u.exec(nv);
    const { words: ws, cjk } = words(m?.[1] ?? '');
    const value = Number(m?.[2]);
    if (!m || ws.length !== 1 || cjk || !(value > 1)) throw new Error(`lexicon ${seed.lang}: a number is one word and a value over 1: ${nv}`);
    const e = entry(ws[0] as string);
    const only = m[3] ? 1 << langIndex(seed.lang) : 0;
    // A function word or a term of any language ("dos" is Portuguese "of the", "dua" Turkish "prayer") is that number only in a post of its own language ("dos=2@").
    if (((e.stop || e.hits !== null) && !only) || (e.num !== 0 && (e.num !== value || (e.numOnly === 0) !== (only === 0))))
      throw new Error(`lexicon ${seed.lang}: the number word ${m[1]} is another word too (mark it @ if only its language reads it so)`);
    e.num = value;
    e.numOnly |= only;
  }
}
const CJK_TIME_MAX = Math.max(0, ...[...CJK_TIME].map((w) => w.length));
for (const w of GENERIC.split(' ')) {
  const e = entry(w);
  e.stop = true;
  e.count |= Count.Filler;
}
// A word that is a cue term and starts a category's stem ("überflutet": a damage cue, and "überflut*" a flood word) is
// both: the scan reads a word's exact hits and looks for a stem only when it has none, so the longest stem's hits of
// other classes join the word's own here. A word listed with a category keeps its own ("taşkınlık", riots, is no
// "taşkın*" flood).
for (const e of ENTRIES.values()) {
  if (e.hits === null || e.cat) continue;
  for (let L = e.word.length; L >= 2; L--) {
    const st = STEMS.get(e.word.slice(0, L));
    if (st === undefined) continue;
    for (const h of st.hits) if (!e.hits.some((x) => x.idx === h.idx)) e.hits.push({ idx: h.idx, w: h.w, gloss: h.gloss, only: h.only });
    e.cat ||= st.cat;
    break;
  }
}
for (const e of ENTRIES.values()) {
  // Longest phrase first.
  e.phrases?.sort((a, b) => b.rest.length - a.rest.length);
  for (const p of e.phrases ?? []) e.next |= p.rest.length === 0 || p.rest[0] === NUMBER_SLOT ? -1 : 1 << ((p.hashes[0] as number) & 31);
  e.since = e.hits?.some((x) => x.idx === CUE_INDEX.since) ?? false;
}

/**
 * An open-addressing table from hashStr(word) to its value; a hit is
 * confirmed on the word. The words' characters are copied into one typed
 * array beside the keys, so that a probe compares two typed arrays and
 * reads the value's object (and its string) only for the word found.
 */
class HashTable<T extends { word: string }> {
  private readonly keys: Int32Array;
  /** Per slot: the word's offset in `pool` << 8 | its length. */
  private readonly at: Int32Array;
  private readonly pool: Uint16Array;
  private readonly vals: (T | undefined)[];
  private readonly mask: number;
  readonly maxLen: number;
  constructor(items: Iterable<T>) {
    const list = [...items];
    let size = 1024;
    while (size < list.length * 4) size *= 2;
    this.keys = new Int32Array(size);
    this.at = new Int32Array(size);
    this.pool = new Uint16Array(list.reduce((a, v) => a + v.word.length, 0));
    this.vals = new Array<T | undefined>(size).fill(undefined);
    this.mask = size - 1;
    let maxLen = 0;
    let o = 0;
    for (const v of list) {
      const w = v.word;
      if (w.length > 255) throw new Error(`lexicon: a word of over 255 characters: ${w}`);
      const h = hashStr(w);
      let s = (h ^ (h >>> 15)) & this.mask;
      while (this.keys[s] !== 0) s = (s + 1) & this.mask;
      this.keys[s] = h | 1;
      this.at[s] = (o << 8) | w.length;
      for (let j = 0; j < w.length; j++) this.pool[o++] = w.charCodeAt(j);
      this.vals[s] = v;
      maxLen = Math.max(maxLen, w.length);
    }
    this.maxLen = maxLen;
  }
  /**
   * The value whose word is chars[off, off + len) of a scan whose prefix
   * hashes hold that range's hash (`off` starts a token): the hash is read
   * here, not passed, because a 32-bit hash handed to a call that is not
   * inlined is boxed (a heap number per word looked up, 150 bytes a post).
   */
  getAt(scan: Scan, off: number, len: number): T | undefined {
    return this.get(scan, off, len, scan.ph[off + len - 1] as number);
  }

  /** The value whose word is chars[off, off + len) of the scan, given that range's hash. */
  get(scan: Scan, off: number, len: number, h: number): T | undefined {
    const key = h | 1;
    let s = (h ^ (h >>> 15)) & this.mask;
    for (;;) {
      const k = this.keys[s] as number;
      if (k === 0) return undefined;
      if (k === key) {
        const a = this.at[s] as number;
        if ((a & 0xff) === len && this.same(scan.chars, off, a >>> 8, len)) return this.vals[s];
      }
      s = (s + 1) & this.mask;
    }
  }

  private same(chars: Uint16Array, off: number, at: number, len: number): boolean {
    const pool = this.pool;
    for (let j = 0; j < len; j++) if (chars[off + j] !== pool[at + j]) return false;
    return true;
  }
}

const VOCAB = new HashTable(ENTRIES.values());
const STEM_TABLE = new HashTable(STEMS.values());
const CJK_TABLE = new HashTable(CJK.values());
/** Stem lengths, longest first (the longest stem is the most specific). */
const STEM_LENS = [...new Set([...STEMS.keys()].map((k) => k.length))].sort((a, b) => b - a);
const CJK_LENS = [...new Set([...CJK.keys()].map((k) => k.length))].sort((a, b) => b - a);
const CJK_MAX = CJK_LENS[0] ?? 0;
/** Bit filter over the stems' hashes: most prefixes of a word are no stem, and one bit says so. */
const STEM_BITS = new Uint32Array(1 << 14);
for (const k of STEMS.keys()) {
  const b = hashStr(k) & 0x7ffff;
  STEM_BITS[b >>> 5] = (STEM_BITS[b >>> 5] as number) | (1 << (b & 31));
}
/** Stems' first letters: a word whose first STEM_HEAD letters start no stem has none (shorter stems: Hangul, by script). */
const STEM_HEAD = 4;
const STEM_HEAD_BITS = new Uint32Array(1 << 14);
const SHORT_STEM_LENS = STEM_LENS.filter((L) => L < STEM_HEAD);
let SHORT_STEM_SCRIPTS = 0;
for (const k of STEMS.keys()) {
  if (k.length < STEM_HEAD) {
    langScan.scan(k, false);
    SHORT_STEM_SCRIPTS |= 1 << (langScan.scripts[0] as number);
    continue;
  }
  const b = hashStr(k.slice(0, STEM_HEAD)) & 0x7ffff;
  STEM_HEAD_BITS[b >>> 5] = (STEM_HEAD_BITS[b >>> 5] as number) | (1 << (b & 31));
}
const CJK_BITS = new Uint32Array(1 << 14);
for (const k of CJK.keys()) {
  const b = hashStr(k) & 0x7ffff;
  CJK_BITS[b >>> 5] = (CJK_BITS[b >>> 5] as number) | (1 << (b & 31));
}
function bit(bits: Uint32Array, h: number): boolean {
  const b = h & 0x7ffff;
  return ((bits[b >>> 5] as number) & (1 << (b & 31))) !== 0;
}

/** Arabic proclitics a word may carry (conjunction, preposition, article), longest first; folded. */
const AR_PROCLITICS = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];
/** Hebrew prefixes ("and", "the", "in", "to", "from", "that", "as", "when") and their usual combinations, longest first. */
const HE_PROCLITICS = ['וכשה', 'כשה', 'ושה', 'ומה', 'וכש', 'וה', 'וב', 'ול', 'ומ', 'וש', 'שה', 'מה', 'שב', 'של', 'כש', 'ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ'];

/** Substring stems for unsplit hashtags such as #qldfloods, #yycflood, #nepalquake. */
const HASHTAG_STEMS: [RegExp, number][] = [
  [/flood|inond|inunda|hochwasser|banjir|sel$/, CAT_INDEX.flood],
  [/quake|sismo|terremoto|seisme|erdbeben|temblor|deprem|gempa|lindol/, CAT_INDEX.earthquake],
  [/hurricane|typhoon|cyclone|tornado|storm|huracan|ouragan|tifon|typhon|furacao|kasirga|badai/, CAT_INDEX.storm],
  [/wildfire|bushfire|fire$|incendi|waldbrand|yangin|kebakaran/, CAT_INDEX.fire],
  [/shooting|bombing|attack|atentado|attentat|anschlag|tiroteo|fusillade|sparatoria|tiroteio/, CAT_INDEX.attack],
  [/explosion|blast|explosao|esplosione|patlama|ledakan/, CAT_INDEX.explosion],
];
const ANY_HASHTAG_STEM = new RegExp(HASHTAG_STEMS.map(([re]) => re.source).join('|'));

/** What one pass of the lexicon over a scanned post found (reused from post to post). */
export class LexResult {
  /** Weight per class (LEX_KEYS). */
  readonly scores = new Float32Array(NLEX);
  /** Function-word evidence per language (read for the Latin-script ones and the second language of a script: lang.ts). */
  readonly langCounts = new Float32Array(NLANGS);
  lang: Lang = 'und';
  /** Some category term counted. */
  anyCat = false;
  /** Category terms found (folded), for the alert's terms: terms[0 .. nTerms); full pass only. */
  readonly terms: string[] = [];
  nTerms = 0;
  /** hashStr of the English glosses of the non-English terms found (distinct); full pass only. */
  gloss = new Int32Array(32);
  ng = 0;
  /** Largest number of dead next to a death word ("12 killed", "مقتل 3"). */
  deaths = 0;
  /** The largest count of the dead by a number word of some languages only, and those languages (bits): settled once the post's language is known. */
  private langDeaths = 0;
  private langDeathsOnly = 0;
  /** A number next to a casualty or death word. */
  numCasualty = false;
  hasNumber = false;
  /** Earliest year written (1900-2099), not after "since"; 0 when none. */
  year = 0;
  /** Per token: 1 when it is no content word (function, generic or category word, or inside a figurative phrase). */
  notContent = new Uint8Array(64);
  /** Per token: consumed by a phrase (1: its category hits, 2: all its hits). */
  private consumed = new Uint8Array(64);
  // Hits of terms that count in one language only, decided after the language is known: [0 .. np).
  // This scratch and `terms` are counted, not emptied: `a.length = 0` drops an array's backing store and the next push allocates one.
  private np = 0;
  private pIdx: number[] = [];
  private pW: number[] = [];
  private pOnly: number[] = [];
  private pTerm: string[] = [];
  private pGloss: number[][] = [];

  /** Clears the result for a scan of n tokens (per-token flags: only those a pass may have set). */
  reset(n: number): void {
    this.scores.fill(0);
    this.langCounts.fill(0);
    const dirty = this.dirty;
    this.dirty = 0;
    this.anyCat = false;
    this.nTerms = 0;
    this.ng = 0;
    this.deaths = 0;
    this.langDeaths = 0;
    this.langDeathsOnly = 0;
    this.numCasualty = false;
    this.hasNumber = false;
    this.year = 0;
    if (this.notContent.length < n) {
      this.notContent = new Uint8Array(n * 2);
      this.consumed = new Uint8Array(n * 2);
    } else if (dirty > 0) {
      this.notContent.fill(0, 0, dirty);
      this.consumed.fill(0, 0, dirty);
    }
    this.np = 0;
  }

  /** Per-token flags may be set below this index (a full pass, or a phrase consumed). */
  private dirty = 0;

  /** Marks token flags [0, n) as possibly set. */
  touch(n: number): void {
    if (n > this.dirty) this.dirty = n;
  }

  isConsumed(i: number): number {
    return this.consumed[i] as number;
  }
  consume(i: number, how: number): void {
    if (i >= this.dirty) this.dirty = i + 1;
    if ((this.consumed[i] as number) < how) this.consumed[i] = how;
  }

  addTerm(t: string): void {
    this.terms[this.nTerms++] = t;
  }

  /** The category terms found, a copy. */
  termList(): string[] {
    return this.terms.slice(0, this.nTerms);
  }

  addGloss(g: readonly number[]): void {
    for (let q = 0; q < g.length; q++) {
      const h = g[q] as number;
      let seen = false;
      for (let k = 0; k < this.ng; k++) if (this.gloss[k] === h) seen = true;
      if (!seen && this.ng < this.gloss.length) this.gloss[this.ng++] = h;
    }
  }

  defer(h: Hit, term: string): void {
    const k = this.np++;
    this.pIdx[k] = h.idx;
    this.pW[k] = h.w;
    this.pOnly[k] = h.only;
    this.pTerm[k] = term;
    this.pGloss[k] = h.gloss;
  }

  /** Counts n dead, or defers it to the language when the number word is some languages' only. */
  countDead(n: number, only: number): void {
    if (only === 0) this.deaths = Math.max(this.deaths, n);
    else if (n > this.langDeaths) {
      this.langDeaths = n;
      this.langDeathsOnly = only;
    }
  }

  /** Adds the deferred one-language hits that hold in `lang`. */
  settle(lang: Lang, full: boolean): void {
    // Most posts defer nothing: the language's bit (a search of the language list) only for those that do.
    if (this.langDeathsOnly === 0 && this.np === 0) return;
    const bit = 1 << langIndex(lang);
    if ((this.langDeathsOnly & bit) !== 0) this.deaths = Math.max(this.deaths, this.langDeaths);
    for (let k = 0; k < this.np; k++) {
      if (((this.pOnly[k] as number) & bit) === 0) continue;
      const idx = this.pIdx[k] as number;
      this.scores[idx] = (this.scores[idx] as number) + (this.pW[k] as number);
      if (idx < NCATS) {
        this.anyCat = true;
        if (full) this.addTerm(this.pTerm[k] as string);
      }
      if (full) this.addGloss(this.pGloss[k] as number[]);
    }
  }
}

/** A lexicon term is half the language evidence of a function word. */
const TERM_LANG_WEIGHT = 0.5;

/** Verdict of the pre-check: some category term may be present (run the full pass). */
export const MAYBE_CATEGORY = -1;

/**
 * Reads a scanned post with the lexicons into `r`. Full pass (`full`):
 * everything LexResult holds; returns 1. Pre-check (`!full`): stops at the
 * first category term and returns MAYBE_CATEGORY; otherwise the post has
 * none, `r` holds its cue scores, language and function-word evidence as
 * the full pass would, and it returns 0 (terms, glosses, numbers and content
 * flags are the full pass's only).
 */
export function readLexicon(scan: Scan, r: LexResult, full: boolean, hint?: string): number {
  const n = scan.n;
  r.reset(n);
  if (full) r.touch(n);
  for (let k = 0; k < scan.nTags; k++) {
    const tag = scan.tag(k);
    if (!ANY_HASHTAG_STEM.test(tag)) continue;
    if (!full) return MAYBE_CATEGORY;
    for (const [re, idx] of HASHTAG_STEMS)
      if (re.test(tag) && (r.scores[idx] as number) < 0.5) {
        r.scores[idx] = (r.scores[idx] as number) + 0.5;
        r.anyCat = true;
      }
  }
  let lastNum = -10;
  // A number that may count the dead: no duration ("20 years"), no casualty count ("20 injured").
  let lastCount = -10;
  let lastCountValue = 0;
  let lastCountOnly = 0;
  let lastDead = -10;
  let lastCasualty = -10;
  // A casualty word after a dead cue takes the numbers after it ("4 dead, injured: 9 serious").
  let lastCasualtyOnly = -10;
  // A toll noun beside a dead cue ("death toll", "cifra de muertos") opens a wider window for the number that follows.
  let lastToll = -10;
  let lastTollDead = -10;
  let tollFrom = -1;
  let tollWords = 0;
  let prevSince = false;
  // The last tens word ("twenty", "vingt"; or "quatre" before "vingt"), for the unit that may follow it.
  let lastTens = -10;
  let lastTensValue = 0;
  let lastTensOnly = 0;
  for (let i = 0; i < n; i++) {
    const flags = scan.flags[i] as number;
    if ((flags & TOK.cjk) !== 0) {
      const c = readCjk(scan, i, r, full);
      if (c === MAYBE_CATEGORY) return MAYBE_CATEGORY;
      if (full && c === CJK_DEAD) {
        lastDead = i;
        if (i - lastCount <= 3) r.countDead(lastCountValue, lastCountOnly);
      }
      prevSince = false;
      continue;
    }
    const off = scan.fOff[i] as number;
    const len = scan.fLen[i] as number;
    const e = len <= VOCAB.maxLen ? VOCAB.getAt(scan, off, len) : undefined;
    let hits: Hit[] | null = null;
    let isSince = false;
    let phraseDead = false;
    if (e !== undefined) {
      if (e.langs !== 0) addLangEvidence(r.langCounts, e.langs);
      if (e.termLangs !== 0) addLangEvidence(r.langCounts, e.termLangs, TERM_LANG_WEIGHT);
      if (e.stop && full) r.notContent[i] = 1;
      if (e.phrases !== null && (e.next === -1 || (i + 1 < n && (e.next & (1 << (scan.hash(i + 1) & 31))) !== 0))) {
        const p = matchPhrase(scan, i, e.phrases);
        if (p !== null) {
          const k = p.rest.length + 1;
          if (p.consume !== Consume.None) for (let j = 0; j < k; j++) r.consume(i + j, p.consume);
          if (p.consume === Consume.All && full) for (let j = 0; j < k; j++) r.notContent[i + j] = 1;
          if (addHits(r, p.hits, full, i, scan, p) === MAYBE_CATEGORY) return MAYBE_CATEGORY;
          for (let q = 0; q < p.hits.length; q++) if ((p.hits[q] as Hit).idx === CUE_INDEX.dead && (p.hits[q] as Hit).only === 0) phraseDead = true;
        }
      }
      hits = e.hits;
      isSince = e.since;
    }
    const consumed = r.isConsumed(i);
    if (consumed === Consume.All) {
      prevSince = false;
      continue;
    }
    if (hits === null && len >= 1) hits = stemHits(scan, i, off, len);
    if (hits === null && len >= 4) {
      const script = scan.scripts[i] as number;
      if (script === Script.Arabic) hits = cliticHits(scan, off, len, AR_PROCLITICS);
      else if (script === Script.Hebrew) hits = cliticHits(scan, off, len, HE_PROCLITICS);
    }
    let dead = false;
    let casualty = false;
    if (hits !== null) {
      for (let q = 0; q < hits.length; q++) {
        const x = hits[q] as Hit;
        if (x.idx < NCATS) {
          if (consumed === Consume.Categories) continue;
          if (x.only !== 0) {
            if (!full) return MAYBE_CATEGORY;
            r.defer(x, scan.key(i));
            continue;
          }
          if (!full) return MAYBE_CATEGORY;
          r.scores[x.idx] = (r.scores[x.idx] as number) + x.w;
          r.anyCat = true;
          r.notContent[i] = 1;
          r.addTerm(scan.key(i));
          r.addGloss(x.gloss);
          continue;
        }
        if (x.only !== 0) {
          r.defer(x, '');
          continue;
        }
        r.scores[x.idx] = (r.scores[x.idx] as number) + x.w;
        if (full) r.addGloss(x.gloss);
        if (x.idx === CUE_INDEX.dead) dead = true;
        else if (x.idx === CUE_INDEX.casualty) casualty = true;
      }
      if (full && (dead || casualty)) {
        lastCasualty = i;
        if (i - lastNum <= 3) r.numCasualty = true;
      }
    }
    if (full) {
      // A phrase's dead cue ("death toll") counts the dead as a word's does (not as a model feature: numCasualty stays the words').
      dead ||= phraseDead;
      if (dead) {
        lastDead = i;
        if (i - lastCount <= 3) r.countDead(lastCountValue, lastCountOnly);
      }
      const cnt = e !== undefined ? e.count : 0;
      if (casualty && !dead && (cnt & Count.Dead) === 0) {
        lastCasualtyOnly = i;
        tollFrom = -1;
      }
      if ((cnt & Count.Toll) !== 0) lastToll = i;
      if (dead || (cnt & Count.Dead) !== 0) lastTollDead = i;
      if (lastToll === i ? i - lastTollDead <= TOLL_NEAR : lastTollDead === i && i - lastToll <= TOLL_NEAR) {
        tollFrom = i;
        tollWords = 0;
      } else if (tollFrom >= 0 && (flags & TOK.letter) !== 0 && e?.stop !== true) tollWords++;
    }
    const tollOpen = tollFrom >= 0 && i - tollFrom <= TOLL_SPAN && tollWords <= TOLL_WORDS;
    // A number in words may be more than one seed word: a tens word and its unit ("twenty-five", "treinta y dos") or a
    // compound ("fünfundzwanzig", "veinticinco"); the whole number is read at its last word (numbers.ts).
    let wordNum = e !== undefined ? e.num : 0;
    let wordOnly = e !== undefined ? e.numOnly : 0;
    if (full && (flags & (TOK.digit | TOK.letter)) === TOK.letter) {
      const after = i - lastTens;
      if (lastTensValue >= 20 && (after === 1 || (after === 2 && isJoiner(scan.key(i - 1))))) {
        const u = unitAfterTens(lastTensValue, scan.key(i), after === 2);
        if (u > 0) {
          wordNum = lastTensValue + u;
          wordOnly = lastTensOnly;
        }
      } else if (e === undefined && mayBeCompound(scan.chars, off, len)) wordNum = compoundNumber(scan.key(i));
      // quatre-vingt(s): four twenties, a tens word.
      if (wordNum === 20 && after === 1 && lastTensValue === 4) wordNum = 80;
      if (wordNum >= 20 && wordNum <= 90 && wordNum % 10 === 0) {
        lastTens = i;
        lastTensValue = wordNum;
        lastTensOnly = wordOnly;
      } else if (wordNum === 4 && scan.key(i) === 'quatre') {
        lastTens = i;
        lastTensValue = 4;
        lastTensOnly = wordOnly;
      }
    }
    if (full && (flags & (TOK.digit | TOK.letter)) === TOK.digit) {
      r.hasNumber = true;
      const v = len <= 6 ? numberAt(scan, off, len) : -1;
      if (len === 4 && v >= 1900 && v <= 2099) {
        if (!prevSince && (r.year === 0 || v < r.year)) r.year = v;
      } else if (v >= 0) {
        lastNum = i;
        if (i - lastCasualty <= 2) r.numCasualty = true;
        if (!countsNoDead(scan, i + 1)) {
          lastCount = i;
          lastCountValue = v;
          lastCountOnly = 0;
          if ((i - lastDead <= 2 && lastDead > lastCasualtyOnly && !clauseBetween(scan, lastDead, i)) || tollOpen) r.deaths = Math.max(r.deaths, v);
        }
        tollFrom = -1;
      }
    } else if (full && wordNum !== 0) {
      // A number written as a word counts the dead as digits do, but is no model feature (hasNumber, numCasualty stay the digits').
      if (!countsNoDead(scan, i + 1)) {
        lastCount = i;
        lastCountValue = wordNum;
        lastCountOnly = wordOnly;
        if ((i - lastDead <= 2 && lastDead > lastCasualtyOnly && !clauseBetween(scan, lastDead, i)) || tollOpen) r.countDead(wordNum, wordOnly);
      }
      tollFrom = -1;
    } else if ((flags & TOK.digit) !== 0) {
      r.hasNumber = true;
      // In a toll's window a number may carry a suffix: Turkish "20'ye", Korean "20명" (not "20년": years).
      if (full && tollOpen) {
        const v = suffixedNumber(scan, off, len);
        if (v >= 0) {
          r.deaths = Math.max(r.deaths, v);
          tollFrom = -1;
        }
      }
    }
    prevSince = isSince;
  }
  if ((scan.scriptLetters[Script.Latin] as number) > scan.asciiLetters) addMarkerEvidence(scan.text, r.langCounts);
  if ((scan.scriptLetters[Script.Cyrillic] as number) + (scan.scriptLetters[Script.Arabic] as number) > 0) addScriptMarkerEvidence(scan.text, r.langCounts);
  r.lang = pickLanguage(scan.scriptLetters, r.langCounts, hint);
  r.settle(r.lang, full);
  if (!full && r.anyCat) return MAYBE_CATEGORY;
  return 0;
}

/**
 * A comma or a full stop between tokens a and b: the number after it opens another clause ("4 have died, 48 were
 * injured"), it does not count the dead before it.
 */
function clauseBetween(scan: Scan, a: number, b: number): boolean {
  const text = scan.text;
  for (let j = a + 1; j <= b; j++)
    for (let x = scan.end[j - 1] as number; x < (scan.start[j] as number); x++) {
      const c = text.charCodeAt(x);
      // , ; . ! ? and the Arabic, CJK and Devanagari commas and stops.
      if (c === 44 || c === 59 || c === 46 || c === 33 || c === 63 || c === 0x60c || c === 0x61b || c === 0x3001 || c === 0x3002 || c === 0xff0c || c === 0x964) return true;
    }
  return false;
}

/** A toll noun and a dead cue at most this many tokens apart make a death toll. */
const TOLL_NEAR = 2;
/** The toll's number comes at most this many tokens after it, with at most TOLL_WORDS words other than function words between ("death toll reported tonight: at least 20"). */
const TOLL_SPAN = 6;
const TOLL_WORDS = 3;

/** The word after a number makes it no count of the dead: a unit of time ("20 years", "20年") or a casualty word ("20 injured", "20 people injured"). */
function countsNoDead(scan: Scan, j: number, skip = true): boolean {
  if (j >= scan.n) return false;
  const off = scan.fOff[j] as number;
  const len = scan.fLen[j] as number;
  if (((scan.flags[j] as number) & TOK.cjk) !== 0) {
    const k = scan.key(j);
    for (let L = 1; L <= Math.min(CJK_TIME_MAX, len); L++) if (CJK_TIME.has(k.slice(0, L))) return true;
    return false;
  }
  const e = len <= VOCAB.maxLen ? VOCAB.getAt(scan, off, len) : undefined;
  if (e !== undefined && (e.count & Count.Time) !== 0) return true;
  if (skip && e !== undefined && (e.count & Count.Filler) !== 0) return countsNoDead(scan, j + 1, false);
  const hits = e?.hits ?? stemHits(scan, j, off, len);
  if (hits === null) return false;
  let casualty = false;
  for (let q = 0; q < hits.length; q++) {
    const idx = (hits[q] as Hit).idx;
    if (idx === CUE_INDEX.dead) return false;
    if (idx === CUE_INDEX.casualty) casualty = true;
  }
  return casualty;
}

/** The number a token starts with when up to three letters follow it and they are no unit of time ("20ye": 20; "20th", "20km": -1 only by length or time). */
function suffixedNumber(scan: Scan, off: number, len: number): number {
  let d = 0;
  while (d < len && d < 7 && (scan.chars[off + d] as number) >= 48 && (scan.chars[off + d] as number) <= 57) d++;
  if (d === 0 || d > 6 || len - d > 3) return -1;
  let h = 0x811c9dc5;
  for (let j = d; j < len; j++) h = Math.imul(h ^ (scan.chars[off + j] as number), 0x01000193);
  const e = VOCAB.get(scan, off + d, len - d, h >>> 0);
  if (e !== undefined && (e.count & Count.Time) !== 0) return -1;
  return numberAt(scan, off, d);
}

function numberAt(scan: Scan, off: number, len: number): number {
  let v = 0;
  for (let j = 0; j < len; j++) v = v * 10 + ((scan.chars[off + j] as number) - 48);
  return v;
}

/** Adds a phrase's (or CJK term's) hits; MAYBE_CATEGORY when the pre-check meets a category. */
function addHits(r: LexResult, hits: readonly Hit[], full: boolean, i: number, scan: Scan, p: Phrase | null): number {
  for (let q = 0; q < hits.length; q++) {
    const x = hits[q] as Hit;
    if (x.only !== 0) {
      if (x.idx < NCATS && !full) return MAYBE_CATEGORY;
      r.defer(x, full && p ? phraseText(scan, i, p) : '');
      continue;
    }
    if (x.idx < NCATS) {
      if (!full) return MAYBE_CATEGORY;
      r.anyCat = true;
      r.addTerm(p ? phraseText(scan, i, p) : '');
    }
    r.scores[x.idx] = (r.scores[x.idx] as number) + x.w;
    if (full) r.addGloss(x.gloss);
  }
  return 0;
}

/** The phrase's words joined by a space (concatenated: a spread into join() is much code for the optimiser). */
function phraseText(scan: Scan, i: number, p: Phrase): string {
  let text = scan.key(i);
  for (let q = 0; q < p.rest.length; q++) text += ` ${p.rest[q] as string}`;
  return text;
}

/** Token t is a number: digits, or a number word of a seed ("il y a dix ans" is "il y a 10 ans"). */
function isNumberAt(scan: Scan, t: number): boolean {
  const flags = scan.flags[t] as number;
  if ((flags & (TOK.digit | TOK.letter)) === TOK.digit) return true;
  const len = scan.fLen[t] as number;
  return len <= VOCAB.maxLen && (VOCAB.getAt(scan, scan.fOff[t] as number, len)?.num ?? 0) !== 0;
}

/** The longest phrase of `phrases` starting at token i, or null. */
function matchPhrase(scan: Scan, i: number, phrases: readonly Phrase[]): Phrase | null {
  for (let q = 0; q < phrases.length; q++) {
    const p = phrases[q] as Phrase;
    const k = p.rest.length;
    if (i + k >= scan.n) continue;
    let ok = true;
    for (let j = 0; j < k && ok; j++) {
      const w = p.rest[j] as string;
      ok = w === NUMBER_SLOT ? isNumberAt(scan, i + 1 + j) : scan.hash(i + 1 + j) === p.hashes[j] && scan.eq(i + 1 + j, w);
    }
    if (ok) return p;
  }
  return null;
}

/** Hits of the longest stem token i starts with, or null. */
function stemHits(scan: Scan, i: number, off: number, len: number): Hit[] | null {
  // Most words start no stem: one bit over their first STEM_HEAD letters says so. (`off` is token i's: its prefix hashes are ph[off ..].)
  const ph = scan.ph;
  const lens = len >= STEM_HEAD && bit(STEM_HEAD_BITS, ph[off + STEM_HEAD - 1] as number) ? STEM_LENS : SHORT_STEM_SCRIPTS & (1 << (scan.scripts[i] as number)) ? SHORT_STEM_LENS : null;
  if (lens === null) return null;
  for (let q = 0; q < lens.length; q++) {
    const L = lens[q] as number;
    if (L > len) continue;
    if (!bit(STEM_BITS, ph[off + L - 1] as number)) continue;
    const s = STEM_TABLE.getAt(scan, off, L);
    if (s !== undefined) return s.hits;
  }
  return null;
}

/** An Arabic or Hebrew word read without its proclitics ("والانفجار": "انفجار", "והפיצוץ": "פיצוץ"): the remainder's exact or stem hits. */
function cliticHits(scan: Scan, off: number, len: number, proclitics: readonly string[]): Hit[] | null {
  for (let q = 0; q < proclitics.length; q++) {
    const pre = proclitics[q] as string;
    if (len - pre.length < 3 || !scan.eqAt(off, pre)) continue;
    const o = off + pre.length;
    const L = len - pre.length;
    let h = 0x811c9dc5;
    const prefix: number[] = [];
    for (let j = 0; j < L; j++) {
      h = Math.imul(h ^ (scan.chars[o + j] as number), 0x01000193);
      prefix.push(h >>> 0);
    }
    const e = L <= VOCAB.maxLen ? VOCAB.get(scan, o, L, prefix[L - 1] as number) : undefined;
    if (e?.hits) return e.hits;
    for (let q = 0; q < STEM_LENS.length; q++) {
      const SL = STEM_LENS[q] as number;
      if (SL > L) continue;
      const sh = prefix[SL - 1] as number;
      if (!bit(STEM_BITS, sh)) continue;
      const s = STEM_TABLE.get(scan, o, SL, sh);
      if (s !== undefined) return s.hits;
    }
  }
  return null;
}

const cjkHashes = new Uint32Array(CJK_MAX + 1);
/** readCjk's answer when the run holds a dead cue ("死者", "死亡"). */
const CJK_DEAD = 1;
/** The terms of a Han/Kana run, longest match first at each position (a figurative term hides the terms inside it). */
function readCjk(scan: Scan, i: number, r: LexResult, full: boolean): number {
  let dead = false;
  const off = scan.fOff[i] as number;
  const len = scan.fLen[i] as number;
  const chars = scan.chars;
  let p = 0;
  const hs = cjkHashes;
  while (p < len) {
    const max = Math.min(CJK_MAX, len - p);
    let h = 0x811c9dc5;
    for (let L = 1; L <= max; L++) {
      h = Math.imul(h ^ (chars[off + p + L - 1] as number), 0x01000193);
      hs[L] = h >>> 0;
    }
    let found: CjkTerm | undefined;
    for (let q = 0; q < CJK_LENS.length; q++) {
      const L = CJK_LENS[q] as number;
      if (L > max) continue;
      const hl = hs[L] as number;
      if (!bit(CJK_BITS, hl)) continue;
      found = CJK_TABLE.get(scan, off + p, L, hl);
      if (found) break;
    }
    if (!found) {
      p++;
      continue;
    }
    const termFrom = p;
    p += found.word.length;
    if (found.consume === Consume.All) {
      for (const x of found.hits) if (x.idx === CUE_INDEX.figurative) r.scores[x.idx] = (r.scores[x.idx] as number) + x.w;
      continue;
    }
    for (const x of found.hits) {
      if (x.idx < NCATS) {
        if (!full) return MAYBE_CATEGORY;
        r.anyCat = true;
        r.addTerm(found.word);
      }
      r.scores[x.idx] = (r.scores[x.idx] as number) + x.w;
      if (full) r.addGloss(x.gloss);
      if (x.idx === CUE_INDEX.dead) {
        dead = true;
        if (full) {
          const n = hanToll(chars, off, off + termFrom, off + p, off + len);
          if (n > 0) r.countDead(n, 0);
        }
      }
    }
  }
  return dead ? CJK_DEAD : 0;
}

/** Han counters of people after a number ("三十人", "五十名"). */
const HAN_PEOPLE = new Set([0x4eba, 0x540d]);
/** Han and kana words between a death noun and its number ("死者为三十人", "死者は五十人"). */
const HAN_LINKS = new Set([0x4e3a, 0x70ba, 0x662f, 0x306f, 0x304c]);

/**
 * The count of the dead a Han numeral gives beside a dead term at [from, to) of the run [start, end): before it, with
 * or without a counter and particle ("三十人死亡", "五十人が死亡"), or after it ("死者三十人"); -1 when none.
 */
function hanToll(chars: ArrayLike<number>, start: number, from: number, to: number, end: number): number {
  let b = from;
  if (b > start && chars[b - 1] === 0x304c) b--;
  if (b > start && HAN_PEOPLE.has(chars[b - 1] as number)) b--;
  let a = b;
  while (a > start && isHanNumeral(chars[a - 1] as number)) a--;
  if (a < b) return hanNumber(chars, a, b);
  let c = to;
  if (c < end && HAN_LINKS.has(chars[c] as number)) c++;
  let d = c;
  while (d < end && isHanNumeral(chars[d] as number)) d++;
  return d > c ? hanNumber(chars, c, d) : -1;
}

/** True when the folded word is a term (exact or stem) of some language's lexicon: of a category, or of any class with `anyClass`. */
function isTerm(word: string, anyClass: boolean): boolean {
  scanner.scan(word, false);
  if (scanner.n !== 1) return false;
  const off = scanner.fOff[0] as number;
  const len = scanner.fLen[0] as number;
  const e = VOCAB.get(scanner, off, len, scanner.hash(0));
  if (e?.hits) return anyClass || e.cat;
  const s = stemHits(scanner, 0, off, len);
  return s !== null && s.some((x) => anyClass || x.idx < NCATS);
}

/** True when the folded word is a category term (exact or stem) of some language. */
export const isCategoryTerm = (word: string): boolean => isTerm(word, false);

/** True when the folded word is a term of any lexicon class (a category, or a cue: "warning", "damage", "shelter"). */
export const isLexiconTerm = (word: string): boolean => isTerm(word, true);

/** True for a function word of any language. */
export function isStopword(word: string): boolean {
  scanner.scan(word, false);
  if (scanner.n !== 1) return false;
  return VOCAB.get(scanner, scanner.fOff[0] as number, scanner.fLen[0] as number, scanner.hash(0))?.stop === true;
}

/** The languages with a seed lexicon. */
export const LEXICON_LANGS: readonly Lang[] = SEEDS.map((s) => s.lang as Lang);
export { LANGS };

const langLex = new LexResult();
/** The language of a post's text (script, then function words; `hint`: the platform's tag), as scoring identifies it. */
export function detectLanguage(text: string, hint?: string): Lang {
  readLexicon(langScan.scan(text, true), langLex, true, hint);
  return langLex.lang;
}
