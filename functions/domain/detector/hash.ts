/** FNV-1a over UTF-16 code units (the first `len`), from `seed`: the detector's string hash (features, content, keys). */
export function hashStr(s: string, seed = 0x811c9dc5, len = s.length): number {
  // As an int32 (the seed is above 2^31): the loop's hash stays a 32-bit integer; the same bits.
  let h = seed | 0;
  const n = Math.min(len, s.length);
  for (let i = 0; i < n; i++) {
    h ^= charCode(s, i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * `s.charCodeAt(i)`, with `charCodeAt` not looked up on `s`: the scanner, the lexicon and the hashes are given strings
 * of every representation (posts from JSON, texts with entities decoded, lexicon terms cut by regexps and split(),
 * place names, map keys), and past four kinds V8's lookup of `s.charCodeAt` turns megamorphic, a generic call per
 * character: the scan ran ~1.6 times slower once the lexicon module had been loaded (docs/benchmarks.md, speed5).
 * `String.prototype.charCodeAt` is a constant to the optimiser, also in a bundle (where a module's own constant
 * becomes a `var`).
 */
export function charCode(s: string, i: number): number {
  return String.prototype.charCodeAt.call(s, i);
}
