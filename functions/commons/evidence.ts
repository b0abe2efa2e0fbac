/**
 * The alert as a customer message shows it: evidence a tombstone hides left
 * out, and the representative post's excerpt too once that post or its
 * author has one (docs/connectors.md, Deletions; docs/retention.md). A
 * message already delivered cannot be recalled: the filter holds from the
 * next message rendered.
 */
import type { TombstoneStore } from '../connectors/tombstones';
import type { Alert } from '../domain/alert';
import { tombstoneKeysOfShown, withoutDeletedPosts } from '../domain/tombstone';

export type TombstoneReader = Pick<TombstoneStore, 'deletedAmong'>;

export async function alertAsShown(alert: Alert, tombstones: TombstoneReader): Promise<Alert> {
  const keys = tombstoneKeysOfShown([alert]);
  if (keys.length === 0) return alert;
  return withoutDeletedPosts(alert, await tombstones.deletedAmong(keys));
}
