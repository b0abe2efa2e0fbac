/**
 * Finding the data's own words in the repository (the data's terms forbid
 * copying its posts here). Pure: the texts come in, the spans go out.
 *
 * Both sides are read the same way: lower case, URLs, @mentions, HTML
 * entities and the RT marker dropped, anything but letters, marks and digits
 * a word break. A span of the repository is reported when a run of n such
 * words also occurs in a post. The repository side is indexed (about half a
 * million word windows), the posts are streamed past it, so memory does not
 * grow with the data.
 *
 * Windows are keyed by a 53-bit hash (two independent 32-bit word hashes,
 * folded per window): with ~10^6 keys a chance collision with any of the
 * ~10^7 windows of the data has odds near 10^-3 per whole run, and a
 * collision can only add a hit to look at, never hide one.
 */

/**
 * Six words. Measured on this repository against the data (2026-12-02,
 * before its quotes were rewritten): at five, 157 spans, half of them
 * everyday phrases of hand-written prose (a preposition, an article, a
 * noun and another preposition, say); at six, 41, every one in a test sentence or a quote about the data's
 * events; at seven 21 and at eight 6, missing six-word headline fragments
 * that were quoted whole.
 */
export const DEFAULT_N = 6;

const TOKEN = /https?:\/\/\S+|www\.\S+|@\w+|&#?\w+;|[\p{L}\p{M}\p{N}]+/gu;
const SKIPPED = /^(?:https?:|www\.|@|&)/;

/** Calls `word` with each word of a text, lower-cased, and its UTF-16 offsets. */
function eachWord(text: string, word: (w: string, start: number, end: number) => void): void {
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    if (SKIPPED.test(t)) continue;
    const w = t.toLowerCase();
    if (w !== 'rt') word(w, m.index, m.index + t.length);
  }
}

export function words(text: string): string[] {
  const out: string[] = [];
  eachWord(text, (w) => out.push(w));
  return out;
}

/** The words of a text and where each stands. */
export interface Tokens {
  words: string[];
  starts: number[];
  ends: number[];
}

export function tokens(text: string): Tokens {
  const out: Tokens = { words: [], starts: [], ends: [] };
  eachWord(text, (w, start, end) => {
    out.words.push(w);
    out.starts.push(start);
    out.ends.push(end);
  });
  return out;
}

function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Two independent 32-bit hashes per word, side by side: [a0, b0, a1, b1, ...]. */
function wordHashes(ws: readonly string[]): Uint32Array {
  const out = new Uint32Array(ws.length * 2);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? '';
    let a = 0x811c9dc5;
    let b = 0x2545f491;
    for (let j = 0; j < w.length; j++) {
      const c = w.charCodeAt(j);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
    out[2 * i] = fmix(a);
    out[2 * i + 1] = fmix(b ^ w.length);
  }
  return out;
}

/** The key of every window of k words, by its first word's index. */
function windowKeys(h: Uint32Array, k: number): number[] {
  const count = h.length / 2 - k + 1;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    let a = k;
    let b = ~k;
    for (let j = i; j < i + k; j++) {
      a = Math.imul((a << 5) | (a >>> 27), 0x9e3779b1) ^ (h[2 * j] ?? 0);
      b = Math.imul((b << 7) | (b >>> 25), 0x85ebca77) ^ (h[2 * j + 1] ?? 0);
    }
    out.push(fmix(a) * 0x200000 + (fmix(b) >>> 11));
  }
  return out;
}

export const ngramKeys = (ws: readonly string[], k: number): number[] => windowKeys(wordHashes(ws), k);

/** Where a quoted string's words lie in a text's words: [first, last). */
export interface Range {
  first: number;
  last: number;
}

/**
 * Quoted strings of a text: "..." and curly quotes anywhere (at most one line
 * break inside, for wrapped prose), '...' and `...` in code too, each kind
 * matched on its own so that a quote inside another (a test's title in '...'
 * quoting "...") is found as well. A quote mark with a letter or digit on its
 * outer side is an apostrophe, not a quote.
 */
