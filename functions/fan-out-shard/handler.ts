/** The fan-out-shard Lambda: each job, one alert version to the customers of one shard. */
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { AlertsRepo } from '../adapters/alerts-repo';
import { type AwsClients, createClients } from '../adapters/aws-clients';
import { ChannelJobs } from '../adapters/channel-jobs';
import { ChannelsRepo } from '../adapters/channels-repo';
import { CustomersRepo } from '../adapters/customers-repo';
import { DeliveriesRepo } from '../adapters/deliveries-repo';
import { DeliveryRetries } from '../adapters/delivery-retries';
import { DynamoTombstoneStore } from '../adapters/dynamo-tombstones';
import { ShardJobSchema, ShardJobs } from '../adapters/fan-out-shards';
import { SnsPublisher } from '../adapters/publisher';
import { processBatch } from '../commons/batch';
import { type Config, loadConfig } from '../commons/config';
import { entryPoint } from '../commons/entry';
import { invocationOf } from '../commons/invocation';
import { createTelemetry, type Telemetry } from '../commons/observability';
import type { Channel } from '../domain/channels/channel';
import { channelsByCustomer } from '../fan-out/channel-jobs';
import { countDeliveries, type FanOutListener } from '../fan-out/fan-out';
import { runShardJob, type ShardJobDeps } from './shard-job';

export type FanOutShardHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

export function fanOutShardDeps(config: Config<'fanOutShard'>, clients: AwsClients = createClients()): ShardJobDeps {
  return {
    alerts: new AlertsRepo(clients.doc, config.tables.alerts),
    customers: new CustomersRepo(clients.doc, config.tables.customers),
    deliveries: new DeliveriesRepo(clients.doc, config.tables.deliveries),
    publisher: new SnsPublisher(clients.sns),
    tombstones: new DynamoTombstoneStore(clients.doc, config.tables.tombstones),
    shardJobs: new ShardJobs(clients.sqs, config.queues.fanOutShard),
    retries: new DeliveryRetries(clients.sqs, config.queues.deliveryRetry, config.settings.deliveryRetryDelaySeconds),
    channels: new ChannelsRepo(clients.doc, config.tables.channels),
    channelJobs: new ChannelJobs(clients.sqs, config.queues.channelDelivery),
    now: () => new Date(),
    audienceMaxAgeMs: config.settings.audienceMaxAgeMs,
    pageSize: config.settings.shardPageSize,
  };
}

/** A job that fails (a fault, or the invocation ending) is delivered again by SQS, then parked in its DLQ. */
export function createFanOutShardHandler(
  deps: ShardJobDeps,
  t: Telemetry,
  onResult?: FanOutListener,
): FanOutShardHandler {
  return async (event, context) => {
    const inv = invocationOf(context);
    // Channels are read once per invocation, and only by one that has customers to decide; a channel added meanwhile gets the next alert.
    let read: Promise<Map<string, Channel[]>> | undefined;
    const channels = () =>
      (read ??= channelsByCustomer(deps, (item, reason) =>
        t.logger.error('malformed channel item skipped', { item, reason }),
      ));
    const record = async (r: SQSRecord): Promise<void> => {
      const job = ShardJobSchema.parse(JSON.parse(r.body));
      const res = await runShardJob(job, deps, t, inv, channels);
      countDeliveries(t, res);
      onResult?.(job.alertId, job.version, res);
    };
    return processBatch(t, event, context, record);
  };
}

export const handler: FanOutShardHandler = entryPoint(() =>
  createFanOutShardHandler(fanOutShardDeps(loadConfig('fanOutShard')), createTelemetry()),
);
