/** Tests of DeliveryRecord (schema, deliveryKey) and the monthly report. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CATEGORIES, LEVELS } from '../../../functions/domain/alert';
import { type DeliveryRecord, DeliveryRecordSchema, deliveryKey } from '../../../functions/domain/delivery';
import { decide, WITHHOLD_CODES, type WithholdCode } from '../../../functions/domain/entitlement';
import { monthlyReport, monthlyReports } from '../../../functions/domain/report';
import { alertArb, customerArb, FC_PARAMS, isoWithOffset, nowArb, policiesArb } from './arbitraries';

function rec(over: Partial<DeliveryRecord> & Pick<DeliveryRecord, 'outcome'>): DeliveryRecord {
  const alertId = over.alertId ?? 'a1';
  const version = over.version ?? 1;
  return {
    customerId: 'acme-news',
    alertId,
    version,
    deliveryKey: deliveryKey(alertId, version),
    reason: over.outcome === 'withheld' ? 'contract suspended' : 'entitled',
    decidedAt: '2026-03-10T12:00:00.000Z',
    category: 'fire',
    level: 'urgent',
    severity: 3,
    ...(over.outcome === 'withheld' ? { code: 'contract_suspended' as const } : {}),
    ...over,
  };
}

describe('DeliveryRecord', () => {
  it('deliveryKey pads the version to 6 digits', () => {
    assert.equal(deliveryKey('a7f3c2', 3), 'a7f3c2#000003');
    assert.equal(deliveryKey('x', 123456), 'x#123456');
    assert.equal(deliveryKey('x', 1234567), 'x#1234567');
    assert.throws(() => deliveryKey('x', 0), RangeError);
    assert.throws(() => deliveryKey('x', 1.5), RangeError);
    // Keys of one alert sort by version.
    const keys = [10, 2, 1, 100].map((v) => deliveryKey('a', v)).sort();
    assert.deepEqual(keys, ['a#000001', 'a#000002', 'a#000010', 'a#000100']);
  });

  it('schema accepts valid records and rejects inconsistent ones', () => {
    assert.ok(DeliveryRecordSchema.safeParse(rec({ outcome: 'delivered', messageId: 'm-1', attempts: 1 })).success);
    assert.ok(DeliveryRecordSchema.safeParse(rec({ outcome: 'withheld' })).success);
    assert.ok(
      DeliveryRecordSchema.safeParse(rec({ outcome: 'failed', reason: 'publish failed', error: 'boom', attempts: 2 }))
        .success,
    );
    assert.ok(!DeliveryRecordSchema.safeParse({ ...rec({ outcome: 'delivered' }), deliveryKey: 'a1#1' }).success);
    assert.ok(!DeliveryRecordSchema.safeParse({ ...rec({ outcome: 'withheld' }), code: undefined }).success);
    assert.ok(!DeliveryRecordSchema.safeParse({ ...rec({ outcome: 'delivered' }), code: 'source_barred' }).success);
    assert.ok(!DeliveryRecordSchema.safeParse({ ...rec({ outcome: 'withheld' }), code: 'nope' }).success);
    assert.ok(!DeliveryRecordSchema.safeParse({ ...rec({ outcome: 'delivered' }), decidedAt: 'yesterday' }).success);
  });

  it('records built from any decision are schema-valid', () => {
    fc.assert(
      fc.property(alertArb, customerArb, policiesArb, nowArb, (alert, customer, policies, now) => {
        const d = decide(alert, customer, policies, now);
        const base = {
          customerId: customer.id,
          deliveryKey: deliveryKey(alert.alertId, alert.version),
          alertId: alert.alertId,
          version: alert.version,
          decidedAt: now.toISOString(),
          category: alert.category,
          level: alert.level,
          severity: alert.severity,
        };
        const r: DeliveryRecord = d.deliver
          ? { ...base, outcome: 'delivered', reason: d.reason, messageId: 'm', attempts: 1 }
          : { ...base, outcome: 'withheld', code: d.code, reason: d.reason };
        DeliveryRecordSchema.parse(r);
      }),
      FC_PARAMS,
    );
  });
});

describe('monthlyReport', () => {
  it('aggregates one customer month by category, level and reason, with a stable zero-filled shape', () => {
    const records = [
      rec({ alertId: 'a1', outcome: 'delivered', category: 'fire', level: 'urgent' }),
      rec({ alertId: 'a2', outcome: 'delivered', category: 'fire', level: 'flash' }),
      rec({ alertId: 'a3', outcome: 'delivered', category: 'explosion', level: 'flash' }),
      rec({
        alertId: 'a4',
        outcome: 'withheld',
        code: 'source_barred',
        reason: 'sector intelligence barred by twitter policy since 2026-03-05T10:00:00Z',
      }),
      rec({ alertId: 'a5', outcome: 'withheld', code: 'below_min_severity', reason: 'below minimum severity (2 < 3)' }),
      rec({ alertId: 'a6', outcome: 'withheld', code: 'below_min_severity', reason: 'below minimum severity (1 < 3)' }),
      rec({ alertId: 'a7', outcome: 'failed', reason: 'publish failed' }),
      // other months
      rec({ alertId: 'b1', outcome: 'delivered', decidedAt: '2026-02-28T23:59:59.999Z' }),
      rec({ alertId: 'b2', outcome: 'delivered', decidedAt: '2026-04-01T00:00:00.000Z' }),
      // 2026-03-31T23:30-01:00 is 2026-04-01T00:30Z: April.
      rec({ alertId: 'b3', outcome: 'delivered', decidedAt: '2026-03-31T23:30:00-01:00' }),
      // 2026-04-01T00:30+02:00 is 2026-03-31T22:30Z: March.
      rec({
        alertId: 'a8',
        outcome: 'delivered',
        decidedAt: '2026-04-01T00:30:00+02:00',
        category: 'storm',
        level: 'alert',
      }),
    ];
    const r = monthlyReport(records, '2026-03');
    assert.equal(r.customerId, 'acme-news');
    assert.equal(r.month, '2026-03');
    assert.equal(r.delivered.total, 4);
    assert.deepEqual(r.delivered.byCategory, {
      ...Object.fromEntries(CATEGORIES.map((c) => [c, 0])),
      fire: 2,
      explosion: 1,
      storm: 1,
    });
    assert.deepEqual(r.delivered.byLevel, { flash: 2, urgent: 1, alert: 1 });
    assert.equal(r.withheld.total, 3);
    assert.deepEqual(r.withheld.byReason, {
      ...Object.fromEntries(WITHHOLD_CODES.map((c) => [c, 0])),
      source_barred: 1,
      below_min_severity: 2,
    });
    assert.deepEqual(r.failed, { total: 1 });
    assert.equal(monthlyReport(records, '2026-04').delivered.total, 2);
    assert.equal(monthlyReport(records, '2026-02').delivered.total, 1);
  });

  it('counts a delivery once: a successful retry replaces the failure, the latest record wins otherwise', () => {
    const failed = rec({ outcome: 'failed', reason: 'publish failed', attempts: 1, decidedAt: '2026-03-10T12:00:00Z' });
    const retried = rec({ outcome: 'delivered', attempts: 2, decidedAt: '2026-03-10T12:01:00Z' });
    assert.deepEqual(monthlyReport([failed, retried], '2026-03').delivered.total, 1);
    assert.deepEqual(monthlyReport([retried, failed], '2026-03').failed.total, 0);
    const failedAgain = { ...failed, attempts: 2, decidedAt: '2026-03-10T12:05:00Z' };
    const r = monthlyReport([failed, failedAgain], '2026-03');
    assert.equal(r.failed.total, 1);
    const withheldLater = rec({ outcome: 'withheld', decidedAt: '2026-03-10T13:00:00Z' });
    const r2 = monthlyReport([failed, withheldLater], '2026-03');
    assert.deepEqual([r2.failed.total, r2.withheld.total], [0, 1]);
    // A late failed duplicate does not undo a delivery.
    const lateFailure = rec({ outcome: 'failed', reason: 'publish failed', decidedAt: '2026-03-10T12:10:00Z' });
    const r3 = monthlyReport([retried, lateFailure], '2026-03');
    assert.deepEqual([r3.delivered.total, r3.failed.total], [1, 0]);
    // Versions are separate deliveries.
    assert.equal(
      monthlyReport([rec({ outcome: 'delivered', version: 1 }), rec({ outcome: 'delivered', version: 2 })], '2026-03')
        .delivered.total,
      2,
    );
  });

  it('an empty month has every key at zero', () => {
    const r = monthlyReport([], '2026-03', 'acme-news');
    assert.deepEqual(r, {
      customerId: 'acme-news',
      month: '2026-03',
      delivered: {
        total: 0,
        byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, 0])),
        byLevel: { flash: 0, urgent: 0, alert: 0 },
      },
      withheld: { total: 0, byReason: Object.fromEntries(WITHHOLD_CODES.map((c) => [c, 0])) },
      failed: { total: 0 },
      pending: { total: 0 },
    });
  });

  it('a pending deliver decision counts as pending until completed, then as what it became', () => {
    const pending = rec({ outcome: 'pending', reason: 'entitled', attempts: 0 });
    assert.equal(monthlyReport([pending], '2026-03').pending.total, 1);
    const done = { ...pending, outcome: 'delivered' as const, messageId: 'm', attempts: 1 };
    const r = monthlyReport([pending, done], '2026-03');
    assert.deepEqual([r.pending.total, r.delivered.total], [0, 1]);
  });

  it('handles several customers, empty input and bad arguments', () => {
    const records = [
      rec({ customerId: 'zeta', outcome: 'delivered' }),
      rec({ customerId: 'alpha', outcome: 'withheld' }),
      rec({ customerId: 'alpha', outcome: 'delivered', alertId: 'a2' }),
    ];
    assert.deepEqual(
      monthlyReports(records, '2026-03').map((r) => [r.customerId, r.delivered.total, r.withheld.total]),
      [
        ['alpha', 1, 1],
        ['zeta', 1, 0],
      ],
    );
    assert.throws(() => monthlyReport(records, '2026-03'), RangeError);
    assert.equal(monthlyReport(records, '2026-03', 'zeta').delivered.total, 1);
    const none = monthlyReport(records, '2026-03', 'nobody');
    assert.deepEqual(
      [none.customerId, none.delivered.total, none.withheld.total, none.failed.total],
      ['nobody', 0, 0, 0],
    );
    assert.equal(monthlyReport([], '2026-03').customerId, '');
    for (const bad of ['2026-3', '2026-13', '2026-00', 'March', '2026-03-01']) {
      assert.throws(() => monthlyReport(records, bad), RangeError, bad);
    }
    assert.throws(() => monthlyReport([{ ...rec({ outcome: 'withheld' }), code: undefined }], '2026-03'), RangeError);
  });

  it('property: totals add up and agree with a straightforward count', () => {
    const recordArb = fc
      .record({
        customerId: fc.constantFrom('alpha', 'beta', 'gamma'),
        alertId: fc.constantFrom('a1', 'a2', 'a3', 'a4'),
        version: fc.integer({ min: 1, max: 3 }),
        outcome: fc.constantFrom('delivered', 'withheld', 'failed' as const),
        code: fc.constantFrom(...WITHHOLD_CODES),
        ms: fc.integer({ min: Date.parse('2026-02-25T00:00:00Z'), max: Date.parse('2026-04-05T00:00:00Z') }),
        offset: fc.constantFrom(0, 120, -300),
        category: fc.constantFrom(...CATEGORIES),
        level: fc.constantFrom(...LEVELS),
        severity: fc.integer({ min: 1, max: 5 }),
      })
      .map(
        ({ code, ms, offset, ...x }): DeliveryRecord => ({
          ...x,
          deliveryKey: deliveryKey(x.alertId, x.version),
          decidedAt: isoWithOffset(ms, offset),
          reason: x.outcome === 'withheld' ? code : 'entitled',
          ...(x.outcome === 'withheld' ? { code } : {}),
        }),
      );
    // One record per (customer, deliveryKey), as the ledger stores them.
    const ledgerArb = fc.uniqueArray(recordArb, { selector: (r) => `${r.customerId}|${r.deliveryKey}`, maxLength: 36 });
    fc.assert(
      fc.property(ledgerArb, fc.constantFrom('2026-02', '2026-03', '2026-04'), (records, month) => {
        const reports = monthlyReports(records, month);
        const inMonth = records.filter((r) => new Date(r.decidedAt).toISOString().startsWith(month));
        const sum = (o: Record<string, number>): number => Object.values(o).reduce((a, b) => a + b, 0);
        assert.deepEqual(
          reports.map((r) => r.customerId),
          [...new Set(inMonth.map((r) => r.customerId))].sort(),
        );
        for (const rep of reports) {
          const mine = inMonth.filter((r) => r.customerId === rep.customerId);
          const count = (f: (r: DeliveryRecord) => boolean): number => mine.filter(f).length;
          assert.equal(
            rep.delivered.total,
            count((r) => r.outcome === 'delivered'),
          );
          assert.equal(
            rep.withheld.total,
            count((r) => r.outcome === 'withheld'),
          );
          assert.equal(
            rep.failed.total,
            count((r) => r.outcome === 'failed'),
          );
          assert.equal(sum(rep.delivered.byCategory), rep.delivered.total);
          assert.equal(sum(rep.delivered.byLevel), rep.delivered.total);
          assert.equal(sum(rep.withheld.byReason), rep.withheld.total);
          for (const c of CATEGORIES)
            assert.equal(
              rep.delivered.byCategory[c],
              count((r) => r.outcome === 'delivered' && r.category === c),
            );
          for (const code of WITHHOLD_CODES) {
            assert.equal(
              rep.withheld.byReason[code as WithholdCode],
              count((r) => r.outcome === 'withheld' && r.code === code),
            );
          }
          assert.deepEqual(monthlyReport(records, month, rep.customerId), rep);
        }
      }),
      FC_PARAMS,
    );
  });
});
