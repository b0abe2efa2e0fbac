/**
 * The shard migration Lambda: invoked by the stack's trigger during each
 * deploy that changes it (CDK `triggers`), so no customer is left in no
 * fan-out shard after an upgrade and no operator step is needed. A failure
 * fails the deploy, which rolls back: never a silent gap.
 */
import type { Context } from 'aws-lambda';
import { accountRegionOf } from '../../resources';
import { type AwsClients, createClients } from '../adapters/aws-clients';
import { CustomersRepo } from '../adapters/customers-repo';
import { type Config, loadConfig } from '../commons/config';
import { entryPoint } from '../commons/entry';
import { createTelemetry, type Telemetry } from '../commons/observability';
import { migrateShards, type ShardMigration } from './migrate';

export type ShardMigrationHandler = (event: unknown, context: Context) => Promise<ShardMigration>;

export function createShardMigrationHandler(
  config: Config<'shardMigration'>,
  clients: AwsClients,
  t: Pick<Telemetry, 'logger'>,
): ShardMigrationHandler {
  const customers = new CustomersRepo(clients.doc, config.tables.customers);
  return async (_event, context) => {
    const r = await migrateShards(customers, clients.sns, accountRegionOf(context.invokedFunctionArn));
    t.logger.info('shard migration', { shardsSet: r.shardsSet.length, topicPolicies: r.topicPolicies });
    return r;
  };
}

export const handler: ShardMigrationHandler = entryPoint(() =>
  createShardMigrationHandler(loadConfig('shardMigration'), createClients(), createTelemetry()),
);
