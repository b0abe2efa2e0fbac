/** The fan-out Lambda: each new alert version on the alerts stream to every customer it is decided for. */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { type AwsClients, createClients } from '../adapters/aws-clients';
import { CustomersRepo } from '../adapters/customers-repo';
import { DeliveriesRepo } from '../adapters/deliveries-repo';
import { DeliveryRetries } from '../adapters/delivery-retries';
import { SnsPublisher } from '../adapters/publisher';
import { reportFailedRecords } from '../commons/batch';
import { type Config, loadConfig } from '../commons/config';
import { entryPoint } from '../commons/entry';
import { createTelemetry, flushMetrics, type Telemetry } from '../commons/observability';
import { AlertSchema } from '../domain/alert';
import { countDeliveries, type FanOutDeps, type FanOutListener, fanOut } from './fan-out';

export type FanOutHandler = (event: DynamoDBStreamEvent, context: Context) => Promise<DynamoDBBatchResponse>;

export interface FanOutHandlerDeps extends FanOutDeps {
  customers: Pick<CustomersRepo, 'list' | 'listPolicies'>;
  retries: Pick<DeliveryRetries, 'schedule'>;
}

export function fanOutDeps(config: Config<'fanOut'>, clients: AwsClients = createClients()): FanOutHandlerDeps {
  return {
    customers: new CustomersRepo(clients.doc, config.tables.customers),
    deliveries: new DeliveriesRepo(clients.doc, config.tables.deliveries),
    publisher: new SnsPublisher(clients.sns),
    retries: new DeliveryRetries(clients.sqs, config.queues.deliveryRetry, config.settings.deliveryRetryDelaySeconds),
    now: () => new Date(),
  };
}

/**
 * The alerts table's stream: every new alert version goes to every customer.
 * A customer whose delivery fails is queued for a retry of its own, and the
 * record succeeds, so the stream moves on for everyone else.
 */
export function createFanOutHandler(deps: FanOutHandlerDeps, t: Telemetry, onResult?: FanOutListener): FanOutHandler {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  return async (event, context) => {
    // Read once per invocation, never cached across invocations: a change of
    // contract or policy applies to every fan-out that starts after it.
    const [customers, policies] = await Promise.all([deps.customers.list(), deps.customers.listPolicies()]);
    const record = async (r: DynamoDBRecord): Promise<void> => {
      if (r.eventName !== 'INSERT' || !r.dynamodb?.NewImage) return;
      const alert = AlertSchema.parse(unmarshall(r.dynamodb.NewImage as Record<string, AttributeValue>));
      const res = await fanOut(alert, { customers, policies }, deps);
      countDeliveries(t, res);
      if (res.failedCustomers.length > 0) {
        t.logger.warn('deliveries failed; retrying them separately', {
          alertId: alert.alertId,
          version: alert.version,
          customers: res.failedCustomers,
        });
        const { alertId, version } = alert;
        await deps.retries.schedule(res.failedCustomers.map((customerId) => ({ alertId, version, customerId })));
      }
      onResult?.(alert.alertId, alert.version, res);
    };
    try {
      const response = await processPartialResponse(event, record, processor, {
        context,
        processInParallel: false,
        throwOnFullBatchFailure: false,
      });
      reportFailedRecords(t, processor);
      return response;
    } finally {
      flushMetrics(t);
    }
  };
}

export const handler: FanOutHandler = entryPoint(() =>
  createFanOutHandler(fanOutDeps(loadConfig('fanOut')), createTelemetry()),
);
