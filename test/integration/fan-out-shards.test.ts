/**
 * The sharded fan-out on the local emulators: an alert version queued as
 * one job over every customer shard, worked by the fan-out-shard handler on
 * DynamoDB Local and fauxqs, which hands the shards it cannot take (a page of
 * 2 customers here) on as one job each, and shards larger than a job
 * continued through the queue. What lands between the split
 * and the shard work (a bar, a suspension) wins; a worker crashing mid-shard
 * is redelivered and completes without a second publish.
 */

import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { loadConfig } from '../../functions/commons/config';
import { createTelemetry, powertoolsEnvironment } from '../../functions/commons/observability';
import type { Alert } from '../../functions/domain/alert';
import type { Customer } from '../../functions/domain/customer';
import { shardOf } from '../../functions/domain/shard';
import type { FanOutDeps } from '../../functions/fan-out/fan-out';
import { createFanOutHandler, fanOutDeps } from '../../functions/fan-out/handler';
import { FAN_OUT_SHARDS, FUNCTIONS } from '../../resources';
import { type AdminContext, adminContext } from '../../tools/admin/context';
import { addCustomer, setContractStatus } from '../../tools/admin/customers';
import { barSector } from '../../tools/admin/policies';
import { type LocalEnvironment, startLocalEnvironment } from '../../tools/local/environment';
import { localContext } from '../../tools/local/lambda-context';
import { type LocalPipeline, startPipeline } from '../../tools/local/pipeline';
import { alert } from '../unit/functions/fakes';
import { activeContract, everything } from './support/local-stack';

process.env.TOCSIN_HOME = mkdtempSync(join(tmpdir(), 'tocsin-home-'));
process.env.POWERTOOLS_LOG_LEVEL = process.env.TOCSIN_TEST_LOGS ?? 'SILENT';

const PAGE = 2;
const ids = Array.from({ length: 90 }, (_, i) => `c${String(i).padStart(3, '0')}`);
const sectorOf = (id: string): Customer['sector'] => (Number(id.slice(1)) % 3 === 0 ? 'intelligence' : 'finance');
const version = (v: number): Alert => ({
  ...alert,
  alertId: 'a-shards',
  version: v,
  triggeredAt: new Date().toISOString(),
});

