/** The score Lambda, stage 1: ingest batches (standard queue) scored, their evidence sent to the evidence queue packed per invocation. */
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { INGEST } from '../../resources';
import { type AwsClients, createClients } from '../adapters/aws-clients';
import { CustomersRepo } from '../adapters/customers-repo';
import { EvidenceQueue } from '../adapters/evidence-queue';
import { Quarantine } from '../adapters/quarantine';
import { CachedSourceRegistry } from '../adapters/source-registry-cache';
import { settleBatch } from '../commons/batch';
import { type Config, loadConfig } from '../commons/config';
import { entryPoint } from '../commons/entry';
import { errorMessage } from '../commons/errors';
import { createTelemetry, METRICS, type Telemetry } from '../commons/observability';
import { defaultModel, scoreBatch } from '../domain/detector';
import { preloadGazetteer } from '../domain/places';
import { type MessageOutcome, type ScoreDeps, scoreMessages, wallClock } from './score-message';

export type ScoreHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

// The gazetteer loads in Lambda's init phase (the module's import), not in the
// first batch; the first invocation logs what was loaded and how long it took.
const gazetteerLoad = preloadGazetteer();

export function scoreDeps(config: Config<'score'>, clients: AwsClients = createClients()): ScoreDeps {
  const model = defaultModel();
  return {
    score: (batchId, posts) => scoreBatch(batchId, posts, model),
    evidence: new EvidenceQueue(clients.sqs, config.queues.evidence),
    quarantine: new Quarantine(clients.sqs, {
      badInput: config.queues.ingestQuarantine,
      poison: config.queues.ingestDlq,
    }),
    sources: new CachedSourceRegistry(
      () => new CustomersRepo(clients.doc, config.tables.customers).listSources(),
      config.settings.sourceRegistryTtlSeconds * 1000,
    ),
    // Live: the wall clock. Replays inject their own (tools/local/pipeline.ts).
    clock: wallClock,
  };
}

/**
 * The invocation's messages scored each on its own and their evidence sent
 * packed (scoreMessages). Stage 1 is stateless and its queue unordered: a
 * failed message is reported alone and comes back after its visibility
 * timeout; the others are done.
 */
export function createScoreHandler(
  deps: ScoreDeps,
  t: Telemetry,
  onOutcome?: (o: MessageOutcome) => void,
): ScoreHandler {
  const done = (o: MessageOutcome): void => {
    t.metrics.addMetric(METRICS.postsReceived, MetricUnit.Count, o.postsIn);
    t.metrics.addMetric(METRICS.messagesInvalid, MetricUnit.Count, o.valid ? 0 : 1);
    t.metrics.addMetric(METRICS.postsScored, MetricUnit.Count, o.scored);
    t.metrics.addMetric(METRICS.postsRejected, MetricUnit.Count, o.rejected);
    t.metrics.addMetric(METRICS.evidenceSent, MetricUnit.Count, o.evidence);
    if (!o.valid) t.logger.warn('message quarantined', { messageId: o.messageId });
    onOutcome?.(o);
  };
  return async (event) => {
    const failed: SQSRecord[] = [];
    const errors: Error[] = [];
    return settleBatch(t, { failureMessages: failed, errors }, async () => {
      const byId = new Map(event.Records.map((r) => [r.messageId, r]));
      const results = await scoreMessages(
        event.Records.map((r) => ({ body: r.body, messageId: r.messageId })),
        deps,
      );
      for (const res of results) {
        // scoreMessages answers for exactly the records it was given.
        const r = byId.get(res.messageId) as SQSRecord;
        if (res.ok) {
          done(res.outcome);
          continue;
        }
        const receives = Number(r.attributes.ApproximateReceiveCount ?? 1);
        if (receives < INGEST.maxReceiveCount) {
          failed.push(r);
          errors.push(res.error instanceof Error ? res.error : new Error(errorMessage(res.error)));
          continue;
        }
        // The last attempt: park it in the DLQ ourselves, with the error as its
        // reason (the queue's own redrive would carry none).
        t.logger.error('message failed on every attempt: quarantined', {
          messageId: r.messageId,
          receives,
          error: res.error,
        });
        try {
          await deps.quarantine.put({
            kind: 'poison',
            reason: `failed ${receives} times in the score function: ${errorMessage(res.error)}`,
            sourceMessageId: r.messageId,
            payload: r.body,
          });
        } catch (e) {
          // Not parked: the message stays on the queue, whose own redrive parks it (without the reason). The other
          // messages of the invocation are done and must not come back with it.
          failed.push(r);
          errors.push(e instanceof Error ? e : new Error(errorMessage(e)));
          continue;
        }
        t.metrics.addMetric(METRICS.messagesPoisoned, MetricUnit.Count, 1);
      }
      return { batchItemFailures: failed.map((r) => ({ itemIdentifier: r.messageId })) };
    });
  };
}

export const handler: ScoreHandler = entryPoint(() => {
  const config = loadConfig('score');
  const t = createTelemetry();
  t.logger.info('gazetteer loaded', gazetteerLoad);
  return createScoreHandler(scoreDeps(config), t);
});
