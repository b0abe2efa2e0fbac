/** The fan-out Lambda: each new alert version on the alerts stream to every customer it is decided for. */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { type AwsClients, createClients } from '../adapters/aws-clients';
import { ChannelJobs } from '../adapters/channel-jobs';
import { ChannelsRepo } from '../adapters/channels-repo';
import { CustomersRepo } from '../adapters/customers-repo';
import { DeliveriesRepo } from '../adapters/deliveries-repo';
import { DeliveryRetries } from '../adapters/delivery-retries';
import { DynamoTombstoneStore } from '../adapters/dynamo-tombstones';
import { SnsPublisher } from '../adapters/publisher';
import { settleBatch } from '../commons/batch';
import { type Config, loadConfig } from '../commons/config';
import { entryPoint } from '../commons/entry';
import { invocationOf } from '../commons/invocation';
import { createTelemetry, type Telemetry } from '../commons/observability';
import { AlertSchema } from '../domain/alert';
import { type ChannelHookDeps, channelsByCustomer, queueChannelJobs } from './channel-jobs';
import { countDeliveries, type FanOutDeps, type FanOutListener, fanOut, invocationAudience } from './fan-out';

export type FanOutHandler = (event: DynamoDBStreamEvent, context: Context) => Promise<DynamoDBBatchResponse>;

export interface FanOutHandlerDeps extends FanOutDeps, Omit<ChannelHookDeps, 'deliveries'> {
  customers: Pick<CustomersRepo, 'readAudience'>;
  retries: Pick<DeliveryRetries, 'schedule'>;
  /** FUNCTIONS.fanOut.settings.audienceMaxAgeMs */
  audienceMaxAgeMs: number;
}

export function fanOutDeps(config: Config<'fanOut'>, clients: AwsClients = createClients()): FanOutHandlerDeps {
  return {
    customers: new CustomersRepo(clients.doc, config.tables.customers),
    deliveries: new DeliveriesRepo(clients.doc, config.tables.deliveries),
    publisher: new SnsPublisher(clients.sns),
    tombstones: new DynamoTombstoneStore(clients.doc, config.tables.tombstones),
    retries: new DeliveryRetries(clients.sqs, config.queues.deliveryRetry, config.settings.deliveryRetryDelaySeconds),
    channels: new ChannelsRepo(clients.doc, config.tables.channels),
    channelJobs: new ChannelJobs(clients.sqs, config.queues.channelDelivery),
    now: () => new Date(),
    audienceMaxAgeMs: config.settings.audienceMaxAgeMs,
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
    const inv = invocationOf(context);
    const audience = invocationAudience(deps, t);
    // Channels are read once per invocation too; a channel added meanwhile gets the next alert.
    const [, channels] = await Promise.all([
      audience.fresh(),
      channelsByCustomer(deps, (item, reason) => t.logger.error('malformed channel item skipped', { item, reason })),
    ]);
    const record = async (r: DynamoDBRecord): Promise<void> => {
      if (r.eventName !== 'INSERT' || !r.dynamodb?.NewImage) return;
      const alert = AlertSchema.parse(unmarshall(r.dynamodb.NewImage as Record<string, AttributeValue>));
      const res = await fanOut(alert, audience, deps, inv);
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
      // After the decisions are recorded: signed webhooks, Slack and Teams, each decided again at send time.
      await queueChannelJobs(alert, channels, deps);
      onResult?.(alert.alertId, alert.version, res);
    };
    return settleBatch(t, processor, () =>
      processPartialResponse(event, record, processor, {
        context,
        processInParallel: false,
        throwOnFullBatchFailure: false,
      }),
    );
  };
}

export const handler: FanOutHandler = entryPoint(() =>
  createFanOutHandler(fanOutDeps(loadConfig('fanOut')), createTelemetry()),
);
