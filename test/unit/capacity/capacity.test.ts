/**
 * The capacity and cost models (tools/capacity/) on the stage costs bench/stages.ts
 * measured on the dev stream (2026-12-02; a fixture here, so the test needs no data):
 * the rules they must hold for any rate, and what they say about the loads.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { INGEST } from '../../../resources';
import { capacityModel, SCENARIOS, windowWaitMs } from '../../../tools/capacity/capacity';
import { costPerMillionPosts, DEFAULT_ASSUMPTIONS, type FanOutCost } from '../../../tools/capacity/cost-model';
import { shardedFanOut } from '../../../tools/capacity/fan-out';
import { QUOTAS } from '../../../tools/capacity/quotas';
import { DEFAULT_AWS, stage1Fill, stage2At, stage2BatchMs, stage2Fill } from '../../../tools/capacity/stages';
import { MEASURED } from './measured';

/** The sharded fan-out's cost, with a CPU per customer of the order bench/fan-out.ts measures. */
const FAN_OUT = shardedFanOut({ cpuMsPerCustomer: 3 }).cost;

describe('capacity model', () => {
  test('the average (6,000 posts/s) is sustained with no lag; stage 1 needs a handful of batches', () => {
    const c = capacityModel(MEASURED, SCENARIOS[0]!);
    assert.equal(c.sustained, true, JSON.stringify(c.nextWall));
    const [s1, s2] = c.stages;
    assert.ok(s1!.concurrency < 5, `score concurrency ${s1!.concurrency}`);
    assert.equal(s2!.lagSeconds, 0);
    assert.ok(c.alertLatencyMs < 2000, `alert latency to the stream ${c.alertLatencyMs} ms`);
  });

  test('the 150,000 posts/s burst in messages of 100 runs into the busiest FIFO group (one batch in flight), and says so', () => {
    const c = capacityModel(MEASURED, SCENARIOS[1]!);
    assert.equal(c.sustained, false);
    assert.match(c.nextWall.what, /busiest group/);
    assert.ok(c.nextWall.use > 1);
    assert.ok(c.stages[1]!.lagSeconds > 0, 'the group falls behind: lag grows over the 10 minutes');
    assert.equal(c.stages[0]!.lagSeconds, 0, 'stage 1 keeps up: it scales out');
  });

  test("stage 1 packs an invocation's evidence: one SendMessageBatch per invocation on the busiest partition, and a group's messages carry an invocation's ingest messages", () => {
    const small = capacityModel(MEASURED, SCENARIOS[1]!);
    const sends = (c: typeof small) =>
      c.stages[1]!.checks.find((x) => /SendMessageBatch calls\/s on its partition/.test(x.what))!;
    // 1,500 ingest messages/s in invocations of 10: 150 calls/s on one FIFO partition (300 allowed); unpacked, 1,500.
    assert.ok(Math.abs(sends(small).need - 150) < 1e-6, `${sends(small).need} calls/s`);
    assert.ok(sends(small).use <= 1);
    const unpacked = capacityModel({ ...MEASURED, stage2: MEASURED.stage2 }, SCENARIOS[1]!, DEFAULT_AWS, undefined, {
      size: 1,
      windowSeconds: 0,
    });
    assert.ok(sends(unpacked).use > 1, 'one message an invocation: 1,500 calls/s');
    assert.ok(unpacked.stages[1]!.lagSeconds > small.stages[1]!.lagSeconds, 'unpacked, the busiest group lags more');
    // Messages of 1,000 posts carry more evidence each: the group's lag is smaller still.
    const big = capacityModel(MEASURED, SCENARIOS[2]!);
    assert.ok(big.stages[1]!.lagSeconds < small.stages[1]!.lagSeconds);
  });

  test("stage 1's fill: 1 at a trickle, full at the burst, never above the batch; with a window, what a poller gathers in it", () => {
    const f = (rate: number, b?: { size: number; windowSeconds: number }) =>
      stage1Fill(MEASURED, DEFAULT_AWS, rate / 100, 100, b);
    assert.equal(f(100), 1);
    assert.equal(f(150_000), INGEST.batchSize);
    // 60 messages/s over 5 pollers, 1 s window: 12 a poller, within a batch of 100.
    assert.ok(Math.abs(f(6000, { size: 100, windowSeconds: 1 }) - 12) < 1e-9);
    assert.equal(f(6000, { size: 10, windowSeconds: 1 }), 10);
  });

  test("a batching window adds to an alert's latency the time its batch takes to fill, the whole window when quiet", () => {
    const at = (rate: number, b: { size: number; windowSeconds: number }) =>
      capacityModel(
        MEASURED,
        { name: 'p', postsPerSecond: rate, seconds: 600, postsPerMessage: 100 },
        DEFAULT_AWS,
        undefined,
        b,
      ).stages[0]!.latencyMs;
    const none = { size: 10, windowSeconds: 0 };
    // 60 messages/s over 5 pollers: 10 in 0.83 s.
    assert.ok(Math.abs(at(6000, { size: 10, windowSeconds: 1 }) - at(6000, none) - 833) < 50);
    assert.ok(Math.abs(at(100, { size: 10, windowSeconds: 1 }) - at(100, none) - 1000) < 1e-6);
    assert.ok(Math.abs(windowWaitMs(600, { size: 100, windowSeconds: 1 }) - 833.3) < 1);
  });

  test('for any rate: fill in [1, 10], growing with the rate; concurrency and lag never negative and growing with the rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 400_000 }), fc.integer({ min: 1, max: 400_000 }), (r1, r2) => {
        const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        const at = (rate: number) =>
          capacityModel(MEASURED, { name: 'p', postsPerSecond: rate, seconds: 600, postsPerMessage: 100 });
        const a = at(lo);
        const b = at(hi);
        for (const c of [a, b])
          for (const s of c.stages) assert.ok(s.lagSeconds >= 0 && !(s.concurrency < 0), JSON.stringify(s));
        assert.ok(b.stages[0]!.concurrency >= a.stages[0]!.concurrency);
        // Stage 1's batches fill with the rate; at a given fill, stage 2 lags more the higher the rate (a fuller
        // stage-1 batch packs more evidence per message: the lag may fall as the fill grows).
        const fa = stage1Fill(MEASURED, DEFAULT_AWS, lo / 100, 100);
        const fb = stage1Fill(MEASURED, DEFAULT_AWS, hi / 100, 100);
        assert.ok(fa >= 1 && fb <= INGEST.batchSize && fb >= fa - 1e-9, `${fa} ${fb}`);
        if (fa === INGEST.batchSize) assert.ok(b.stages[1]!.lagSeconds >= a.stages[1]!.lagSeconds);
        const f1 = stage2Fill(MEASURED, DEFAULT_AWS, lo / 100, 100);
        const f2 = stage2Fill(MEASURED, DEFAULT_AWS, hi / 100, 100);
        assert.ok(f1 >= 1 && f2 <= 10 && f2 >= f1 - 1e-9, `${f1} ${f2}`);
      }),
    );
  });

  test('a stage-2 batch of 10 costs less than 10 batches of 1 (the point of one load and commit per batch)', () => {
    assert.ok(stage2BatchMs(MEASURED, DEFAULT_AWS, 10, 100) < (10 * stage2BatchMs(MEASURED, DEFAULT_AWS, 1, 100)) / 3);
  });

  test("a batch's alert versions cost one tombstone read and one put whatever their number (stored at once); fewer than one a batch on average, that share of it", () => {
    const rt = DEFAULT_AWS.roundTripMs;
    // Versions per batch of 10 messages of 100 posts.
    const at = (versions: number) =>
      stage2BatchMs({ ...MEASURED, alertVersionsPerPost: versions / 1000 }, DEFAULT_AWS, 10, 100);
    const near = (x: number, y: number) => assert.ok(Math.abs(x - y) < 1e-9, `${x} vs ${y}`);
    for (const v of [1, 2.7, 50]) near(at(v) - at(0), 2 * rt);
    near(at(0.25) - at(0), 0.25 * 2 * rt);
  });
});

