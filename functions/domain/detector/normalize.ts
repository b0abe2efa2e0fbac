/**
 * Text normalisation for the scoring hot path: HTML entities, retweet prefix,
 * URLs, mentions, hashtags (split into words), emoji, case and diacritics.
 * Regexes are compiled once; no per-post allocation beyond the output tokens.
 */

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
const MENTION_RE = /@\w{1,30}/g;
const HASHTAG_RE = /#([\p{L}\p{N}_]+)/gu;
const CAMEL_RE = /([\p{Ll}\p{N}])(\p{Lu})|(\p{Lu})(\p{Lu}\p{Ll})|(\p{L})(\p{N})|(\p{N})(\p{L})/gu;
const TOKEN_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
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

export function splitHashtag(body: string): string {
  return body.replace(/_/g, ' ').replace(CAMEL_RE, (_m, a, b, c, d, e, f, g, h) =>
    a !== undefined ? `${a} ${b}` : c !== undefined ? `${c} ${d}` : e !== undefined ? `${e} ${f}` : `${g} ${h}`,
  );
}

export function fold(s: string): string {
  const l = s.toLowerCase();
  if (!NON_ASCII_RE.test(l)) return l;
  return l.normalize('NFD').replace(DIACRITIC_RE, '').replace(/ß/g, 'ss');
}

export function normalize(text: string): Normalized {
  let s = decodeEntities(text);
  let isRetweet = false;
  const rt = RT_PREFIX_RE.exec(s);
  if (rt && rt[0].length > 0 && /^\s*(?:RT|MT)\b/.test(s)) {
    isRetweet = true;
    s = s.slice(rt[0].length);
  }
  let hasUrl = false;
  s = s.replace(URL_RE, () => {
    hasUrl = true;
    return ' ';
  });
  s = s.replace(TRUNC_URL_RE, ' ');
  // Inline retweets ("... RT @x: text") keep the text but the mention goes.
  s = s.replace(/\bRT\s+(?=@)/g, ' ');
  s = s.replace(MENTION_RE, ' ');
  const hashtags: string[] = [];
  s = s.replace(HASHTAG_RE, (_m, body: string) => {
    hashtags.push(fold(body));
    return ` ${splitHashtag(body)} `;
  });
  const raw = s.match(TOKEN_RE) ?? [];
  const tokens = new Array<string>(raw.length);
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i] as string;
    for (let j = 0; j < r.length; j++) {
      const c = r.charCodeAt(j);
      if (c >= 65 && c <= 90) {
        upper++;
        letters++;
      } else if (c >= 97 && c <= 122) letters++;
    }
    tokens[i] = fold(r).replace(/['’]/g, '');
  }
  return { tokens, raw, hashtags, clean: s, isRetweet, hasUrl, upperRatio: letters > 0 ? upper / letters : 0 };
}
