/**
 * The alert as a customer message shows it: evidence a tombstone hides left
 * out, and the representative post's excerpt too once that post or its
 * author has one (docs/connectors.md, Deletions; docs/retention.md). A
 * message already delivered cannot be recalled: the filter holds from the
 * next message rendered.
 */
import type { TombstoneStore } from '../connectors/tombstones';
import type { Alert } from '../domain/alert';
import { deletionOf, tombstoneKeysFor, tombstoneKeysOfShown, withoutDeletedPosts } from '../domain/tombstone';

export type TombstoneReader = Pick<TombstoneStore, 'deletedAmong'>;

export async function alertAsShown(alert: Alert, tombstones: TombstoneReader): Promise<Alert> {
  const keys = tombstoneKeysOfShown([alert]);
  if (keys.length === 0) return alert;
  return withoutDeletedPosts(alert, await tombstones.deletedAmong(keys));
}

/**
 * The alert as the aggregate stores it: without its quoted post when that
 * post or its author already has a tombstone (a version raised after the
 * deletion must not store the text the redact function removed, or would
 * have). The evidence ids are stored as they are: readers filter them.
 */
export async function alertToStore(alert: Alert, tombstones: TombstoneReader): Promise<Alert> {
  if (!alert.post) return alert;
  const deleted = await tombstones.deletedAmong(tombstoneKeysFor(alert.post.id));
  if (deletionOf(alert.post.id, deleted) === undefined) return alert;
  const { post: _, ...rest } = alert;
  return rest;
}
