import type { ForwarderEvent } from './forwarder';

/**
 * What a connector counts, for its metrics (posts/s per source, lag,
 * disconnects, checkpoint age) and its end-of-run summary.
 */
export class ConnectorStats {
  /** Frames or SSE events read. */
  eventsRead = 0;
  /** Unreadable frames (not JSON, failing the schema): counted and skipped. */
  malformed = 0;
  postsAccepted = 0;
  deletionsAccepted = 0;
  batchesAccepted = 0;
  sendFailures = 0;
  disconnects = 0;
  /** Reconnects to make room (the queue was slow): not failures. */
  pauses = 0;
  readonly skipped = new Map<string, number>();
  readonly dropped = new Map<string, number>();
  /** Source time (ms) of the newest event in an accepted batch: lag = now - this. */
  lastSeenAtMs: number | undefined;
  lastCheckpointAtMs: number | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  skip(reason: string): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
  }

  /** Hook for Forwarder's onEvent. */
  readonly onForwarderEvent = (e: ForwarderEvent): void => {
    if (e.type === 'accepted') {
      this.batchesAccepted++;
      this.postsAccepted += e.posts;
      this.deletionsAccepted += e.deletions;
      if (e.lastSeenAtMs !== undefined) this.lastSeenAtMs = Math.max(this.lastSeenAtMs ?? 0, e.lastSeenAtMs);
      if (e.checkpoints.length > 0) this.lastCheckpointAtMs = this.now();
    } else if (e.type === 'send-failed') this.sendFailures++;
    else this.dropped.set(e.reason, (this.dropped.get(e.reason) ?? 0) + 1);
  };

  lagMs(): number | undefined {
    return this.lastSeenAtMs === undefined ? undefined : Math.max(0, this.now() - this.lastSeenAtMs);
  }

  checkpointAgeMs(): number | undefined {
    return this.lastCheckpointAtMs === undefined ? undefined : this.now() - this.lastCheckpointAtMs;
  }

  summary(): Record<string, number | Record<string, number>> {
    return {
      eventsRead: this.eventsRead,
      malformed: this.malformed,
      postsAccepted: this.postsAccepted,
      deletionsAccepted: this.deletionsAccepted,
      batchesAccepted: this.batchesAccepted,
      sendFailures: this.sendFailures,
      disconnects: this.disconnects,
      pauses: this.pauses,
      skipped: Object.fromEntries(this.skipped),
      dropped: Object.fromEntries(this.dropped),
    };
  }
}
