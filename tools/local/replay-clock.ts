/**
 * A replay's own clock. Replaying a recorded stream, "now" is as far as the
 * replayer has read: the newest createdAt of the batches it has sent. Each
 * batch is judged at the time the replayer had reached when it sent it (the
 * queue may hold many batches, so the time travels with the batch id). Live
 * sources use the wall clock instead (functions/score/score-message.ts).
 *
 * A recording with a post far ahead of its neighbours moves this clock: the
 * posts after it are then quarantined as older than the state TTL, visibly,
 * with their reasons. A live stream cannot do that to the wall clock.
 */
import type { IngestClock } from '../../functions/score/score-message';

export class ReplayClock {
  private latest = Number.NEGATIVE_INFINITY;
  private readonly sentAt = new Map<string, number>();

  /** The replayer sends a batch: the clock advances to its newest createdAt (never back), and the batch keeps that time. */
  sent(batchId: string, createdAts: Iterable<unknown>): void {
    for (const c of createdAts) {
      const t = typeof c === 'string' ? Date.parse(c) : Number.NaN;
      if (t > this.latest) this.latest = t;
    }
    if (Number.isFinite(this.latest)) this.sentAt.set(batchId, this.latest);
  }

  /** `sent` for a message body as it goes on the queue (a body that is not a batch moves nothing). */
  sentBody(body: string): void {
    let m: unknown;
    try {
      m = JSON.parse(body);
    } catch {
      return;
    }
    const { batchId, posts } = (m ?? {}) as { batchId?: unknown; posts?: unknown };
    if (typeof batchId !== 'string' || !Array.isArray(posts)) return;
    this.sent(
      batchId,
      posts.map((p: unknown) => (p as { createdAt?: unknown } | null)?.createdAt),
    );
  }

  /** A batch the replayer did not send (a redrive) is judged at the replay's latest time; before any, the wall clock. */
  readonly clock: IngestClock = (batchId) =>
    new Date(this.sentAt.get(batchId) ?? (Number.isFinite(this.latest) ? this.latest : Date.now()));
}
