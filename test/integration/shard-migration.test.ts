/**
 * No customer is left in no fan-out shard after an upgrade (issue 11): the
 * shard migration the stack runs at deploy (ShardMigrationFunction's
 * trigger), on the emulators, over customer items written before sharding
 * (no `shard`, a topic policy that does not admit the fan-out-shard role);
 * and the local twin, which runs it each time it starts over old data.
 */

import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { GetTopicAttributesCommand } from '@aws-sdk/client-sns';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { customerTopicAccess, setCustomerTopicPolicy } from '../../functions/adapters/topics';
import { loadConfig } from '../../functions/commons/config';
import { createTelemetry, powertoolsEnvironment } from '../../functions/commons/observability';
import { shardOf } from '../../functions/domain/shard';
import { createShardMigrationHandler } from '../../functions/shard-migration/handler';
import { FAN_OUT_SHARDS, FUNCTIONS, roleArn, TABLES } from '../../resources';
import { type AdminContext, adminContext } from '../../tools/admin/context';
import { addCustomer } from '../../tools/admin/customers';
import { type LocalEnvironment, startLocalEnvironment } from '../../tools/local/environment';
import { LOCAL_WHERE, localContext } from '../../tools/local/lambda-context';
import { activeContract, everything } from './support/local-stack';

process.env.TOCSIN_HOME = mkdtempSync(join(tmpdir(), 'tocsin-home-'));
process.env.POWERTOOLS_LOG_LEVEL = process.env.TOCSIN_TEST_LOGS ?? 'SILENT';

const OLD = ['old-a', 'old-b', 'old-c'];
const shardWorker = roleArn(LOCAL_WHERE, 'fanOutShard');

describe('the shard migration on the emulators', { timeout: 240_000, concurrency: false }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tocsin-data-'));
  let env: LocalEnvironment;
  let ctx: AdminContext;
  const migrate = () =>
    createShardMigrationHandler(
      loadConfig('shardMigration', env.environmentOf('shardMigration')),
      env.clients,
      createTelemetry(powertoolsEnvironment('shardMigration')),
    )({}, localContext(FUNCTIONS.shardMigration.id));
  /** A customer as written before the sharded fan-out: no shard, a topic that admits only the old delivery roles. */
  const unshard = async (id: string) => {
    await env.clients.doc.send(
      new UpdateCommand({
        TableName: TABLES.customers.id,
        Key: { kind: 'customer', id },
        UpdateExpression: 'REMOVE #s',
        ExpressionAttributeNames: { '#s': 'shard' },
      }),
    );
    const access = customerTopicAccess(LOCAL_WHERE);
    await setCustomerTopicPolicy(env.clients.sns, await ctx.topicArn(id), {
      ...access,
      publishers: access.publishers.filter((p) => p !== shardWorker),
    });
  };
  const policyOf = async (id: string) =>
    (await env.clients.sns.send(new GetTopicAttributesCommand({ TopicArn: await ctx.topicArn(id) }))).Attributes
      ?.Policy ?? '';
  const inShard = async (id: string) =>
    (await ctx.customers.shardPage(shardOf(id, FAN_OUT_SHARDS.count), undefined, 1000)).ids.includes(id);

  before(async () => {
    env = await startLocalEnvironment({ dataDir });
    ctx = adminContext('local', env.clients, async () => undefined);
    for (const id of [...OLD, 'new-a'])
      await addCustomer(ctx, { id, name: id, sector: 'finance', contract: activeContract, entitlements: everything });
  });
  after(async () => {
    await env?.stop();
  });

  test('every customer written before sharding gets its shard and a topic policy that admits the shard worker; a second run changes nothing', async () => {
    for (const id of OLD) await unshard(id);
    // An item with no topic at all (made by hand): sharded all the same, no policy to write.
    await env.clients.doc.send(
      new PutCommand({
        TableName: TABLES.customers.id,
        Item: { kind: 'customer', id: 'no-topic', name: 'x', sector: 'finance', contract: activeContract },
      }),
    );
    assert.deepEqual((await ctx.customers.unsharded()).sort(), [...OLD, 'no-topic'].sort());
    for (const id of OLD) {
      assert.ok(!(await inShard(id)), `${id} is in no shard before`);
      assert.ok(!(await policyOf(id)).includes(shardWorker), `${id}'s topic does not admit the worker before`);
    }

    const r = await migrate();
    assert.deepEqual(r.shardsSet.sort(), [...OLD, 'no-topic'].sort());
    assert.equal(r.topicPolicies, OLD.length);
    assert.deepEqual(await ctx.customers.unsharded(), []);
    for (const id of [...OLD, 'new-a', 'no-topic']) assert.ok(await inShard(id), `${id} in its shard`);
    for (const id of OLD) assert.ok((await policyOf(id)).includes(shardWorker), `${id}'s topic admits the worker`);

    assert.deepEqual(await migrate(), { shardsSet: [], topicPolicies: 0 });
  });

  test('the local twin runs it when it starts over data an older version left', async () => {
    await unshard('old-a');
    assert.deepEqual(await ctx.customers.unsharded(), ['old-a']);
    await env.stop();
    env = await startLocalEnvironment({ dataDir });
    ctx = adminContext('local', env.clients, async () => undefined);
    assert.deepEqual(await ctx.customers.unsharded(), []);
    assert.ok(await inShard('old-a'));
  });
});