describe('cost model', () => {
  test("the stages' own lines (ingest, score, evidence, aggregate, state, alerts) stay under $0.25 per million posts", () => {
    const c = costPerMillionPosts(MEASURED, FAN_OUT);
    const fan = new Set(FAN_OUT.perAlertVersion(50).map((l) => l.item));
    const own = c.lines.filter((l) => !fan.has(l.item)).reduce((n, l) => n + l.usd, 0);
    assert.ok(own < 0.25, `stages: $${own.toFixed(4)}`);
    assert.ok(c.stage2Fill >= 1);
  });

  test('the fan-out slot: a fan-out model plugged in adds its cost per alert version times the alert versions', () => {
    const base = costPerMillionPosts(MEASURED, { perAlertVersion: () => [] });
    const oneCent: FanOutCost = {
      perAlertVersion: () => [
        { item: 'fan-out', quantityPerMillionPosts: 1, unit: 'alert version', usd: 0.01, basis: 'test' },
      ],
    };
    const withFan = costPerMillionPosts(MEASURED, oneCent);
    const alerts = 1e6 * MEASURED.alertVersionsPerPost;
    assert.ok(Math.abs(withFan.totalUsd - base.totalUsd - 0.01 * alerts) < 1e-9);
    assert.equal(withFan.fanOutPerAlertVersionUsd, 0.01);
  });

  test('more customers cost more through the fan-out slot only', () => {
    const a = costPerMillionPosts(MEASURED, FAN_OUT, { ...costDefaults(), customers: 50 });
    const b = costPerMillionPosts(MEASURED, FAN_OUT, { ...costDefaults(), customers: 500 });
    assert.ok(b.totalUsd > a.totalUsd);
    const stageLines = (c: typeof a) =>
      c.lines.filter((l) => !l.item.startsWith('fan-out') && /score|aggregate|SQS|events|alerts: writes/.test(l.item));
    assert.deepEqual(stageLines(a), stageLines(b));
  });
});

