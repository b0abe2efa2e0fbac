/**
 * An in-process stand-in for the FIFO ingest queue and the score function:
 * drops a message whose deduplication id it has seen (as SQS does within five
 * minutes), then scores it with the same code the Lambda runs (scoreMessage:
 * parse, detector, alerts), so that tests read the detector's own accounting.
 * Faults on demand: a delay per message (a slow queue), a failure before
 * acceptance, or a failure after acceptance (the reply lost).
 */
import type { IngestMessage } from '../../../functions/adapters/ingest-message';
import type { IngestSink } from '../../../functions/connectors/forwarder';
import type { Alert } from '../../../functions/domain/alert';
import { createDetector, InMemoryEventStateStore } from '../../../functions/domain/detector';
import { parseIngestMessage } from '../../../functions/domain/ingest';
import type { Post } from '../../../functions/domain/post';
import { SourceRegistry } from '../../../functions/domain/sources';
import { type MessageOutcome, scoreMessage, wallClock } from '../../../functions/score/score-message';

export class ScoringQueue implements IngestSink {
  readonly alerts: Alert[] = [];
  readonly outcomes: MessageOutcome[] = [];
  readonly quarantined: unknown[] = [];
  /** Post ids of every message scored, in order (a post may appear more than once: the detector must count it once). */
  readonly delivered: string[] = [];
  /** The first copy of each post scored. */
  readonly posts = new Map<string, Post>();
  deduplicated = 0;
  delayMs = 0;
  /** Next sends to fail: 'before' refuses the message, 'after' takes it and loses the reply. */
  failures: ('before' | 'after')[] = [];
  private readonly dedup = new Set<string>();
  private readonly detector = createDetector({ store: new InMemoryEventStateStore() });
  private n = 0;
  private tail: Promise<void> = Promise.resolve();

  async send(m: IngestMessage): Promise<void> {
    const fault = this.failures.shift();
    if (fault === 'before') throw new Error('queue unavailable (injected)');
    if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
    if (this.dedup.has(m.dedupId)) this.deduplicated++;
    else {
      this.dedup.add(m.dedupId);
      // One consumer, in order, as the FIFO group gives the score function.
      const run = this.tail.then(() => this.score(m));
      this.tail = run.catch(() => undefined);
      await run;
    }
    if (fault === 'after') throw new Error('reply lost (injected)');
  }

  private async score(m: IngestMessage): Promise<void> {
    const parsed = parseIngestMessage(m.body);
    if (parsed.ok)
      for (const p of parsed.posts) {
        this.delivered.push(p.id);
        if (!this.posts.has(p.id)) this.posts.set(p.id, p);
      }
    const o = await scoreMessage(m.body, `m${this.n++}`, {
      detector: this.detector,
      alerts: {
        put: async (a: Alert) => {
          this.alerts.push(a);
          return 'created' as const;
        },
      },
      quarantine: {
        put: async (e: unknown) => {
          this.quarantined.push(e);
        },
      },
      sources: { current: async () => SourceRegistry.of() },
      // The connectors read live sources: the wall clock, as in Lambda.
      clock: wallClock,
    });
    this.outcomes.push(o);
  }

  get scored(): number {
    return this.outcomes.reduce((s, o) => s + o.scored, 0);
  }

  get duplicates(): number {
    return this.outcomes.reduce((s, o) => s + o.duplicates, 0);
  }

  get rejected(): number {
    return this.outcomes.reduce((s, o) => s + o.rejected, 0);
  }
}
