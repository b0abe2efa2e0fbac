/**
 * Mastodon status (REST and streaming `update` payloads) -> Tocsin post.
 *
 * - id: the status's `uri`, the same on every server that has it (a post seen
 *   on two servers or two timelines is one post to the detector).
 * - text: the content warning, then the HTML content as plain text.
 * - createdAt: the status's created_at as the server gives it (never the
 *   time it was received: the detector remembers post ids by createdAt, so a
 *   post read again after a reconnect must keep it); one more than 10 minutes
 *   ahead of the receiving clock is skipped ('future').
 * - author: `user@host` (local accounts qualified with the server's host),
 *   followers; boosts (reblogs) are skipped: they repeat a post the timeline
 *   has (or will have) itself; edits (status.update) are skipped.
 * - replyTo: the parent by the server's local id (`<host>#<id>`: the API gives
 *   no URI for it); quoteOf: the quoted status's URI (Mastodon 4.4+).
 */
import { z } from 'zod';
import type { Post } from '../../domain/post';
import { boundedPostId } from '../post-id';

export const SOURCE = 'mastodon';
const MAX_AHEAD_MS = 10 * 60_000;

const Account = z.object({
  id: z.string().max(64),
  acct: z.string().min(1).max(512),
  followers_count: z.number().int().nonnegative().optional(),
  bot: z.boolean().nullish(),
});

const BaseStatus = z.object({
  id: z.string().regex(/^\d{1,30}$/),
  uri: z.string().min(1).max(4096),
  created_at: z.iso.datetime({ offset: true }),
  content: z.string().max(200_000),
  spoiler_text: z.string().max(10_000).optional(),
  language: z.string().max(32).nullish(),
  visibility: z.string().max(32).optional(),
  in_reply_to_id: z.string().max(64).nullish(),
  account: Account,
  reblog: z.unknown().nullish(),
});

export const StatusSchema = BaseStatus.extend({
  quote: z.object({ quoted_status: z.object({ uri: z.string().max(4096) }).nullish() }).nullish(),
});
export type Status = z.infer<typeof StatusSchema>;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Mastodon's HTML (p, br, a, span) as plain text: paragraphs and breaks become new lines, tags go, entities are decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .trim();
}

const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

export type StatusOutcome =
  | { ok: true; post: Post }
  | { ok: false; reason: 'reblog' | 'not-public' | 'no-text' | 'future' | 'text-too-long' };

export function statusToPost(s: Status, host: string, receivedAtMs: number): StatusOutcome {
  if (s.reblog) return { ok: false, reason: 'reblog' };
  if (s.visibility && s.visibility !== 'public' && s.visibility !== 'unlisted')
    return { ok: false, reason: 'not-public' };
  if (Date.parse(s.created_at) > receivedAtMs + MAX_AHEAD_MS) return { ok: false, reason: 'future' };
  const body = htmlToText(s.content);
  const text = s.spoiler_text ? `${s.spoiler_text}\n\n${body}` : body;
  if (text.trim() === '') return { ok: false, reason: 'no-text' };
  if (text.length > 10_000) return { ok: false, reason: 'text-too-long' };
  const acct = s.account.acct.includes('@') ? s.account.acct : `${s.account.acct}@${host}`;
  const quoted = s.quote?.quoted_status?.uri;
  return {
    ok: true,
    post: {
      id: postIdOf(s.uri),
      text,
      createdAt: new Date(Date.parse(s.created_at)).toISOString(),
      source: SOURCE,
      ...(s.language && LANG.test(s.language) && s.language.length <= 16 ? { lang: s.language.toLowerCase() } : {}),
      author: {
        id: acct.slice(0, 128),
        handle: acct.slice(0, 128),
        ...(s.account.followers_count !== undefined ? { followers: s.account.followers_count } : {}),
      },
      ...(s.in_reply_to_id ? { replyTo: `${host}#${s.in_reply_to_id}` } : {}),
      ...(quoted ? { quoteOf: postIdOf(quoted) } : {}),
    },
  };
}

export const postIdOf = (uri: string): string => boundedPostId(uri, 'mastodon-sha256');