export function quotedRanges(text: string, starts: readonly number[], code: boolean): Range[] {
  const out: Range[] = [];
  for (const pattern of code ? QUOTES_IN_CODE : QUOTES_IN_PROSE)
    for (const m of text.matchAll(pattern)) {
      const first = lowerBound(starts, m.index + 1);
      const last = lowerBound(starts, m.index + m[0].length - 1);
      if (last > first) out.push({ first, last });
    }
  return out;
}

const DOUBLE = /(?<![\p{L}\p{N}])(?:"[^"\n]+(?:\n[^"\n]+)?"|“[^”]+”)(?![\p{L}\p{N}])/gu;
const QUOTES_IN_PROSE = [DOUBLE];
const QUOTES_IN_CODE = [
  DOUBLE,
  /(?<![\p{L}\p{N}])'[^'\n]+'(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}])`[^`\n]+`(?![\p{L}\p{N}])/gu,
];

/** Index of the first value at or above `x` in an ascending array. */
function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Windows with fewer words of two letters or more than this are not prose
 * (a regular expression, digits in a table, a list of letters): they match
 * posts by their characters, not by their words.
 */
const MIN_WORDS_OF_LETTERS = 3;
const LETTERS = /\p{L}.*\p{L}/u;

function isProse(lettered: readonly number[], first: number, last: number): boolean {
  let count = 0;
  for (let i = first; i < last; i++) count += lettered[i] ?? 0;
  return count >= Math.min(MIN_WORDS_OF_LETTERS, last - first);
}

export interface SourceFile {
  path: string;
  text: string;
  /** Code (quotes in '', "" and ``) or prose (quotes in "" only: an apostrophe is too common there). */
  code: boolean;
}

export interface AllowedSpan {
  span: string;
  reason: string;
}

export interface QuoteOptions {
  /** Window length of the scan, in words. */
  n: number;
  /** Also check whole quoted strings of min..n-1 words (none when absent). */
  min?: number;
}

/** A repository span found in the data. */
export interface Hit {
  path: string;
  line: number;
  /** The repository's text of the span (show it in a terminal, never write it down). */
  text: string;
  words: number;
  kind: 'ngram' | 'quoted';
  /** Posts holding the span's windows: the least and the most over its windows. */
  posts: { min: number; max: number };
}

const KINDS = ['ngram', 'quoted'] as const;

/**
 * The repository's windows and quoted strings, counted against posts fed one
 * by one (`see`), then read back as merged spans (`hits`). The windows are
 * kept in parallel number arrays, not objects: a repository has half a
 * million of them.
 */
export class QuoteIndex {
  private readonly slots = new Map<number, number>();
  private readonly needle = {
    key: [] as number[],
    file: [] as number[],
    first: [] as number[],
    last: [] as number[],
    kind: [] as number[],
  };
  private readonly starts: Int32Array[] = [];
  private readonly ends: Int32Array[] = [];
  private readonly lengths: number[];
  private readonly counts: Uint32Array;
  private readonly lastPost: Int32Array;
  private postIndex = 0;
  private readonly allowKeys = new Map<number, number>();

