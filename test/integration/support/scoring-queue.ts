/**
 * An in-process stand-in for the ingest queue and the two detector stages:
 * each message is scored with the code the Lambdas run (scoreMessage, then
 * aggregateMessages through the evidence queue's wire format:
 * IPS.ts), so that tests read the detector's own
 * accounting. The ingest queue is standard: a message sent twice is scored
 * twice, and stage 2 counts its evidence once. Faults on demand: a delay per
 * message (a slow queue), a failure before acceptance, or a failure after
 * acceptance (the reply lost).
 */
import type { IngestMessage } from '../../../functions/adapters/ingest-message';
import type { IngestSink } from '../../../functions/connectors/forwarder';
import type { Alert } from '../../../functions/domain/alert';
import { parseIngestMessage } from '../../../functions/domain/ingest';
import type { Post } from '../../../functions/domain/post';
import { type MessageOutcome, scoreMessage } from '../../../functions/score/score-message';
import { inProcessStages } from '../../../tools/local/in-process-stages';

export class ScoringQueue implements IngestSink {
  /** Post ids of every message scored, in order (a post may appear more than once: the detector must count it once). */
  readonly delivered: string[] = [];
  /** The first copy of each post scored. */
  readonly posts = new Map<string, Post>();
  /** Messages whose batchId was scored before (sent again: a standard queue keeps both). */
  resentBatches = 0;
  private readonly batchIds = new Set<string>();
  delayMs = 0;
  /** Next sends to fail: 'before' refuses the message, 'after' takes it and loses the reply. */
  failures: ('before' | 'after')[] = [];
  // The connectors read live sources: the wall clock, as in Lambda.
  private readonly stages = inProcessStages();
  private n = 0;
  private tail: Promise<void> = Promise.resolve();

  get alerts(): Alert[] {
    return this.stages.alerts;
  }

  get outcomes(): MessageOutcome[] {
    return this.stages.stage1;
  }

  get quarantined(): unknown[] {
    return this.stages.quarantined;
  }

  async send(m: IngestMessage): Promise<void> {
    const fault = this.failures.shift();
    if (fault === 'before') throw new Error('queue unavailable (injected)');
    if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
    // One consumer, in order, so that a test's expectations do not depend on scheduling.
    const run = this.tail.then(() => this.score(m));
    this.tail = run.catch(() => undefined);
    await run;
    if (fault === 'after') throw new Error('reply lost (injected)');
  }

  private async score(m: IngestMessage): Promise<void> {
    const parsed = parseIngestMessage(m.body);
    if (parsed.ok) {
      if (this.batchIds.has(parsed.batchId)) this.resentBatches++;
      this.batchIds.add(parsed.batchId);
    }
    if (parsed.ok)
      for (const p of parsed.posts) {
        this.delivered.push(p.id);
        if (!this.posts.has(p.id)) this.posts.set(p.id, p);
      }
    this.stages.record(await scoreMessage(m.body, `m${this.n++}`, this.stages.deps));
  }

  /** Posts counted once (scored by stage 1 and not recognised as counted before by stage 2). */
  get scored(): number {
    return this.stages.scored;
  }

  get duplicates(): number {
    return this.stages.duplicates;
  }

  get rejected(): number {
    return this.stages.rejected;
  }
}
