/**
 * Text normalisation for the scoring hot path: HTML entities, retweet prefix,
 * URLs, mentions, hashtags (split into words), emoji, case and diacritics.
 * Regexes are compiled once; no per-post allocation beyond the output tokens.
 */

import { hashStr } from './hash';

export interface Normalized {
  /** Lower-case, accent-folded tokens (letters and digits). */
  tokens: string[];
  /** Original-case tokens aligned with `tokens` (for gazetteer capitalisation cues). */
  raw: string[];
  /** Lower-case hashtag bodies (unsplit), for substring cues such as #qldfloods. */
  hashtags: string[];
  /** Text with URLs/mentions/RT prefix removed and entities decoded (original case). */
  clean: string;
  isRetweet: boolean;
  hasUrl: boolean;
  /** Fraction of letters that are upper case (shouting / all-caps headlines). */
  upperRatio: number;
}

const ENTITY_RE = /&(amp|lt|gt|quot|apos|nbsp|#\d{1,6}|#x[0-9a-fA-F]{1,5});/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const RT_PREFIX_RE = /^\s*(?:RT|MT)\s*:?\s*(?:@\w{1,30}\s*:?\s*)?/;
const URL_RE = /\b(?:https?:\/\/|www\.)\S*/gi;
const TRUNC_URL_RE = /\bhttps?:?\/?\/?\S*…?$|\bhttp\S*…/gi;
const HTTP_RE = /http/i;
const MENTION_RE = /@\w{1,30}/g;
const HASHTAG_RE = /#([\p{L}\p{N}_]+)/gu;
const CAMEL_RE = /([\p{Ll}\p{N}])(\p{Lu})|(\p{Lu})(\p{Lu}\p{Ll})|(\p{L})(\p{N})|(\p{N})(\p{L})/gu;
const DIACRITIC_RE = /[\u0300-\u036f]/g;
const NON_ASCII_RE = /[^\x00-\x7f]/;

function decodeEntity(_m: string, e: string): string {
  const named = NAMED[e];
  if (named !== undefined) return named;
  const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
}

export function decodeEntities(s: string): string {
  // Double-encoded entities (&amp;amp;) exist in the wild: decode twice at most.
  if (s.indexOf('&') < 0) return s;
  const once = s.replace(ENTITY_RE, decodeEntity);
  return once.indexOf('&') < 0 ? once : once.replace(ENTITY_RE, decodeEntity);
}

const APOS_RE = /['’]/g;

export function splitHashtag(body: string): string {
  // Lower-case ASCII letters only: nothing to split.
  let j = 0;
  while (j < body.length) {
    const c = body.charCodeAt(j);
    if (c < 97 || c > 122) break;
    j++;
  }
  if (j === body.length) return body;
  if (!NON_ASCII_RE.test(body)) return splitAscii(body.indexOf('_') >= 0 ? body.replace(/_/g, ' ') : body);
  return body.replace(/_/g, ' ').replace(CAMEL_RE, (_m, a, b, c, d, e, f, g, h) =>
    a !== undefined ? `${a} ${b}` : c !== undefined ? `${c} ${d}` : e !== undefined ? `${e} ${f}` : `${g} ${h}`,
  );
}

const isLowerOrDigit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
const isLetterAscii = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigitAscii = (c: number): boolean => c >= 48 && c <= 57;

/** CAMEL_RE's replacement on an ASCII string, without the regex: the same alternatives in the same order, left to right. */
function splitAscii(b: string): string {
  const n = b.length;
  let out = '';
  let last = 0;
  let i = 0;
  while (i < n - 1) {
    const x = b.charCodeAt(i);
    const y = b.charCodeAt(i + 1);
    let len = 0;
    if (isLowerOrDigit(x) && isUpperAscii(y)) len = 2;
    else if (isUpperAscii(x) && isUpperAscii(y) && i + 2 < n && b.charCodeAt(i + 2) >= 97 && b.charCodeAt(i + 2) <= 122) len = 3;
    else if (isLetterAscii(x) && isDigitAscii(y)) len = 2;
    else if (isDigitAscii(x) && isLetterAscii(y)) len = 2;
    if (len > 0) {
      out += `${b.slice(last, i + 1)} `;
      last = i + 1;
      i += len;
    } else i++;
  }
  return last === 0 ? b : out + b.slice(last);
}

/** 1 = a hashtag body character ([\p{L}\p{N}_]), 2 = not; 0 = not computed yet (non-ASCII code units, lazily; never surrogates). */
const TAG_CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) TAG_CLASS[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 ? 1 : 2;
const TAG_CHAR_RE = /^[\p{L}\p{N}_]$/u;

/** Hashtag body character class of a code unit: 1 yes, 2 no, 0 a surrogate (the caller falls back to the regex). */
function tagClass(c: number): number {
  let k = TAG_CLASS[c] as number;
  if (k === 0) {
    if (c >= 0xd800 && c <= 0xdfff) return 0;
    k = TAG_CHAR_RE.test(String.fromCharCode(c)) ? 1 : 2;
    TAG_CLASS[c] = k;
  }
  return k;
}

const tagBodies: string[] = [];

/** s.replace(HASHTAG_RE, ...) as in normalize, pushing the folded bodies into `hashtags`; falls back to the regex when a body touches a surrogate pair. */
function replaceHashtags(s: string, hashtags: string[]): string {
  const n = s.length;
  let out = '';
  let last = 0;
  tagBodies.length = 0;
  let p = s.indexOf('#');
  while (p >= 0) {
    let q = p + 1;
    while (q < n) {
      const k = tagClass(s.charCodeAt(q));
      if (k === 0) return replaceHashtagsRe(s, hashtags);
      if (k !== 1) break;
      q++;
    }
    if (q > p + 1) {
      const body = s.slice(p + 1, q);
      tagBodies.push(body);
      out += `${s.slice(last, p)} ${splitHashtag(body)} `;
      last = q;
      p = s.indexOf('#', q);
    } else p = s.indexOf('#', p + 1);
  }
  for (const b of tagBodies) hashtags.push(fold(b));
  return last === 0 ? s : out + s.slice(last);
}

function replaceHashtagsRe(s: string, hashtags: string[]): string {
  return s.replace(HASHTAG_RE, (_m, body: string) => {
    hashtags.push(fold(body));
    return ` ${splitHashtag(body)} `;
  });
}

export function fold(s: string): string {
  const l = s.toLowerCase();
  if (!NON_ASCII_RE.test(l)) return l;
  return l.normalize('NFD').replace(DIACRITIC_RE, '').replace(/ß/g, 'ss');
}

/** 1 = letter or digit, 2 = not; 0 = not computed yet (non-ASCII code units, lazily: use isWordChar()). */
export const CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) CLASS[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
const LETTER_RE = /^[\p{L}\p{N}\p{M}]$/u;

/** A letter, digit or mark (the tokeniser's word characters); surrogates are not. */
export function isWordChar(c: number): boolean {
  let k = CLASS[c] as number;
  if (k === 0) {
    // Surrogates (emoji and rare scripts) are never word characters here.
    k = c >= 0xd800 && c <= 0xdfff ? 2 : LETTER_RE.test(String.fromCharCode(c)) ? 1 : 2;
    CLASS[c] = k;
  }
  return k === 1;
}

/** Letter counts of the last tokenize() call (for the upper-case ratio). */
let lastUpper = 0;
let lastLetters = 0;

/** Splits on non letters/digits; keeps inner apostrophes ("don't"). Same as /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu, without regex cost. */
export function tokenize(s: string): string[] {
  const out: string[] = [];
  const n = s.length;
  let upper = 0;
  let letters = 0;
  let i = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    while (!(c < 128 ? CLASS[c] === 1 : isWordChar(c))) {
      if (++i >= n) break;
      c = s.charCodeAt(i);
    }
    if (i >= n) break;
    const start = i;
    while (i < n) {
      c = s.charCodeAt(i);
      if (c < 128) {
        if (CLASS[c] !== 1) break;
        if (c >= 97) letters++;
        else if (c >= 65) {
          upper++;
          letters++;
        }
      } else if (!isWordChar(c)) break;
      i++;
    }
    if ((c === 39 || c === 0x2019) && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if ((d < 48 || d > 57) && (d < 128 ? CLASS[d] === 1 : isWordChar(d))) {
        i++;
        while (i < n && isWordChar(s.charCodeAt(i))) i++;
      }
    }
    out.push(s.slice(start, i));
  }
  lastUpper = upper;
  lastLetters = letters;
  return out;
}

/** A token folded as normalize() folds it (lower case, no accents, no apostrophes), given what tokenizeFold saw in it. */
export function foldToken(r: string, high: boolean, hasApos: boolean): string {
  if (high) {
    const f = fold(r);
    return f.includes("'") || f.includes('’') ? f.replace(APOS_RE, '') : f;
  }
  // ASCII: fold() is toLowerCase().
  const f = r.toLowerCase();
  return hasApos ? f.replace(APOS_RE, '') : f;
}

/**
 * tokenize() and the folding of each token in one pass: pushes the raw tokens
 * into `raw` (when given: they are tokenize(s)) and the folded ones (lower case, no accents, no apostrophes)
 * into `tokens`; sets the letter counts like tokenize().
 */
/** hashStr() of each folded token of the last normalizeText() call (computed while tokenising). */
let tokenHashes = new Uint32Array(256);
export function lastTokenHashes(): Uint32Array {
  return tokenHashes;
}

function tokenizeFold(s: string, raw: string[] | null, tokens: string[]): void {
  const n = s.length;
  let upper = 0;
  let letters = 0;
  let i = 0;
  let k = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    while (!(c < 128 ? CLASS[c] === 1 : isWordChar(c))) {
      if (++i >= n) break;
      c = s.charCodeAt(i);
    }
    if (i >= n) break;
    const start = i;
    // What folding the token needs: upper-case ASCII, an ASCII apostrophe, anything not ASCII.
    let hasUpper = false;
    let hasApos = false;
    let high = false;
    // hashStr of the folded token, as far as it is ASCII (else recomputed from the folded string).
    let h = 0x811c9dc5;
    while (i < n) {
      c = s.charCodeAt(i);
      if (c < 128) {
        if (CLASS[c] !== 1) break;
        if (c >= 97) {
          letters++;
          h = Math.imul(h ^ c, 0x01000193);
        } else if (c >= 65) {
          upper++;
          letters++;
          hasUpper = true;
          h = Math.imul(h ^ (c + 32), 0x01000193);
        } else h = Math.imul(h ^ c, 0x01000193);
      } else if (!isWordChar(c)) break;
      else high = true;
      i++;
    }
    if ((c === 39 || c === 0x2019) && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if ((d < 48 || d > 57) && (d < 128 ? CLASS[d] === 1 : isWordChar(d))) {
        if (c === 39) hasApos = true;
        else high = true;
        i++;
        while (i < n) {
          const e = s.charCodeAt(i);
          if (!isWordChar(e)) break;
          if (e >= 128) high = true;
          else if (e >= 65 && e <= 90) {
            hasUpper = true;
            h = Math.imul(h ^ (e + 32), 0x01000193);
          } else h = Math.imul(h ^ e, 0x01000193);
          i++;
        }
      }
    }
    const r = s.slice(start, i);
    if (raw !== null) raw.push(r);
    if (k === tokenHashes.length) {
      const grown = new Uint32Array(k * 2);
      grown.set(tokenHashes);
      tokenHashes = grown;
    }
    if (high) {
      const f = foldToken(r, true, hasApos);
      tokens.push(f);
      tokenHashes[k++] = hashStr(f);
    } else {
      tokens.push(hasUpper || hasApos ? foldToken(r, false, hasApos) : r);
      tokenHashes[k++] = h;
    }
  }
  lastUpper = upper;
  lastLetters = letters;
}

