import { processPartialResponse, SqsFifoPartialProcessorAsync } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSEvent, SQSRecord, SQSBatchResponse } from 'aws-lambda';
import { createDetector } from '../domain/detector';
import { preloadGazetteer } from '../domain/places';
import { DynamoEventStateStore } from '../adapters/dynamo-event-store';
import { AlertsRepo } from '../adapters/alerts-repo';
import { Quarantine } from '../adapters/quarantine';
import { createClients, type AwsClients } from '../adapters/aws-clients';
import { requireEnv } from '../adapters/env';
import { ENV, INGEST } from '../../infra/resources';
import { scoreMessage, type MessageOutcome, type ScoreDeps } from './score-message';

const logger = new Logger({ serviceName: 'tocsin-score' });
const metrics = new Metrics({ namespace: 'Tocsin', serviceName: 'score' });
// The gazetteer loads in the init phase, not in the first batch (its time is logged: a cold-start figure).
logger.info('gazetteer loaded', preloadGazetteer());

export function scoreDepsFromEnv(clients: AwsClients = createClients()): ScoreDeps {
  return {
    detector: createDetector({ store: new DynamoEventStateStore({ client: clients.doc, tableName: requireEnv(ENV.eventsTable) }) }),
    alerts: new AlertsRepo(clients.doc, requireEnv(ENV.alertsTable)),
    quarantine: new Quarantine(clients.sqs, requireEnv(ENV.ingestDlqUrl)),
  };
}

/**
 * Messages in order, one at a time: each batch's detector state builds on the
 * previous one's. At the first failure the FIFO processor fails the rest of
 * the batch too, so that SQS hands them back in the same order.
 */
export function createScoreHandler(deps: ScoreDeps, onOutcome?: (o: MessageOutcome) => void) {
  const processor = new SqsFifoPartialProcessorAsync();
  const record = async (r: SQSRecord): Promise<void> => {
    const receives = Number(r.attributes.ApproximateReceiveCount ?? 1);
    let o: MessageOutcome;
    try {
      o = await scoreMessage(r.body, r.messageId, deps);
    } catch (e) {
      if (receives < INGEST.maxReceiveCount) {
        logger.error('message failed: SQS will deliver it again', { messageId: r.messageId, receives, error: e as Error });
        throw e;
      }
      // The last attempt: park it in the DLQ ourselves, with the error as its
      // reason (the queue's own redrive would carry none), and let the
      // source's ordered stream move on.
      logger.error('message failed on every attempt: quarantined', { messageId: r.messageId, receives, error: e as Error });
      await deps.quarantine.put({ kind: 'poison', reason: `failed ${receives} times in the score function: ${(e as Error).message}`, sourceMessageId: r.messageId, payload: r.body });
      metrics.addMetric('MessagesPoisoned', MetricUnit.Count, 1);
      return;
    }
    metrics.addMetric('PostsScored', MetricUnit.Count, o.scored);
    metrics.addMetric('PostsRejected', MetricUnit.Count, o.rejected);
    metrics.addMetric('AlertsCreated', MetricUnit.Count, o.alertsCreated);
    if (!o.valid) logger.warn('message quarantined', { messageId: r.messageId });
    onOutcome?.(o);
  };
  return async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    try {
      return await processPartialResponse(event, record, processor, { context, throwOnFullBatchFailure: false });
    } finally {
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    }
  };
}

let handle: ReturnType<typeof createScoreHandler> | undefined;
export const handler = (event: SQSEvent, context: Context) => (handle ??= createScoreHandler(scoreDepsFromEnv()))(event, context);