  constructor(
    private readonly files: readonly SourceFile[],
    options: QuoteOptions,
    allowed: readonly AllowedSpan[] = [],
  ) {
    const { n, min } = options;
    if (!Number.isInteger(n) || n < 2) throw new Error(`n must be an integer >= 2, got ${n}`);
    if (min !== undefined && (!Number.isInteger(min) || min < 1 || min >= n))
      throw new Error(`min must be an integer in 1..${n - 1}, got ${min}`);
    const lengths = new Set<number>([n]);
    files.forEach((f, file) => {
      const t = tokens(f.text);
      this.starts.push(Int32Array.from(t.starts));
      this.ends.push(Int32Array.from(t.ends));
      const lettered = t.words.map((w) => (LETTERS.test(w) ? 1 : 0));
      ngramKeys(t.words, n).forEach((key, first) => {
        if (isProse(lettered, first, first + n)) this.add(key, file, first, first + n, 0);
      });
      if (min === undefined) return;
      for (const r of quotedRanges(f.text, t.starts, f.code)) {
        const k = r.last - r.first;
        if (k < min || k >= n || !isProse(lettered, r.first, r.last)) continue;
        lengths.add(k);
        const [key] = ngramKeys(t.words.slice(r.first, r.last), k);
        if (key !== undefined) this.add(key, file, r.first, r.last, 1);
      }
    });
    this.lengths = [...lengths];
    this.counts = new Uint32Array(this.slots.size);
    this.lastPost = new Int32Array(this.slots.size).fill(-1);
    allowed.forEach((a, i) => {
      const ws = words(a.span);
      for (const k of this.lengths) for (const key of ngramKeys(ws, k)) this.allowKeys.set(key, i);
    });
  }

  private add(key: number, file: number, first: number, last: number, kind: number): void {
    if (!this.slots.has(key)) this.slots.set(key, this.slots.size);
    const nd = this.needle;
    nd.key.push(key);
    nd.file.push(file);
    nd.first.push(first);
    nd.last.push(last);
    nd.kind.push(kind);
  }

  /** Counts one post: each window or quoted string it holds, once per post. */
  see(text: string): void {
    const post = this.postIndex++;
    const h = wordHashes(words(text));
    for (const k of this.lengths)
      for (const key of windowKeys(h, k)) {
        const slot = this.slots.get(key);
        if (slot === undefined || this.lastPost[slot] === post) continue;
        this.lastPost[slot] = post;
        this.counts[slot] = (this.counts[slot] ?? 0) + 1;
      }
  }

  get postsSeen(): number {
    return this.postIndex;
  }

  /**
   * The repository's spans found in the posts seen, overlapping windows of a
   * file merged into one span, and which allowed spans were needed. A window
   * inside an allowed span is not a hit.
   */
  hits(): { hits: Hit[]; allowedUsed: Set<number> } {
    const nd = this.needle;
    const allowedUsed = new Set<number>();
    const found: number[] = [];
    const countOf = (i: number) => this.counts[this.slots.get(nd.key[i] ?? -1) ?? -1] ?? 0;
    for (let i = 0; i < nd.key.length; i++) {
      if (countOf(i) === 0) continue;
      const allow = this.allowKeys.get(nd.key[i] ?? -1);
      if (allow !== undefined) allowedUsed.add(allow);
      else found.push(i);
    }
    const at = (a: number[], i: number) => a[i] ?? 0;
    found.sort(
      (x, y) => at(nd.file, x) - at(nd.file, y) || at(nd.kind, x) - at(nd.kind, y) || at(nd.first, x) - at(nd.first, y),
    );
    const hits: Hit[] = [];
    let open: { i: number; last: number; min: number; max: number } | undefined;
    const close = () => {
      if (!open) return;
      const file = at(nd.file, open.i);
      const f = this.files[file];
      const start = this.starts[file]?.[at(nd.first, open.i)] ?? 0;
      const end = this.ends[file]?.[open.last - 1] ?? start;
      if (f)
        hits.push({
          path: f.path,
          line: lineOf(f.text, start),
          text: f.text.slice(start, end),
          words: open.last - at(nd.first, open.i),
          kind: KINDS[at(nd.kind, open.i)] ?? 'ngram',
          posts: { min: open.min, max: open.max },
        });
      open = undefined;
    };
    for (const i of found) {
      const c = countOf(i);
      if (
        open &&
        at(nd.file, open.i) === at(nd.file, i) &&
        at(nd.kind, open.i) === at(nd.kind, i) &&
        at(nd.first, i) < open.last
      ) {
        open.last = Math.max(open.last, at(nd.last, i));
        open.min = Math.min(open.min, c);
        open.max = Math.max(open.max, c);
        continue;
      }
      close();
      open = { i, last: at(nd.last, i), min: c, max: c };
    }
    close();
    return { hits, allowedUsed };
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