export function normalize(text: string): Normalized {
  const raw: string[] = [];
  const n = normalizeText(text, raw);
  return { tokens: n.tokens, raw, hashtags: n.hashtags, clean: n.clean, isRetweet: n.isRetweet, hasUrl: n.hasUrl, upperRatio: n.upperRatio };
}

/** normalize() without the raw tokens, for the scoring hot path: they are `tokenize(clean)` when needed. */
export type NormalizedText = Omit<Normalized, 'raw'>;

/** normalizeText() before tokenising: the cleaned text (`clean`) and what was learnt cleaning it. */
export interface PreparedText {
  clean: string;
  hashtags: string[];
  isRetweet: boolean;
  hasUrl: boolean;
}

/** normalize(); the raw tokens go into `raw` when given. */
export function normalizeText(text: string, raw: string[] | null = null): NormalizedText {
  return tokenizePrepared(prepareText(text), raw);
}

/** normalizeText() of the text prepareText() was given. */
export function tokenizePrepared(p: PreparedText, raw: string[] | null = null): NormalizedText {
  const tokens: string[] = [];
  tokenizeFold(p.clean, raw, tokens);
  const upper = lastUpper;
  const letters = lastLetters;
  return { tokens, hashtags: p.hashtags, clean: p.clean, isRetweet: p.isRetweet, hasUrl: p.hasUrl, upperRatio: letters > 0 ? upper / letters : 0 };
}

