import type { z } from 'zod';
import { PARAMS } from './detector/engine/params';
import { type Post, PostBatchSchema, PostSchema } from './post';
import type { SourceRegistry } from './sources';

/** A post that was not scored, and why, in words anyone can read. */
export interface Rejection {
  index: number;
  postId?: string;
  field: string;
  reason: string /** The post as received, so that it can be re-driven once fixed. */;
  raw: unknown;
}

export type ParsedMessage =
  | { ok: false; field: string; reason: string }
  | {
      ok: true;
      batchId: string;
      source: string;
      posts: Post[];
      /** Each post's index in the message, for the reasons of later rejections. */
      positions: number[];
      rejected: Rejection[];
    };

/** The first problem zod found (it always reports at least one), as a field path and a reason. */
const describe = (issues: readonly z.core.$ZodIssue[], prefix: string): { field: string; reason: string } => {
  const path = issues[0]?.path ?? [];
  return {
    field:
      [prefix, ...path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))].join('').replace(/^\./, '') ||
      '(message)',
    reason: issues[0]?.message ?? 'invalid',
  };
};

/**
 * Parses one ingest-queue message body. A message that is not a post batch is
 * rejected whole; inside a valid batch each post stands alone, so one bad
 * post never costs its neighbours (they are scored, it is quarantined).
 */
export function parseIngestMessage(body: string): ParsedMessage {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return { ok: false, field: '(message)', reason: `not JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  const batch = PostBatchSchema.safeParse(json);
  if (!batch.success) {
    return { ok: false, ...describe(batch.error.issues, '') };
  }
  const { batchId, source } = batch.data;
  const posts: Post[] = [];
  const positions: number[] = [];
  const rejected: Rejection[] = [];
  const seen = new Set<string>();
  batch.data.posts.forEach((raw, index) => {
    const parsed = PostSchema.safeParse(raw);
    if (!parsed.success) {
      const id =
        typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string'
          ? (raw as { id: string }).id
          : undefined;
      rejected.push({
        index,
        ...(id ? { postId: id.slice(0, 128) } : {}),
        ...describe(parsed.error.issues, `posts[${index}]`),
        raw,
      });
      return;
    }
    const post = parsed.data;
    if (post.source !== source) {
      rejected.push({
        index,
        postId: post.id,
        field: `posts[${index}].source`,
        reason: `source "${post.source}" differs from the batch source "${source}"`,
        raw,
      });
      return;
    }
    if (seen.has(post.id)) {
      rejected.push({
        index,
        postId: post.id,
        field: `posts[${index}].id`,
        reason: 'duplicate post id within the batch',
        raw,
      });
      return;
    }
    seen.add(post.id);
    // Lone UTF-16 surrogates are not an error of the author: repair, do not reject.
    posts.push(post.text.isWellFormed() ? post : { ...post, text: post.text.toWellFormed() });
    positions.push(index);
  });
  return { ok: true, batchId, source, posts, positions, rejected };
}

/**
 * How far a post's createdAt may be from the ingest clock. Older than the
 * detector's state TTL, its event state is gone (or going): it would start a
 * stale candidate. Later than the clock + 5 minutes, it would move the
 * detector's stream time ahead of the world and make every real candidate of
 * its family look idle.
 */
export const CREATED_AT_WINDOW = { maxAgeMs: PARAMS.stateTtlSeconds * 1000, maxAheadMs: PARAMS.futureSlackMs } as const;

const isoOf = (ms: number) => new Date(ms).toISOString();

/**
 * What the detector may see of a parsed message: its source must be known
 * (posts then carry the canonical name, so that a bar on "twitter" holds for
 * posts sent as "x"), and each post's createdAt must lie in CREATED_AT_WINDOW
 * around `now`, the ingest clock (the wall clock live; a replay's own clock
 * when a recorded stream is replayed). The rest is rejected with its reason.
 */
export function admitPosts(
  parsed: Extract<ParsedMessage, { ok: true }>,
  registry: SourceRegistry,
  now: Date,
): { ok: false; field: string; reason: string } | { ok: true; source: string; posts: Post[]; rejected: Rejection[] } {
  const source = registry.canonical(parsed.source);
  if (source === undefined) return { ok: false, field: 'source', reason: registry.unknown(parsed.source) };
  const oldest = now.getTime() - CREATED_AT_WINDOW.maxAgeMs;
  const latest = now.getTime() + CREATED_AT_WINDOW.maxAheadMs;
  const posts: Post[] = [];
  const rejected: Rejection[] = [...parsed.rejected];
  parsed.posts.forEach((post, i) => {
    const index = parsed.positions[i] ?? i;
    const t = Date.parse(post.createdAt);
    const reject = (reason: string) =>
      rejected.push({ index, postId: post.id, field: `posts[${index}].createdAt`, reason, raw: post });
    if (t < oldest)
      reject(
        `${post.createdAt} is older than the detector's state TTL (${PARAMS.stateTtlSeconds / 3600} h) before the ingest clock ${isoOf(now.getTime())}`,
      );
    else if (t > latest)
      reject(
        `${post.createdAt} is more than ${CREATED_AT_WINDOW.maxAheadMs / 60_000} min ahead of the ingest clock ${isoOf(now.getTime())}`,
      );
    else posts.push(post.source === source ? post : { ...post, source });
  });
  return { ok: true, source, posts, rejected: rejected.sort((a, b) => a.index - b.index) };
}
