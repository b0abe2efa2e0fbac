import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent, DynamoDBBatchResponse } from 'aws-lambda';
import { AlertSchema } from '../domain/alert';
import { CustomersRepo } from '../adapters/customers-repo';
import { DeliveriesRepo } from '../adapters/deliveries-repo';
import { SnsPublisher } from '../adapters/publisher';
import { createClients, type AwsClients } from '../adapters/aws-clients';
import { requireEnv } from '../adapters/env';
import { ENV } from '../../infra/resources';
import { fanOut, type FanOutDeps, type FanOutResult } from './fan-out';

const logger = new Logger({ serviceName: 'tocsin-fanout' });
const metrics = new Metrics({ namespace: 'Tocsin', serviceName: 'fanout' });

export interface FanOutHandlerDeps extends FanOutDeps { customers: Pick<CustomersRepo, 'list' | 'listPolicies'> }

export function fanOutDepsFromEnv(clients: AwsClients = createClients()): FanOutHandlerDeps {
  return {
    customers: new CustomersRepo(clients.doc, requireEnv(ENV.customersTable)),
    deliveries: new DeliveriesRepo(clients.doc, requireEnv(ENV.deliveriesTable)),
    publisher: new SnsPublisher(clients.sns),
    now: () => new Date(),
  };
}

export class DeliveryFailedError extends Error { override name = 'DeliveryFailedError'; }

export function createFanOutHandler(deps: FanOutHandlerDeps, onResult?: (alertId: string, version: number, r: FanOutResult) => void) {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  return async (event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> => {
    // Customers and policies are read once per invocation, never cached across
    // invocations: a change takes effect for the next batch of alerts.
    const [customers, policies] = await Promise.all([deps.customers.list(), deps.customers.listPolicies()]);
    const record = async (r: DynamoDBRecord): Promise<void> => {
      if (r.eventName !== 'INSERT' || !r.dynamodb?.NewImage) return;
      const alert = AlertSchema.parse(unmarshall(r.dynamodb.NewImage as Record<string, AttributeValue>));
      const res = await fanOut(alert, { customers, policies }, deps).catch((e: unknown) => {
        logger.error('fan-out failed: the stream record will be retried', { alertId: alert.alertId, version: alert.version, error: e as Error });
        throw e;
      });
      metrics.addMetric('Delivered', MetricUnit.Count, res.delivered);
      metrics.addMetric('Withheld', MetricUnit.Count, res.withheld);
      metrics.addMetric('DeliveryFailures', MetricUnit.Count, res.failed);
      onResult?.(alert.alertId, alert.version, res);
      if (res.failed > 0) {
        logger.error('delivery failed', { alertId: alert.alertId, version: alert.version, failed: res.failed });
        throw new DeliveryFailedError(`${res.failed} deliveries of ${alert.alertId} v${alert.version} failed; retrying`);
      }
    };
    try {
      return await processPartialResponse(event, record, processor, { context, processInParallel: false, throwOnFullBatchFailure: false });
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}

let handle: ReturnType<typeof createFanOutHandler> | undefined;
export const handler = (event: DynamoDBStreamEvent, context: Context) => (handle ??= createFanOutHandler(fanOutDepsFromEnv()))(event, context);
