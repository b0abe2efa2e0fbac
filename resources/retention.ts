/**
 * How long Tocsin keeps what it keeps, and why (docs/retention.md): each
 * figure is enforced where it is stored (queue retention, DynamoDB TTL, S3
 * lifecycle), and the stack tests check that it is.
 */
export const RETENTION = {
  /**
   * Post text outside the scoring path: quarantined bad input and poison
   * messages. A queued message cannot be deleted when its post is deleted at
   * the source, so the queue's own retention is the bound: one day, the
   * strictest deletion deadline among the sources' terms (docs/retention.md).
   */
  postTextDays: 1,
  /** Alert versions (headlines, places, evidence post ids, the representative post's excerpt until it is deleted): a year of monthly reports and a month of disputes. */
  alertsDays: 400,
  /**
   * Tombstones (deleted posts and accounts): as long as the alerts that may
   * cite them, so that a reader never shows the id or the excerpt of a post
   * deleted within the alerts' life (they were kept 30 days while alerts
   * kept evidence ids 400).
   */
  tombstonesDays: 400,
  /** The delivery ledger, the audit record of every decision: two years. */
  ledgerDays: 730,
  /** Alert-stream records the fan-out gave up on, kept whole: as long as the other dead-letter stores. */
  streamFailuresDays: 14,
} as const;

const DAY_SECONDS = 86_400;

/** The TTL attribute's value (epoch seconds) for an item written at `at` and kept `days`. */
export function expiresAt(at: Date | string, days: number): number {
  return Math.floor(new Date(at).getTime() / 1000) + days * DAY_SECONDS;
}
