import { z } from 'zod';
import { IsoTime } from './post';

/**
 * A deletion Tocsin must honour wherever it keeps or shows a post: its text in
 * quarantine, its id among an alert's evidence. Either one post (its id) or a
 * whole Bluesky repository (`at://<did>`: a deleted or taken-down account).
 */
export const TombstoneSchema = z.object({
  id: z.string().min(1).max(512),
  source: z.string().min(1).max(64),
  deletedAt: IsoTime,
});
export type Tombstone = z.infer<typeof TombstoneSchema>;

/** The tombstone ids any one of which hides this post: its own, and for an at:// post its repository's. */
export function tombstoneKeysFor(postId: string): string[] {
  const m = /^(at:\/\/[^/]+)\//.exec(postId);
  return m?.[1] ? [postId, m[1]] : [postId];
}

/** True when a tombstone in `deleted` (ids as tombstoneKeysFor gives them) hides the post. */
export function isDeleted(postId: string, deleted: { has(id: string): boolean }): boolean {
  return tombstoneKeysFor(postId).some((k) => deleted.has(k));
}

/** Tombstones found for some ids: tombstone id -> when the post or account was deleted. */
export type Deletions = ReadonlyMap<string, string>;

/** When the post was deleted (its own tombstone or its repository's, the earlier one), or undefined. */
export function deletionOf(postId: string, deleted: Deletions): string | undefined {
  const at = tombstoneKeysFor(postId).flatMap((k) => deleted.get(k) ?? []);
  return at.sort()[0];
}

/** The evidence ids a customer may still be shown: those no tombstone hides, in their order. */
export function withoutDeleted(evidenceIds: readonly string[], deleted: Deletions): string[] {
  return evidenceIds.filter((id) => deletionOf(id, deleted) === undefined);
}

/** Every tombstone id that could hide one of these posts (what to look up). */
export function tombstoneKeysForAll(postIds: readonly string[]): string[] {
  return [...new Set(postIds.flatMap(tombstoneKeysFor))];
}

/** What an alert shows of posts: its evidence ids and its representative post (the excerpt). */
export interface ShowsPosts {
  evidence: string[];
  post?: { id: string } | undefined;
}

/** Every tombstone id that could hide something the alert shows (what to look up). */
export function tombstoneKeysOfShown(alerts: readonly ShowsPosts[]): string[] {
  return tombstoneKeysForAll(alerts.flatMap((a) => (a.post ? [...a.evidence, a.post.id] : a.evidence)));
}

/**
 * The alert as a reader may show it: evidence without deleted posts, and no
 * excerpt once its post or its author has a tombstone (whatever the stored
 * item still holds: the redact function may not have run yet).
 */
export function withoutDeletedPosts<T extends ShowsPosts>(a: T, deleted: Deletions): T {
  if (deleted.size === 0) return a;
  const out = { ...a, evidence: withoutDeleted(a.evidence, deleted) };
  if (out.post && deletionOf(out.post.id, deleted) !== undefined) delete out.post;
  return out;
}

/**
 * The key under which an alert version quoting this post is indexed
 * (byQuotedPost): the broadest tombstone that can hide the post (for a
 * Bluesky post its repository, else its own id), so one index lookup finds
 * the versions a post tombstone or an account tombstone concerns.
 */
export function quotedKeyOf(postId: string): string {
  return tombstoneKeysFor(postId).at(-1) ?? postId;
}
