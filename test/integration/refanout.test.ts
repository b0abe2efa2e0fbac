/**
 * `refanout --since TIME` on the local emulators: alert versions the alerts
 * stream never delivered to the fan-out (no stream reader runs here) are
 * decided and delivered from the alerts table, once, whatever the ledger
 * already held; a second run changes nothing.
 */

import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { GetQueueUrlCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { loadConfig } from '../../functions/commons/config';
import { createTelemetry, powertoolsEnvironment } from '../../functions/commons/observability';
import { createDeliveryRetryHandler, deliveryRetryDeps } from '../../functions/delivery-retry/handler';
import type { Alert } from '../../functions/domain/alert';
import { deliveryKey } from '../../functions/domain/delivery';
import { DELIVERY_RETRY, FUNCTIONS } from '../../resources';
import { type AdminContext, adminContext } from '../../tools/admin/context';
import { addCustomer, subscribeCustomer } from '../../tools/admin/customers';
import { refanout } from '../../tools/admin/refanout';
import { run as cli } from '../../tools/cli/tocsin';
import { type LocalEnvironment, startLocalEnvironment } from '../../tools/local/environment';
import { localContext } from '../../tools/local/lambda-context';
import { toSqsRecord } from '../../tools/local/sqs-poller';
import { drainQueue } from '../../tools/local/subscriber';
import { alert } from '../unit/functions/fakes';
import { activeContract, everything } from './support/local-stack';

process.env.TOCSIN_HOME = mkdtempSync(join(tmpdir(), 'tocsin-home-'));

const version = (alertId: string, v: number, title: string): Alert => ({ ...alert, alertId, version: v, title });

describe('refanout from the alerts table', { timeout: 120_000 }, () => {
  let env: LocalEnvironment;
  let ctx: AdminContext;
  const queues = new Map<string, string>();
  const received = async (id: string) => (await drainQueue(env.clients.sqs, queues.get(id)!)).map((m) => m.deliveryId);
  const since = '2026-05-02T00:00:00.000Z';
  const [before1, after1, after2] = ['2026-05-01T23:00:00Z', '2026-05-02T01:00:00Z', '2026-05-02T02:00:00Z'];

  before(async () => {
    env = await startLocalEnvironment({ register: true });
    ctx = adminContext('local', env.clients, async () => undefined);
    for (const [id, status] of [
      ['bank', 'active'],
      ['paused', 'suspended'],
    ] as const) {
      await addCustomer(ctx, {
        id,
        name: id,
        sector: 'finance',
        contract: { ...activeContract, status },
        entitlements: everything,
      });
      await subscribeCustomer(ctx, id, 'sqs', `sub-${id}`);
      queues.set(id, (await env.clients.sqs.send(new GetQueueUrlCommand({ QueueName: `sub-${id}` }))).QueueUrl!);
    }
    // Stored while nothing read the stream: as if the fan-out had given up on them.
    await ctx.alerts.put(version('harbour', 1, 'Explosion in Houston, US'), new Date(before1));
    await ctx.alerts.put(version('harbour', 2, 'Explosion in Houston, US (escalated)'), new Date(after1));
    await ctx.alerts.put(version('refinery', 1, 'Explosion at a refinery in Houston, US'), new Date(after2));
    // The fan-out had delivered harbour v2 to the bank before the failure: the ledger says so.
    await ctx.deliveries.create({
      customerId: 'bank',
      deliveryKey: deliveryKey('harbour', 2),
      alertId: 'harbour',
      version: 2,
      outcome: 'delivered',
      reason: 'entitled',
      decidedAt: after1,
      category: 'explosion',
      level: 'flash',
      severity: 4,
      messageId: 'earlier',
      attempts: 1,
    });
  });
  after(async () => {
    await env?.stop();
  });

  test('versions stored since TIME are decided and delivered; what the ledger held stays; older versions are left alone', async () => {
    const r = await refanout(ctx, since);

    assert.deepEqual(
      {
        versions: r.versions,
        delivered: r.delivered,
        withheld: r.withheld,
        already: r.alreadyDecided,
        failed: r.failed,
      },
      { versions: 2, delivered: 1, withheld: 2, already: 1, failed: 0 },
    );
    assert.deepEqual(r.notFannedOut, []);
    assert.deepEqual(await received('bank'), ['refinery#1#bank'], 'only what the bank had not been given');
    assert.deepEqual(await received('paused'), []);
    const paused = await ctx.deliveries.listByCustomer('paused');
    assert.deepEqual(paused.map((d) => `${d.alertId}#${d.version}:${d.outcome}`).sort(), [
      'harbour#2:withheld',
      'refinery#1:withheld',
    ]);
    assert.ok(paused.every((d) => /suspended/.test(d.reason)));
    assert.equal((await ctx.deliveries.get('bank', 'harbour', 2))?.messageId, 'earlier', 'left as recorded');
    assert.equal(await ctx.deliveries.get('bank', 'harbour', 1), undefined, 'stored before --since: not touched');
  });

  test('run again through the CLI: every decision already recorded, nothing published twice', async (t) => {
    const out: string[] = [];
    t.mock.method(console, 'log', (s: string) => void out.push(s));

    await cli(['refanout', '--since', since, '--json']);

    const r = JSON.parse(out.join('\n')) as { versions: number; delivered: number; alreadyDecided: number };
    assert.deepEqual([r.versions, r.delivered, r.alreadyDecided], [2, 0, 4]);
    assert.deepEqual(await received('bank'), []);
    assert.deepEqual(await received('paused'), []);
  });

  test('the AWS route: pairs without a final decision go to the delivery-retry function, which decides and delivers them', async (t) => {
    // On AWS the operator may not publish (customer topics let only the delivery roles): refanout queues instead.
    await ctx.alerts.put(version('harbour', 3, 'Explosion in Houston, US (update)'), new Date(after2));

    // Customers are read shard by shard (the byShard index), as the fan-out reads them: never the whole table.
    const whole = t.mock.method(ctx.customers, 'readAudience', async () => {
      throw new Error('refanout read the whole customers table');
    });
    const r = await refanout(ctx, since, 'retryQueue');
    whole.mock.restore();

    assert.deepEqual([r.versions, r.queued, r.alreadyDecided, r.delivered], [3, 2, 4, 0]);
    assert.deepEqual(await received('bank'), [], 'nothing published by the operator');
    // What the deployed delivery-retry function does with the queue, run here as the stack wires it.
    const retryUrl = await ctx.queueUrl(DELIVERY_RETRY.queueName);
    const got = await env.clients.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: retryUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
    );
    const retry = createDeliveryRetryHandler(
      deliveryRetryDeps(loadConfig('deliveryRetry', env.environmentOf('deliveryRetry')), env.clients),
      createTelemetry(powertoolsEnvironment('deliveryRetry')),
    );
    const res = await retry(
      { Records: (got.Messages ?? []).map((m) => toSqsRecord(m, `arn:aws:sqs:x:1:${DELIVERY_RETRY.queueName}`, 'x')) },
      localContext(FUNCTIONS.deliveryRetry.id),
    );

    assert.equal(got.Messages?.length, 2);
    assert.deepEqual(res.batchItemFailures, []);
    assert.deepEqual(await received('bank'), ['harbour#3#bank']);
    assert.equal((await ctx.deliveries.get('paused', 'harbour', 3))?.outcome, 'withheld');
  });
});
