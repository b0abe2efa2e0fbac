/**
 * Language identification: the script first (Devanagari, Greek, Hangul,
 * Hebrew, Bengali letters name their language here; Han with any Kana is
 * Japanese, without Chinese; Arabic script is Arabic, Persian or Urdu,
 * Cyrillic Russian or Ukrainian, told apart by their function words and the
 * letters only one of them writes), then, for Latin script, function words
 * counted by the lexicon pass (lexicon.ts; the lists are in seeds/); the
 * platform's tag breaks ties and names a Latin post without function words;
 * else 'und'.
 */
import { charCode } from './hash';
import { NSCRIPTS, Script } from './scan';

/** Languages with function words (Latin script, identified by them) first, then the script-identified ones. */
export const LANGS = ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl', 'tl', 'tr', 'id', 'pl', 'ar', 'fa', 'ru', 'uk', 'hi', 'el', 'ko', 'ja', 'zh', 'he', 'ur', 'bn'] as const;
export type Lang = (typeof LANGS)[number] | 'und';
export const NLANGS = LANGS.length;
/** Languages told apart by function words (Latin script): LANGS[0 .. LATIN_LANGS). */
export const LATIN_LANGS = 11;
const LATIN_MASK = (1 << LATIN_LANGS) - 1;

export function langIndex(l: string): number {
  return (LANGS as readonly string[]).indexOf(l);
}

/** The language a script names (Latin: none, function words decide). */
const SCRIPT_LANG: (Lang | null)[] = new Array<Lang | null>(NSCRIPTS).fill(null);
SCRIPT_LANG[Script.Arabic] = 'ar';
SCRIPT_LANG[Script.Cyrillic] = 'ru';
SCRIPT_LANG[Script.Devanagari] = 'hi';
SCRIPT_LANG[Script.Greek] = 'el';
SCRIPT_LANG[Script.Hangul] = 'ko';
SCRIPT_LANG[Script.Hebrew] = 'he';
SCRIPT_LANG[Script.Bengali] = 'bn';
const SCRIPT_LANG_INDEX = SCRIPT_LANG.map((l) => (l ? langIndex(l) : -1));
/**
 * The other languages of a script (indexes in LANGS): one is named instead of
 * SCRIPT_LANG's only on more evidence than it and than the siblings before
 * it (function words, its own letters, the tag), so a post of the first
 * language with no evidence stays what it was.
 */
const SCRIPT_SIBLINGS: (readonly number[])[] = Array.from({ length: NSCRIPTS }, () => []);
SCRIPT_SIBLINGS[Script.Arabic] = [langIndex('fa'), langIndex('ur')];
SCRIPT_SIBLINGS[Script.Cyrillic] = [langIndex('uk')];

const SHARE = new Float32Array(1 << LATIN_LANGS);
for (let m = 1; m < SHARE.length; m++) {
  let bits = 0;
  for (let x = m; x; x &= x - 1) bits++;
  SHARE[m] = 1 / bits;
}

/** A word of k languages is `weight`/k evidence for each: adds a word's language mask (bits of LANGS) into `counts` (NLANGS long). */
export function addLangEvidence(counts: Float32Array, mask: number, weight = 1): void {
  const m = mask & LATIN_MASK;
  if (m !== 0) {
    const w = (SHARE[m] as number) * weight;
    for (let x = m; x !== 0; x &= x - 1) {
      const li = 31 - Math.clz32(x & -x);
      counts[li] = (counts[li] as number) + w;
    }
  }
  // Words of the languages a script names (ar, fa, ru, uk): Latin words never share a form with them.
  const o = mask & ~LATIN_MASK;
  if (o !== 0) {
    let bits = 0;
    for (let x = o; x !== 0; x &= x - 1) bits++;
    const w = weight / bits;
    for (let x = o; x !== 0; x &= x - 1) {
      const li = 31 - Math.clz32(x & -x);
      counts[li] = (counts[li] as number) + w;
    }
  }
}

/**
 * Letters that only some Latin-script languages write (Turkish ı ş ğ,
 * Spanish ñ ¿ ¡, Portuguese ã õ, German ß ä, French œ è ê, Italian ì ò):
 * each is MARK_WEIGHT evidence, shared among the languages that write it.
 */
const MARKS: [string, string][] = [
  ['ıİşŞğĞ', 'tr'],
  ['ąĄęĘłŁńŃśŚźŹżŻćĆ', 'pl'],
  ['ñÑ¿¡', 'es'],
  ['ãõÃÕ', 'pt'],
  ['ßäÄ', 'de'],
  ['öüÖÜ', 'de tr'],
  ['çÇ', 'fr pt tr'],
  ['œîïëÎ', 'fr'],
  ['èÈù', 'fr it'],
  ['âêôÂÊÔ', 'fr pt'],
  ['àÀ', 'fr it pt'],
  ['ìòÌÒ', 'it'],
  ['áíóúÁÍÓÚ', 'es pt'],
  ['éÉ', 'fr es pt it'],
];
const MARK_WEIGHT = 0.3;
const MARK_LO = 0xa1;
const MARK = new Uint16Array(0x180 - MARK_LO);
for (const [chars, langs] of MARKS)
  for (const ch of chars)
    MARK[ch.charCodeAt(0) - MARK_LO] = langs.split(' ').reduce((m, l) => m | (1 << langIndex(l)), 0);

