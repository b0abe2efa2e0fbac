import type { z } from 'zod';
import { type Post, PostBatchSchema, PostSchema } from './post';

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
  | { ok: true; batchId: string; source: string; posts: Post[]; rejected: Rejection[] };

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
  });
  return { ok: true, batchId, source, posts, rejected };
}
