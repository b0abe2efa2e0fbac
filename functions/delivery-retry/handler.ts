/** The delivery-retry Lambda: a failed delivery, decided and attempted again for its one customer. */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { AlertsRepo } from '../adapters/alerts-repo';
import { type AwsClients, createClients } from '../adapters/aws-clients';
import { CustomersRepo } from '../adapters/customers-repo';
import { DeliveriesRepo } from '../adapters/deliveries-repo';
import { DeliveryRetrySchema } from '../adapters/delivery-retries';
import { SnsPublisher } from '../adapters/publisher';
import { reportFailedRecords } from '../commons/batch';
import { type Config, loadConfig } from '../commons/config';
import { entryPoint } from '../commons/entry';
import { DeliveryFailedError } from '../commons/errors';
import { createTelemetry, flushMetrics, type Telemetry } from '../commons/observability';
import { countDeliveries, type FanOutDeps, type FanOutListener, fanOut } from '../fan-out/fan-out';

export type DeliveryRetryHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

export interface DeliveryRetryDeps extends FanOutDeps {
  alerts: Pick<AlertsRepo, 'get'>;
  customers: Pick<CustomersRepo, 'get' | 'listPolicies'>;
}

export function deliveryRetryDeps(
  config: Config<'deliveryRetry'>,
  clients: AwsClients = createClients(),
): DeliveryRetryDeps {
  return {
    alerts: new AlertsRepo(clients.doc, config.tables.alerts),
    customers: new CustomersRepo(clients.doc, config.tables.customers),
    deliveries: new DeliveriesRepo(clients.doc, config.tables.deliveries),
    publisher: new SnsPublisher(clients.sns),
    now: () => new Date(),
  };
}

/**
 * The delivery-retry queue: one (alert version, customer) per message. The
 * decision is made again (a contract may have changed meanwhile); a failure
 * fails the message, which SQS delivers again until its DLQ takes it.
 */
export function createDeliveryRetryHandler(
  deps: DeliveryRetryDeps,
  t: Telemetry,
  onResult?: FanOutListener,
): DeliveryRetryHandler {
  const processor = new BatchProcessor(EventType.SQS);
  const record = async (r: SQSRecord): Promise<void> => {
    const job = DeliveryRetrySchema.parse(JSON.parse(r.body));
    const [alert, customer, policies] = await Promise.all([
      deps.alerts.get(job.alertId, job.version),
      deps.customers.get(job.customerId),
      deps.customers.listPolicies(),
    ]);
    if (!alert || !customer) {
      t.logger.warn('retry dropped: alert or customer no longer exists', job);
      return;
    }
    const res = await fanOut(alert, { customers: [customer], policies }, deps);
    countDeliveries(t, res);
    onResult?.(alert.alertId, alert.version, res);
    if (res.failed > 0) {
      throw new DeliveryFailedError(
        `delivery of ${job.alertId} v${job.version} to ${job.customerId} failed again (receive ${r.attributes.ApproximateReceiveCount})`,
      );
    }
  };
  return async (event, context) => {
    try {
      const response = await processPartialResponse(event, record, processor, {
        context,
        throwOnFullBatchFailure: false,
      });
      reportFailedRecords(t, processor);
      return response;
    } finally {
      flushMetrics(t);
    }
  };
}

export const handler: DeliveryRetryHandler = entryPoint(() =>
  createDeliveryRetryHandler(deliveryRetryDeps(loadConfig('deliveryRetry')), createTelemetry()),
);
