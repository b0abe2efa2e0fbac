import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent, DynamoDBBatchResponse } from 'aws-lambda';
import { AlertSchema } from '../domain/alert';
import { AlertsRepo } from '../adapters/alerts-repo';
import { CustomersRepo } from '../adapters/customers-repo';
import { DeliveriesRepo } from '../adapters/deliveries-repo';
import { DeliveryRetries } from '../adapters/delivery-retries';
import { SnsPublisher } from '../adapters/publisher';
import { createClients, type AwsClients } from '../adapters/aws-clients';
import { requireEnv } from '../adapters/env';
import { DELIVERY_RETRY, ENV } from '../../resources';
import { fanOut, type FanOutDeps, type FanOutResult } from './fan-out';

const logger = new Logger({ serviceName: 'tocsin-fanout' });
const metrics = new Metrics({ namespace: 'Tocsin', serviceName: 'fanout' });

export interface FanOutHandlerDeps extends FanOutDeps {
  customers: Pick<CustomersRepo, 'list' | 'get' | 'listPolicies'>;
  alerts: Pick<AlertsRepo, 'get'>;
  retries: Pick<DeliveryRetries, 'schedule'>;
}

export function fanOutDepsFromEnv(clients: AwsClients = createClients()): FanOutHandlerDeps {
  return {
    customers: new CustomersRepo(clients.doc, requireEnv(ENV.customersTable)),
    alerts: new AlertsRepo(clients.doc, requireEnv(ENV.alertsTable)),
    deliveries: new DeliveriesRepo(clients.doc, requireEnv(ENV.deliveriesTable)),
    publisher: new SnsPublisher(clients.sns),
    retries: new DeliveryRetries(clients.sqs, requireEnv(ENV.deliveryRetryQueueUrl), Number(process.env[ENV.deliveryRetryDelaySeconds] ?? DELIVERY_RETRY.delaySeconds)),
    now: () => new Date(),
  };
}

export type FanOutListener = (alertId: string, version: number, r: FanOutResult) => void;

function count(r: FanOutResult): void {
  metrics.addMetric('Delivered', MetricUnit.Count, r.delivered);
  metrics.addMetric('Withheld', MetricUnit.Count, r.withheld);
  metrics.addMetric('DeliveryFailures', MetricUnit.Count, r.failed);
}

/**
 * The alerts table's stream: every new alert version goes to every customer.
 * A customer whose delivery fails is queued for a retry of its own, and the
 * record succeeds, so the stream moves on for everyone else.
 */
export function createFanOutHandler(deps: FanOutHandlerDeps, onResult?: FanOutListener) {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  return async (event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> => {
    // Read once per invocation, never cached across invocations: a change of
    // contract or policy applies to every fan-out that starts after it.
    const [customers, policies] = await Promise.all([deps.customers.list(), deps.customers.listPolicies()]);
    const record = async (r: DynamoDBRecord): Promise<void> => {
      if (r.eventName !== 'INSERT' || !r.dynamodb?.NewImage) return;
      const alert = AlertSchema.parse(unmarshall(r.dynamodb.NewImage as Record<string, AttributeValue>));
      const res = await fanOut(alert, { customers, policies }, deps);
      count(res);
      if (res.failedCustomers.length > 0) {
        logger.warn('deliveries failed; retrying them separately', { alertId: alert.alertId, version: alert.version, customers: res.failedCustomers });
        await deps.retries.schedule(res.failedCustomers.map((customerId) => ({ alertId: alert.alertId, version: alert.version, customerId })));
      }
      onResult?.(alert.alertId, alert.version, res);
    };
    try {
      return await processPartialResponse(event, record, processor, { context, processInParallel: false, throwOnFullBatchFailure: false });
    } finally {
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    }
  };
}

let handle: ReturnType<typeof createFanOutHandler> | undefined;
export const handler = (event: DynamoDBStreamEvent, context: Context) => (handle ??= createFanOutHandler(fanOutDepsFromEnv()))(event, context);
