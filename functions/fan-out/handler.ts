/** The fan-out Lambda: each new alert version on the alerts stream, as one job over every customer shard. */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { FAN_OUT_SHARDS } from '../../resources';
import { type AwsClients, createClients } from '../adapters/aws-clients';
import { type ShardJob, ShardJobs } from '../adapters/fan-out-shards';
import { processBatch } from '../commons/batch';
import { type Config, loadConfig } from '../commons/config';
import { entryPoint } from '../commons/entry';
import { createTelemetry, type Telemetry } from '../commons/observability';
import { AlertSchema } from '../domain/alert';
import { firstJob } from './split';

export type FanOutHandler = (event: DynamoDBStreamEvent, context: Context) => Promise<DynamoDBBatchResponse>;

export interface FanOutHandlerDeps {
  shardJobs: Pick<ShardJobs, 'enqueue'>;
  /** FAN_OUT_SHARDS.count */
  shardCount: number;
}

export function fanOutDeps(config: Config<'fanOut'>, clients: AwsClients = createClients()): FanOutHandlerDeps {
  return { shardJobs: new ShardJobs(clients.sqs, config.queues.fanOutShard), shardCount: FAN_OUT_SHARDS.count };
}

/**
 * The alerts table's stream: every new alert version becomes one job over
 * every customer shard, decided and delivered by the fan-out-shard function
 * (which splits it by shard when the customers are more than a page). A
 * record whose job could not be queued fails, and the stream retries it
 * whole (a job queued twice is harmless: the ledger).
 */
export function createFanOutHandler(
  deps: FanOutHandlerDeps,
  t: Telemetry,
  onSplit?: (jobs: ShardJob[]) => void,
): FanOutHandler {
  return async (event, context) => {
    const record = async (r: DynamoDBRecord): Promise<void> => {
      if (r.eventName !== 'INSERT' || !r.dynamodb?.NewImage) return;
      const alert = AlertSchema.parse(unmarshall(r.dynamodb.NewImage as Record<string, AttributeValue>));
      const jobs = [firstJob(alert, deps.shardCount)];
      await deps.shardJobs.enqueue(jobs);
      onSplit?.(jobs);
    };
    return processBatch(t, event, context, record);
  };
}

export const handler: FanOutHandler = entryPoint(() =>
  createFanOutHandler(fanOutDeps(loadConfig('fanOut')), createTelemetry()),
);