/** Adds the evidence of `text`'s marker letters (see MARKS) into `counts`. */
export function addMarkerEvidence(text: string, counts: Float32Array): void {
  for (let i = 0; i < text.length; i++) {
    const c = charCode(text, i) - MARK_LO;
    if (c < 0 || c >= MARK.length) continue;
    const m = MARK[c] as number;
    if (m !== 0) addLangEvidence(counts, m, MARK_WEIGHT);
  }
}

/**
 * Letters that only some languages of a script write, as raw code units (the
 * folded forms unify some: Persian ی ک fold to Arabic ي ك): Ukrainian і ї є
 * ґ against Russian ы э ъ ё; Persian پ ژ ی ک against Arabic ة ى ي ك (not
 * گ چ: Iraqi and Gulf Arabic write them); Urdu writes پ ی ک too, and its own
 * ٹ ڈ ڑ ں ے (not ہ ھ: decorated Arabic writes them for ه, "للهہ"). Each
 * is MARK_WEIGHT evidence for every language that writes it (not shared out:
 * a Persian letter weighs against Arabic as much as before Urdu was added).
 */
const SCRIPT_MARKS: [string, string][] = [
  ['іїєґІЇЄҐ', 'uk'],
  ['ыэъёЫЭЪЁ', 'ru'],
  ['ژ', 'fa'],
  ['پیک', 'fa ur'],
  ['ةىيك', 'ar'],
  ['ٹڈڑںے', 'ur'],
];
const SCRIPT_MARK_LO = 0x400;
/** Per code unit from SCRIPT_MARK_LO: the languages (bits of LANGS) that write it. */
const SCRIPT_MARK = new Int32Array(0x700 - SCRIPT_MARK_LO);
for (const [chars, langs] of SCRIPT_MARKS) {
  const mask = langs.split(' ').reduce((m, l) => m | (1 << langIndex(l)), 0);
  for (const ch of chars) SCRIPT_MARK[ch.charCodeAt(0) - SCRIPT_MARK_LO] = mask;
}

/** Adds the evidence of `text`'s Cyrillic and Arabic-script marker letters (SCRIPT_MARKS) into `counts` (NLANGS long). */
export function addScriptMarkerEvidence(text: string, counts: Float32Array): void {
  for (let i = 0; i < text.length; i++) {
    const c = charCode(text, i) - SCRIPT_MARK_LO;
    if (c < 0 || c >= SCRIPT_MARK.length) continue;
    for (let m = SCRIPT_MARK[c] as number; m !== 0; m &= m - 1) {
      const li = 31 - Math.clz32(m & -m);
      counts[li] = (counts[li] as number) + MARK_WEIGHT;
    }
  }
}

/** Index in LANGS of a platform language tag ("en", "en-GB", "in" for Indonesian), or -1; memoised (tags are few). */
const hintIndex = new Map<string, number>();
function hintIdxOf(hint: string): number {
  let i = hintIndex.get(hint);
  if (i === undefined) {
    const two = hint.slice(0, 2).toLowerCase();
    i = langIndex(two === 'in' ? 'id' : two);
    if (hintIndex.size < 1024) hintIndex.set(hint, i);
  }
  return i;
}

/** Evidence a Latin-script language needs to be named: more than one crisis word shared by many languages ("tsunami"). */
const MIN_EVIDENCE = 0.15;

/**
 * The language of a post: its dominant script's language when that script
 * names one (its sibling in SCRIPT_SIBLING when that has more evidence);
 * Han text is Japanese when it has Kana; Latin text by its function-word
 * counts (`counts`, NLANGS long; `hint` adds 0.3 to its language), the hint
 * alone when none was seen.
 */
export function pickLanguage(scriptLetters: Int32Array, counts: Float32Array, hint?: string): Lang {
  let best = -1;
  let bestN = 0;
  for (let s = 0; s < NSCRIPTS; s++) {
    const v = scriptLetters[s] as number;
    if (s === Script.Other || v === 0) continue;
    // Han and Kana are one writing system: Japanese mixes them.
    const n = s === Script.Han || s === Script.Kana ? (scriptLetters[Script.Han] as number) + (scriptLetters[Script.Kana] as number) : v;
    if (n > bestN) {
      bestN = n;
      best = s;
    }
  }
  if (best === Script.Han || best === Script.Kana) return (scriptLetters[Script.Kana] as number) > 0 ? 'ja' : 'zh';
  const hintIdx = hint ? hintIdxOf(hint) : -1;
  if (best >= 0) {
    const l = SCRIPT_LANG[best];
    if (l) {
      const sibs = SCRIPT_SIBLINGS[best] as readonly number[];
      if (sibs.length === 0) return l;
      let pick = SCRIPT_LANG_INDEX[best] as number;
      let top = (counts[pick] as number) + (pick === hintIdx ? 0.3 : 0);
      for (let k = 0; k < sibs.length; k++) {
        const sib = sibs[k] as number;
        const other = (counts[sib] as number) + (sib === hintIdx ? 0.3 : 0);
        if (other > top) {
          top = other;
          pick = sib;
        }
      }
      return LANGS[pick] as Lang;
    }
  }
  let li = -1;
  let liN = 0;
  for (let k = 0; k < LATIN_LANGS; k++) {
    const n = (counts[k] as number) + (k === hintIdx ? 0.3 : 0);
    if (n > liN) {
      liN = n;
      li = k;
    }
  }
  if (li >= 0 && (counts[li] as number) > MIN_EVIDENCE) return LANGS[li] as Lang;
  // No function word: the tag when it is a Latin-script language (a tag naming another script contradicts the letters).
  return hintIdx >= 0 && hintIdx < LATIN_LANGS ? (LANGS[hintIdx] as Lang) : 'und';
}
