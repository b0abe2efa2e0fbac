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
