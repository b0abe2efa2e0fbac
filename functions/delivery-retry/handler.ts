import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSEvent, SQSRecord, SQSBatchResponse } from 'aws-lambda';
import { DeliveryRetrySchema } from '../adapters/delivery-retries';
import { fanOut, type FanOutResult } from '../fan-out/fan-out';
import { fanOutDepsFromEnv, type FanOutHandlerDeps, type FanOutListener } from '../fan-out/handler';

const logger = new Logger({ serviceName: 'tocsin-fanout' });
const metrics = new Metrics({ namespace: 'Tocsin', serviceName: 'fanout' });

function count(r: FanOutResult): void {
  metrics.addMetric('Delivered', MetricUnit.Count, r.delivered);
  metrics.addMetric('Withheld', MetricUnit.Count, r.withheld);
  metrics.addMetric('DeliveryFailures', MetricUnit.Count, r.failed);
}

export class DeliveryFailedError extends Error { override name = 'DeliveryFailedError'; }

/**
 * The delivery-retry queue: one (alert version, customer) per message. The
 * decision is made again (a contract may have changed meanwhile); a failure
 * fails the message, which SQS delivers again until its DLQ takes it.
 */
export function createDeliveryRetryHandler(deps: FanOutHandlerDeps, onResult?: FanOutListener) {
  const processor = new BatchProcessor(EventType.SQS);
  const record = async (r: SQSRecord): Promise<void> => {
    const job = DeliveryRetrySchema.parse(JSON.parse(r.body));
    const [alert, customer, policies] = await Promise.all([deps.alerts.get(job.alertId, job.version), deps.customers.get(job.customerId), deps.customers.listPolicies()]);
    if (!alert || !customer) {
      logger.warn('retry dropped: alert or customer no longer exists', job);
      return;
    }
    const res = await fanOut(alert, { customers: [customer], policies }, deps);
    count(res);
    onResult?.(alert.alertId, alert.version, res);
    if (res.failed > 0) throw new DeliveryFailedError(`delivery of ${job.alertId} v${job.version} to ${job.customerId} failed again (receive ${r.attributes.ApproximateReceiveCount})`);
  };
  return async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    try {
      return await processPartialResponse(event, record, processor, { context, throwOnFullBatchFailure: false });
    } finally {
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    }
  };
}

let handle: ReturnType<typeof createDeliveryRetryHandler> | undefined;
export const handler = (event: SQSEvent, context: Context) => (handle ??= createDeliveryRetryHandler(fanOutDepsFromEnv()))(event, context);
