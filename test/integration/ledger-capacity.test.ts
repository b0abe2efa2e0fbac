/**
 * The ledger's write units as DynamoDB (Local) reports them, against what the
 * fan-out's cost and capacity model counts (tools/capacity/fan-out.ts): a put
 * writes the table and its index, the delivered mark the table alone (the
 * index is keys only). And the customer's ledger read through that index
 * comes back whole, in decision order.
 */

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type ConsumedCapacity, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DeliveriesRepo } from '../../functions/adapters/deliveries-repo';
import { type DeliveryRecord, deliveryKey } from '../../functions/domain/delivery';
import { TABLES } from '../../resources';
import { FAN_OUT_CALLS } from '../../tools/capacity/fan-out';
import { type Emulators, LOCAL_CREDENTIALS, startEmulators } from '../../tools/local/emulators';
import { createTables } from '../../tools/local/resources';

describe('the ledger on DynamoDB Local', { timeout: 120_000 }, () => {
  let emu: Emulators;
  let ddb: DynamoDBClient;
  let repo: DeliveriesRepo;
  /** The write units of each call since the last take(), table and indexes apart. */
  let used: ConsumedCapacity[] = [];
  const take = () => {
    const u = used;
    used = [];
    return u.map((c) => ({
      table: c.Table?.CapacityUnits ?? 0,
      indexes: Object.values(c.GlobalSecondaryIndexes ?? {}).reduce((n, i) => n + (i.CapacityUnits ?? 0), 0),
    }));
  };

  before(async () => {
    emu = await startEmulators();
    ddb = new DynamoDBClient({ endpoint: emu.dynamoEndpoint, region: emu.region, credentials: LOCAL_CREDENTIALS });
    await createTables(ddb);
    const doc = DynamoDBDocumentClient.from(ddb);
    // Every call asks for its consumed capacity, per index, and the answer is kept: the repo's own writes, measured.
    doc.middlewareStack.add(
      (next) => async (args) => {
        const input = args.input as { ReturnConsumedCapacity?: string };
        input.ReturnConsumedCapacity = 'INDEXES';
        const out = await next(args);
        const c = (out.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] }).ConsumedCapacity;
        if (c) used.push(...(Array.isArray(c) ? c : [c]));
        return out;
      },
      { step: 'initialize', name: 'consumedCapacity' },
    );
    repo = new DeliveriesRepo(doc, TABLES.deliveries.id);
  });
  after(async () => {
    ddb?.destroy();
    await emu?.stop();
  });

  const record = (customerId: string, alertId: string, decidedAt: string, outcome: DeliveryRecord['outcome']) =>
    ({
      customerId,
      deliveryKey: deliveryKey(alertId, 1),
      alertId,
      version: 1,
      decidedAt,
      category: 'explosion',
      level: 'urgent',
      severity: 3,
      outcome,
      ...(outcome === 'withheld' ? { code: 'source_barred', reason: 'barred' } : { reason: 'entitled' }),
      ...(outcome === 'pending' ? { attempts: 0 } : {}),
    }) as DeliveryRecord;

  test('a delivery costs a put (table + index) and an update (table only); a withhold one put', async () => {
    take();
    assert.equal(await repo.create(record('bank', 'a1', '2026-12-01T10:00:00.000Z', 'pending')), true);
    const put = take();
    assert.deepEqual(put, [{ table: 1, indexes: FAN_OUT_CALLS.wruPerLedgerPut - 1 }]);
    const marked = await repo.markDelivered('bank', 'a1', 1, {
      messageId: 'm1',
      attempts: 1,
      deliveredAt: '2026-12-01T10:00:01.000Z',
    });
    assert.equal(marked, true);
    const update = take();
    assert.deepEqual(update, [{ table: 1, indexes: FAN_OUT_CALLS.wruPerLedgerUpdate - 1 }]);
    assert.equal(update[0]?.indexes, 0, 'the delivered mark writes no index');
    assert.equal(await repo.create(record('bank', 'a2', '2026-12-01T10:05:00.000Z', 'withheld')), true);
    assert.deepEqual(take(), [{ table: 1, indexes: FAN_OUT_CALLS.wruPerLedgerPut - 1 }]);
    // What the model charges a delivery and a withhold, as measured.
    const perDelivery = [...put, ...update].reduce((n, u) => n + u.table + u.indexes, 0);
    assert.equal(
      perDelivery,
      FAN_OUT_CALLS.perDelivery.ledgerPuts * FAN_OUT_CALLS.wruPerLedgerPut +
        FAN_OUT_CALLS.perDelivery.ledgerUpdates * FAN_OUT_CALLS.wruPerLedgerUpdate,
    );
  });

  test("a customer's ledger read through the keys-only index: whole records, in decision order, from a time on", async () => {
    const times = ['2026-11-03T08:00:00.000Z', '2026-11-01T08:00:00.000Z', '2026-11-02T08:00:00.000Z'];
    for (const [i, t] of times.entries()) await repo.create(record('desk', `b${i}`, t, 'withheld'));
    await repo.create(record('desk', 'b9', '2026-11-04T08:00:00.000Z', 'pending'));
    await repo.markDelivered('desk', 'b9', 1, {
      messageId: 'm9',
      attempts: 1,
      deliveredAt: '2026-11-04T08:00:02.000Z',
    });
    const all = await repo.listByCustomer('desk');
    assert.deepEqual(
      all.map((r) => [r.alertId, r.outcome]),
      [
        ['b1', 'withheld'],
        ['b2', 'withheld'],
        ['b0', 'withheld'],
        ['b9', 'delivered'],
      ],
    );
    // The full record, not the index's keys: what the CLI and the monthly report print.
    assert.equal(all[3]?.messageId, 'm9');
    assert.equal(all[0]?.code, 'source_barred');
    const since = await repo.listByCustomer('desk', '2026-11-02T08:00:00.000Z');
    assert.deepEqual(
      since.map((r) => r.alertId),
      ['b2', 'b0', 'b9'],
    );
    assert.deepEqual(await repo.listByCustomer('nobody'), []);
  });
});
