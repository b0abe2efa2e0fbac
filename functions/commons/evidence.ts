/**
 * The alert as a customer message shows it: evidence a tombstone hides left
 * out (docs/connectors.md, Deletions). The stored alert is not changed, and a
 * message already delivered cannot be recalled: the filter holds from the
 * next message rendered.
 */
import type { TombstoneStore } from '../connectors/tombstones';
import type { Alert } from '../domain/alert';
import { tombstoneKeysForAll, withoutDeleted } from '../domain/tombstone';

export type TombstoneReader = Pick<TombstoneStore, 'deletedAmong'>;

export async function alertAsShown(alert: Alert, tombstones: TombstoneReader): Promise<Alert> {
  if (alert.evidence.length === 0) return alert;
  const deleted = await tombstones.deletedAmong(tombstoneKeysForAll(alert.evidence));
  return deleted.size === 0 ? alert : { ...alert, evidence: withoutDeleted(alert.evidence, deleted) };
}