describe('the sharded fan-out on the emulators', { timeout: 240_000, concurrency: false }, () => {
  let env: LocalEnvironment;
  let ctx: AdminContext;
  let pipeline: LocalPipeline | undefined;
  const publishes: string[] = [];
  /** Fault injection for the test running now (the pipeline is shared). */
  let crashingCreate: ((d: FanOutDeps['deliveries']) => FanOutDeps['deliveries']['create']) | undefined;
  const errors: unknown[] = [];

  /** The alerts stream's record of a stored version, handed to the fan-out (the splitter) as Lambda would. */
  const split = async (a: Alert) => {
    const record: DynamoDBRecord = {
      eventID: `split-${a.version}`,
      eventName: 'INSERT',
      eventSource: 'aws:dynamodb',
      dynamodb: {
        NewImage: marshall(a, { removeUndefinedValues: true }) as never,
        SequenceNumber: String(a.version).padStart(21, '0'),
        StreamViewType: 'NEW_IMAGE',
      },
    };
    const handle = createFanOutHandler(
      fanOutDeps(loadConfig('fanOut', env.environmentOf('fanOut')), env.clients),
      createTelemetry(powertoolsEnvironment('fanOut')),
    );
    return handle({ Records: [record] }, localContext(FUNCTIONS.fanOut.id));
  };
  const ledgerOf = async (v: number) =>
    new Map(await Promise.all(ids.map(async (id) => [id, await ctx.deliveries.get(id, 'a-shards', v)] as const)));

  before(async () => {
    env = await startLocalEnvironment({ visibilityTimeoutSeconds: 2, settings: { shardPageSize: PAGE } });
    ctx = adminContext('local', env.clients, async () => undefined);
    for (const id of ids)
      await addCustomer(ctx, {
        id,
        name: id,
        sector: sectorOf(id),
        contract: activeContract,
        entitlements: everything,
      });
  });
  after(async () => {
    await pipeline?.stop();
    await env?.stop();
  });

  test('a bar and a suspension that land between the split and the shard work win; shards larger than a job continue through the queue', async () => {
    const perShard = new Map<number, number>();
    for (const id of ids)
      perShard.set(shardOf(id, FAN_OUT_SHARDS.count), (perShard.get(shardOf(id, FAN_OUT_SHARDS.count)) ?? 0) + 1);
    assert.ok(
      [...perShard.values()].some((n) => n > PAGE),
      'some shard holds more customers than one job takes',
    );
    assert.ok(perShard.size > 40, `customers spread over ${perShard.size} shards`);

    await ctx.alerts.put(version(1));
    assert.deepEqual((await split(version(1))).batchItemFailures, []);
    const waiting = await env.clients.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: env.queues.fanOutShardUrl,
        AttributeNames: ['ApproximateNumberOfMessages'],
      }),
    );
    assert.equal(
      Number(waiting.Attributes?.ApproximateNumberOfMessages),
      1,
      'one job over every shard (the worker splits it by shard)',
    );
    // After the split, before any shard is worked: intelligence barred from twitter, c001 suspended.
    await barSector(ctx, 'twitter', 'intelligence', new Date().toISOString());
    await setContractStatus(ctx, 'c001', 'suspended');

    pipeline = await startPipeline(
      env,
      { onError: (_w, e) => errors.push(e) },
      {
        streamRetryDelayMs: 100,
        shardConcurrency: 4,
        wrapFanOut: (d) => ({
          ...d,
          deliveries: ledgerMethods(d.deliveries, () => crashingCreate?.(d.deliveries)),
          publisher: {
            publish: async (arn, m) => {
              const id = await d.publisher.publish(arn, m);
              publishes.push(`${arn.split('tocsin-customer-')[1]}#${m.attributes.version?.StringValue}`);
              return id;
            },
          },
        }),
      },
    );
    await pipeline.waitIdle();

    const ledger = await ledgerOf(1);
    for (const id of ids) {
      const r = ledger.get(id);
      assert.ok(r, `${id}: decided`);
      if (sectorOf(id) === 'intelligence') {
        assert.equal(r.outcome, 'withheld', id);
        assert.match(r.reason, /intelligence barred by twitter/, id);
      } else if (id === 'c001') {
        assert.equal(r.outcome, 'withheld');
        assert.match(r.reason, /suspended/);
      } else assert.equal(r.outcome, 'delivered', id);
    }
    const delivered = ids.filter((id) => ledger.get(id)?.outcome === 'delivered');
    assert.deepEqual(
      publishes.filter((p) => p.endsWith('#1')).sort(),
      delivered.map((id) => `${id}#1`),
      'each customer decided deliver published to once (the stream reader split the version a second time: the ledger held)',
    );
  });

  test('a worker crashing mid-shard is redelivered and completes the shard without a second publish', async () => {
    // A shard of more customers than a job takes; the crash comes at the second customer of its first job.
    const deliverable = (id: string) => sectorOf(id) === 'finance' && id !== 'c001';
    const membersOf = (s: number) => ids.filter((id) => shardOf(id, FAN_OUT_SHARDS.count) === s).sort();
    const shard = [...new Set(ids.map((id) => shardOf(id, FAN_OUT_SHARDS.count)))].find(
      (s) => membersOf(s).length > PAGE && deliverable(membersOf(s)[1]!),
    );
    assert.ok(shard !== undefined, 'a shard of more than one job, its second customer deliverable');
    const members = membersOf(shard);
    const victim = members[1]!;
    let crashes = 0;
    crashingCreate = (d) => async (r) => {
      const written = await d.create(r);
      if (r.customerId === victim && r.outcome === 'pending' && r.version === 2 && crashes++ === 0)
        throw new Error('injected crash: the worker dies after the pending record, mid-shard');
      return written;
    };
    await ctx.alerts.put(version(2));
    await pipeline!.waitIdle();
    crashingCreate = undefined;

    assert.equal(crashes, 1, 'the worker crashed once');
    const ledger = await ledgerOf(2);
    for (const id of members.filter(deliverable))
      assert.equal(ledger.get(id)?.outcome, 'delivered', `${id}: completed after the redelivery`);
    const v2 = publishes.filter((p) => p.endsWith('#2'));
    assert.equal(new Set(v2).size, v2.length, 'no customer published to twice');
    assert.equal(v2.length, ids.filter((id) => ledger.get(id)?.outcome === 'delivered').length);
    assert.ok(v2.includes(`${victim}#2`), 'the crashed delivery completed');
  });
});

/** The ledger as a plain object whose create may be replaced while the pipeline runs (the repo is a class: spreading it would lose its methods). */
function ledgerMethods(
  d: FanOutDeps['deliveries'],
  create: () => FanOutDeps['deliveries']['create'] | undefined,
): FanOutDeps['deliveries'] {
  return {
    get: (...a) => d.get(...a),
    ...(d.getMany ? { getMany: (...a: Parameters<NonNullable<typeof d.getMany>>) => d.getMany!(...a) } : {}),
    create: (r) => (create() ?? ((x) => d.create(x)))(r),
    replace: (...a) => d.replace(...a),
    markDelivered: (...a) => d.markDelivered(...a),
    markFailed: (...a) => d.markFailed(...a),
  };
}