/** Entities, retweet prefix, URLs, mentions and hashtags: everything of normalizeText() but the tokens. */
export function prepareText(text: string): PreparedText {
  let s = decodeEntities(text);
  let isRetweet = false;
  const c0 = s.charCodeAt(0);
  if (c0 === 82 || c0 === 77 || c0 === 32) {
    const rt = RT_PREFIX_RE.exec(s);
    if (rt && rt[0].length > 0 && /^\s*(?:RT|MT)\b/.test(s)) {
      isRetweet = true;
      s = s.slice(rt[0].length);
    }
  }
  let hasUrl = false;
  if (s.includes('http') || s.includes('www.')) {
    // Every match is at least 4 characters ("www."), replaced by 1: the length tells whether there was one.
    const before = s.length;
    s = s.replace(URL_RE, ' ');
    hasUrl = s.length !== before;
    // Both of its alternatives start with "http" (any case): mostly gone with the full URLs.
    if (HTTP_RE.test(s)) s = s.replace(TRUNC_URL_RE, ' ');
  }
  if (s.includes('@')) {
    // Inline retweets ("... RT @x: text") keep the text but the mention goes.
    if (s.includes('RT')) s = s.replace(/\bRT\s+(?=@)/g, ' ');
    s = s.replace(MENTION_RE, ' ');
  }
  const hashtags: string[] = [];
  if (s.includes('#')) s = replaceHashtags(s, hashtags);
  return { clean: s, hashtags, isRetweet, hasUrl };
}
