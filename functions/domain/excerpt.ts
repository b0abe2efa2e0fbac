/**
 * A post as an alert quotes it: its text cleaned and cut (no control, format
 * or bidi characters, no links, no retweet prefix, whitespace collapsed, at
 * most EXCERPT_MAX_CHARS, cut at a word), and its link where its source has
 * one.
 */
import { EXCERPT_MAX_CHARS } from './alert';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The cleaned excerpt, or '' when nothing readable is left. */
export function excerptOf(text: string, max = EXCERPT_MAX_CHARS): string {
  const t = text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/^RT @[\w.]+:?\s*/i, '')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Zs}]+/gu, ' ')
    .trim();
  // Measured in UTF-16 units, as the schemas' max() counts: never split a surrogate pair.
  if (t.length <= max) return t;
  let cut = t.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

/** A handle as a link may carry it (letters, digits, _ . -; an @domain for Mastodon), or undefined. */
export function cleanHandle(handle: string | undefined): string | undefined {
  const h = handle?.trim().replace(/^@/, '');
  return h && /^[\w.-]{1,64}(@[\w.-]{1,60})?$/.test(h) ? h : undefined;
}

/** The post's https link where the source has a stable one; undefined otherwise. */
export function postUrl(source: string, id: string, handle?: string): string | undefined {
  if ((source === 'twitter' || source === 'x') && /^\d{1,30}$/.test(id)) {
    const h = cleanHandle(handle);
    return h && !h.includes('@') ? `https://x.com/${h}/status/${id}` : `https://x.com/i/web/status/${id}`;
  }
  const bsky = /^at:\/\/(did:[a-z0-9]+:[A-Za-z0-9._:%-]{1,200})\/app\.bsky\.feed\.post\/([A-Za-z0-9]{1,64})$/.exec(id);
  if (bsky) return `https://bsky.app/profile/${bsky[1]}/post/${bsky[2]}`;
  if (/^https:\/\/[A-Za-z0-9.-]{1,253}\/[^\s<>"|]{1,500}$/.test(id)) return id;
  return undefined;
}