test('versions per event is an input: the alert-driven lines follow it, the stages do not; unset, the measured rate', () => {
  const measured = costPerMillionPosts(MEASURED, FAN_OUT);
  assert.ok(Math.abs(measured.alertVersionsPerMillionPosts - 1e6 * MEASURED.alertVersionsPerPost) < 1e-6);
  assert.ok(Math.abs(measured.versionsPerEvent - MEASURED.alertVersionsPerPost / MEASURED.alertEventsPerPost) < 1e-9);
  const one = costPerMillionPosts(MEASURED, FAN_OUT, { ...DEFAULT_ASSUMPTIONS, versionsPerEvent: 1 });
  const two = costPerMillionPosts(MEASURED, FAN_OUT, { ...DEFAULT_ASSUMPTIONS, versionsPerEvent: 2 });
  assert.ok(Math.abs(one.alertVersionsPerMillionPosts - 1e6 * MEASURED.alertEventsPerPost) < 1e-6);
  const alertDriven = (c: typeof one) =>
    c.lines.filter((l) => /^fan-out|alerts: writes/.test(l.item)).reduce((n, l) => n + l.usd, 0);
  assert.ok(Math.abs(alertDriven(two) - 2 * alertDriven(one)) < 1e-12, 'twice the versions, twice their cost');
  const stages = (c: typeof one) =>
    c.lines.filter((l) => !l.item.startsWith('fan-out') && /score|aggregate|SQS|events/.test(l.item));
  assert.deepEqual(stages(one), stages(two));
});

test('the ledger: a put 2 write units (the table and its keys-only index), the delivered update 1; a withhold one put', () => {
  const v = FAN_OUT.perAlertVersion(50);
  const writes = v.find((l) => /ledger writes/.test(l.item))!;
  // 90% of 50 delivered (45 x (2 + 1)), 5 withheld (2 each).
  assert.equal(writes.quantityPerMillionPosts, 45 * 3 + 5 * 2);
});

function costDefaults() {
  return { customers: 50, postsPerSecond: 6000, postsPerMessage: 100, logBytesPerInvocation: 1200 };
}

test('every quota names its page; those no page the search returned says are marked fromMemory, and only those', () => {
  for (const [k, q] of Object.entries(QUOTAS)) assert.match(q.source, /aws\.amazon\.com|repost\.aws|resources\//, k);
  assert.deepEqual(
    Object.entries(QUOTAS)
      .filter(([, q]) => 'fromMemory' in q)
      .map(([k]) => k)
      .sort(),
    ['dynamoTableMaxWru', 'snsPublishPerSecond', 'sqsFifoHighThroughputQueueTps'],
  );
});

test('stage 2 between three measured message sizes: at a measured one, its own figures; between two, those two only', () => {
  const sizes = [...new Set(MEASURED.stage2.map((g) => g.postsPerMessage))].sort((x, y) => x - y);
  assert.equal(sizes.length, 3, 'unpacked, packed by 10, packed by 100');
  const [, mid, large] = sizes as [number, number, number];
  const full = (size: number) => MEASURED.stage2.find((g) => g.postsPerMessage === size && g.groupBatch === 10)!;
  const at = (size: number) => stage2At(MEASURED, full(size).messagesPerBatch, size);
  // At the middle size and its own batch fill: its own measurement (not a blend of the smallest and the largest).
  assert.ok(Math.abs(at(mid).wruPerBatch - full(mid).wruPerBatch) < 1e-9, `${at(mid).wruPerBatch}`);
  // Half way between the middle and the largest: half way between those two (the unpacked size plays no part).
  const f = full(mid).messagesPerBatch;
  const between = stage2At(MEASURED, f, (mid + large) / 2).wruPerBatch;
  const ends = [stage2At(MEASURED, f, mid).wruPerBatch, stage2At(MEASURED, f, large).wruPerBatch];
  assert.ok(Math.abs(between - (ends[0]! + ends[1]!) / 2) < 1e-9);
});
