/**
 * Jetstream frame -> what Tocsin does with it.
 *
 * - commit create of app.bsky.feed.post -> a Post: id = at://<did>/app.bsky.feed.post/<rkey>,
 *   text, lang = the first of `langs`, author.id = the DID (handle when known),
 *   replyTo = the parent's id, quoteOf = the quoted post's id (embed record or
 *   recordWithMedia). Posts with no text (images only) are skipped.
 * - createdAt: the record's, checked against time_us (when Jetstream saw the
 *   commit). The record's claim is kept as is when it lies within
 *   [time_us - 1 h, time_us + 10 min]; further in the future it is skipped
 *   ('future': a wrong client clock would move the detector's stream time), further
 *   in the past it is skipped ('backdated': imported archives and the like are
 *   not news, and would feed old evidence into current windows). The post's
 *   createdAt never depends on time_us itself: the detector remembers post ids
 *   by createdAt, and a post replayed from another Jetstream instance (other
 *   time_us) must land in the same place to be recognised. An unreadable
 *   createdAt is replaced by time_us (rare; then a replay from another
 *   instance may count the post twice).
 * - commit delete of a post -> a tombstone for its id. update -> skipped (Bluesky
 *   posts are not edited in place; what was scored stays scored).
 * - reposts (app.bsky.feed.repost) are not subscribed to: they carry no text,
 *   only a reference, and the detector counts distinct authors of what is said.
 * - identity -> remembered handle (bounded cache); account deleted or taken
 *   down -> a tombstone for the whole repository (at://<did>).
 */
import type { Post } from '../../domain/post';
import type { Lru } from '../lru';
import { boundedPostId } from '../post-id';
import type { SourceItem } from '../source-item';
import { type CommitFrame, type Frame, POST_COLLECTION, type PostRecord, parsePostRecord } from './frames';

export const SOURCE = 'bluesky';
export const STREAM = 'bluesky:jetstream';
export const CREATED_AT_RULE = { maxAheadMs: 10 * 60_000, maxBehindMs: 60 * 60_000 } as const;

export const postUri = (did: string, rkey: string): string => `at://${did}/${POST_COLLECTION}/${rkey}`;
export const postIdOf = (uri: string): string => boundedPostId(uri, 'at-sha256');

const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

function quotedUri(r: PostRecord): string | undefined {
  const e = r.embed;
  if (!e) return undefined;
  const uri =
    e.$type === 'app.bsky.embed.record'
      ? e.record?.uri
      : e.$type === 'app.bsky.embed.recordWithMedia'
        ? e.record?.record?.uri
        : undefined;
  return uri?.includes(`/${POST_COLLECTION}/`) ? uri : undefined;
}

function createdAtOf(
  r: PostRecord,
  timeUs: number,
): { ok: true; iso: string } | { ok: false; reason: 'future' | 'backdated' } {
  const seenMs = Math.floor(timeUs / 1000);
  const claimed = Date.parse(r.createdAt);
  if (!Number.isFinite(claimed)) return { ok: true, iso: new Date(seenMs).toISOString() };
  if (claimed > seenMs + CREATED_AT_RULE.maxAheadMs) return { ok: false, reason: 'future' };
  if (claimed < seenMs - CREATED_AT_RULE.maxBehindMs) return { ok: false, reason: 'backdated' };
  return { ok: true, iso: new Date(claimed).toISOString() };
}

function mapCommit(f: CommitFrame, handles: Lru<string, string>): SourceItem {
  const at = { stream: STREAM, cursor: String(f.time_us) };
  const seenAtMs = Math.floor(f.time_us / 1000);
  const c = f.commit;
  if (c.collection !== POST_COLLECTION) return { kind: 'skip', reason: 'collection', at, seenAtMs };
  const id = postIdOf(postUri(f.did, c.rkey));
  if (c.operation === 'delete')
    return {
      kind: 'delete',
      tombstone: { id, source: SOURCE, deletedAt: new Date(seenAtMs).toISOString() },
      at,
      seenAtMs,
    };
  if (c.operation === 'update') return { kind: 'skip', reason: 'update', at, seenAtMs };
  const parsed = parsePostRecord(c.record);
  if (!parsed.ok) return { kind: 'skip', reason: 'malformed', at, seenAtMs };
  const r = parsed.record;
  if (r.text.trim() === '') return { kind: 'skip', reason: 'no-text', at, seenAtMs };
  const created = createdAtOf(r, f.time_us);
  if (!created.ok) return { kind: 'skip', reason: created.reason, at, seenAtMs };
  const handle = handles.get(f.did);
  const lang = r.langs?.[0];
  const quote = quotedUri(r);
  const post: Post = {
    id,
    text: r.text,
    createdAt: created.iso,
    source: SOURCE,
    ...(lang && LANG.test(lang) && lang.length <= 16 ? { lang: lang.toLowerCase() } : {}),
    author: {
      id: f.did.length <= 128 ? f.did : postIdOf(f.did),
      ...(handle && handle.length <= 128 ? { handle } : {}),
    },
    ...(r.reply ? { replyTo: postIdOf(r.reply.parent.uri) } : {}),
    ...(quote ? { quoteOf: postIdOf(quote) } : {}),
  };
  return { kind: 'post', post, at, seenAtMs };
}

/** Deletion kinds of an account event after which its posts must not be shown (deactivation and suspension are reversible and left alone). */
const GONE = new Set(['deleted', 'takendown']);

export function mapFrame(f: Frame, handles: Lru<string, string>): SourceItem {
  if (f.kind === 'commit') return mapCommit(f, handles);
  const at = { stream: STREAM, cursor: String(f.time_us) };
  const seenAtMs = Math.floor(f.time_us / 1000);
  if (f.kind === 'identity') {
    if (f.identity.handle && f.identity.handle !== 'handle.invalid') handles.set(f.did, f.identity.handle);
    else handles.delete(f.did);
    return { kind: 'skip', reason: 'identity', at, seenAtMs };
  }
  if (!f.account.active && GONE.has(f.account.status ?? '')) {
    return {
      kind: 'delete',
      tombstone: { id: `at://${f.did}`, source: SOURCE, deletedAt: new Date(seenAtMs).toISOString() },
      at,
      seenAtMs,
    };
  }
  return { kind: 'skip', reason: 'account', at, seenAtMs };
}
