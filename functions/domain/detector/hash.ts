/** FNV-1a over UTF-16 code units (the first `len`), from `seed`: the detector's string hash (features, content, keys). */
export function hashStr(s: string, seed = 0x811c9dc5, len = s.length): number {
  let h = seed >>> 0;
  const n = Math.min(len, s.length);
  for (let i = 0; i < n; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
