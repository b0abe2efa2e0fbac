/** The delivery-retry Lambda: a failed delivery, completed for its one customer unless it has become a withhold. */
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { AlertsRepo } from '../adapters/alerts-repo';
import { type AwsClients, createClients } from '../adapters/aws-clients';
import { CustomersRepo } from '../adapters/customers-repo';
import { DeliveriesRepo } from '../adapters/deliveries-repo';
import { DeliveryRetrySchema } from '../adapters/delivery-retries';
import { DynamoTombstoneStore } from '../adapters/dynamo-tombstones';
import { SnsPublisher } from '../adapters/publisher';
import { processBatch } from '../commons/batch';
import { type Config, loadConfig } from '../commons/config';
import { entryPoint } from '../commons/entry';
import { DeliveryFailedError } from '../commons/errors';
import { invocationOf } from '../commons/invocation';
import { createTelemetry, type Telemetry } from '../commons/observability';
import { countDeliveries, type FanOutDeps, type FanOutListener, fanOut, invocationAudience } from '../fan-out/fan-out';

export type DeliveryRetryHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

export interface DeliveryRetryDeps extends FanOutDeps {
  alerts: Pick<AlertsRepo, 'get'>;
  customers: Pick<CustomersRepo, 'readAudienceOf'>;
  /** FUNCTIONS.deliveryRetry.settings.audienceMaxAgeMs */
  audienceMaxAgeMs: number;
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
    tombstones: new DynamoTombstoneStore(clients.doc, config.tables.tombstones),
    now: () => new Date(),
    audienceMaxAgeMs: config.settings.audienceMaxAgeMs,
  };
}

/**
 * The delivery-retry queue: one (alert version, customer) per message. The
 * failed decision is completed unless it has become a withhold meanwhile (a
 * contract or policy changed); a failure fails the message, which SQS
 * delivers again until its DLQ takes it.
 */
export function createDeliveryRetryHandler(
  deps: DeliveryRetryDeps,
  t: Telemetry,
  onResult?: FanOutListener,
): DeliveryRetryHandler {
  return async (event, context) => {
    const inv = invocationOf(context);
    const record = async (r: SQSRecord): Promise<void> => {
      const job = DeliveryRetrySchema.parse(JSON.parse(r.body));
      // The one customer retried, read by key (consistent), with the bars and sources: never the whole customer set.
      const audience = invocationAudience(() => deps.customers.readAudienceOf([job.customerId]), deps, t);
      const alert = await deps.alerts.get(job.alertId, job.version);
      if (!alert) {
        t.logger.warn('retry dropped: the alert no longer exists', job);
        return;
      }
      const res = await fanOut(alert, audience, deps, inv, [job.customerId]);
      countDeliveries(t, res);
      onResult?.(alert.alertId, alert.version, res);
      if (res.failed > 0) {
        throw new DeliveryFailedError(
          `delivery of ${job.alertId} v${job.version} to ${job.customerId} failed again (receive ${r.attributes.ApproximateReceiveCount})`,
        );
      }
    };
    return processBatch(t, event, context, record);
  };
}

export const handler: DeliveryRetryHandler = entryPoint(() =>
  createDeliveryRetryHandler(deliveryRetryDeps(loadConfig('deliveryRetry')), createTelemetry()),
);
