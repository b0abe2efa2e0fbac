/**
 * The sharded fan-out's migration (issue 11): every customer item gets its
 * fan-out shard (an item without one is in no shard, and the fan-out decides
 * nothing for it), and the topic of each customer it shards gets the policy
 * that admits the fan-out-shard role (topics made before sharding admit only
 * the fan-out and delivery-retry roles). Idempotent: a second run finds every
 * item sharded and writes nothing. Run by the stack at deploy time (the
 * ShardMigrationFunction's trigger) and by `customers migrate-shards`.
 */
import type { SNSClient } from '@aws-sdk/client-sns';
import { type AccountRegion, customerTopicArn } from '../../resources';
import type { CustomersRepo } from '../adapters/customers-repo';
import { customerTopicAccess, setCustomerTopicPolicy } from '../adapters/topics';

export interface ShardMigration {
  /** Customer ids whose shard was written now. */
  shardsSet: string[];
  /** Topic policies written again (a customer without a topic has none to write). */
  topicPolicies: number;
}

/** Topic policies written at once: SetTopicAttributes is a control-plane call with a low per-account rate. */
const PARALLEL = 8;

export async function migrateShards(
  customers: Pick<CustomersRepo, 'migrateShards'>,
  sns: SNSClient,
  where: AccountRegion,
): Promise<ShardMigration> {
  const shardsSet = await customers.migrateShards();
  const access = customerTopicAccess(where);
  let topicPolicies = 0;
  const queue = [...shardsSet];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      try {
        await setCustomerTopicPolicy(sns, customerTopicArn(where, id), access);
        topicPolicies++;
      } catch (e) {
        // A customer item whose topic was never made (or was removed by hand): nothing to admit the role on.
        if ((e as { name?: string }).name !== 'NotFoundException' && (e as { name?: string }).name !== 'NotFound')
          throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return { shardsSet, topicPolicies };
}
