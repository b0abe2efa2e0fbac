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
export function isDeleted(postId: string, deleted: ReadonlySet<string>): boolean {
  return tombstoneKeysFor(postId).some((k) => deleted.has(k));
}
