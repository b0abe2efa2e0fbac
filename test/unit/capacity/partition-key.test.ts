/** Stage 2's key measured (tools/capacity/partition-key.ts) and the capacity under it (keyedCapacity): the rules for any workload. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { capacityModel, keyedCapacity, SCENARIOS } from '../../../tools/capacity/capacity';
import {
  groupOf,
  type KeyedMessage,
  type KeyingMeasure,
  measureKeying,
  measureRouted,
  regionOf,
  UNPLACED_SPREAD,
} from '../../../tools/capacity/partition-key';
import { DEFAULT_AWS } from '../../../tools/capacity/stages';
import { MEASURED as DEV_STREAM } from './measured';

const at = (key: string | null, dupKey = 7) => ({ place: key === null ? null : { key }, dupKey });
const msg = (partition: string, ...keys: (string | null)[]): KeyedMessage => ({ partition, evidence: keys.map(at) });

test('a region is the place key, none without a place or with disagreeing readings; the spread key splits only those by dupKey', () => {
  assert.equal(regionOf(at('US-TX')), 'US-TX');
  assert.equal(regionOf(at('?')), 'none');
  assert.equal(regionOf(at(null)), 'none');
  assert.equal(groupOf('familyRegionSpread', 'inc', at('US-TX', 5)), 'inc#US-TX');
  assert.equal(groupOf('familyRegionSpread', 'inc', at(null, 5)), 'inc#none/5');
  assert.equal(groupOf('familyRegionSpread', 'inc', at('?', UNPLACED_SPREAD + 5)), 'inc#none/5');
  assert.equal(groupOf('familyRegion', 'inc', at(null, 5)), 'inc#none');
});

test('measureKeying: groups, messages per ingest message, the busiest group and its shares', () => {
  const ingest = [
    [msg('inc', 'US-TX', 'US-TX', null), msg('quake', 'PH')],
    [msg('inc', 'US-MA')],
    [msg('inc', 'US-TX'), msg('quake', 'PH', 'PH')],
  ];
  const family = measureKeying(ingest, 'family');
  assert.deepEqual([family.groups, family.busiestGroup, family.busiestGroupMessageShare], [2, 'inc', 1]);
  assert.equal(family.evidenceMessagesPerIngestMessage, 5 / 3);
  const region = measureKeying(ingest, 'familyRegion');
  // inc#US-TX, inc#none, quake#PH, inc#US-MA
  assert.equal(region.groups, 4);
  assert.equal(region.busiestGroup, 'inc#US-TX');
  assert.equal(region.busiestGroupMessageShare, 2 / 3);
  assert.equal(region.busiestGroupEvidenceShare, 3 / 8);
  assert.equal(region.unplacedEvidenceShare, 1 / 8);
  assert.equal(region.evidenceMessagesPerIngestMessage, 6 / 3);
});

test('for any workload a finer key never gives the busiest group a larger share of ingest messages, and has at least as many groups', () => {
  const evidence = fc.record({ key: fc.constantFrom('US-TX', 'US-CA', 'PH', 'GB', '?', null), dup: fc.nat() });
  const workload = fc.array(
    fc.array(
      fc.record({ partition: fc.constantFrom('inc', 'quake', 'storm'), ev: fc.array(evidence, { minLength: 1 }) }),
      { maxLength: 3 },
    ),
    { minLength: 1 },
  );
  fc.assert(
    fc.property(workload, (w) => {
      const ingest = w.map((ms) =>
        ms.map((m): KeyedMessage => ({ partition: m.partition, evidence: m.ev.map((e) => at(e.key, e.dup)) })),
      );
      const [f, r, spread] = (['family', 'familyRegion', 'familyRegionSpread'] as const).map((k) =>
        measureKeying(ingest, k),
      );
      // Each finer group lies within one coarser group: it is in no more ingest messages than that one.
      const finer = (a: KeyingMeasure, b: KeyingMeasure) =>
        b.busiestGroupMessageShare <= a.busiestGroupMessageShare && b.groups >= a.groups;
      return finer(f!, r!) && finer(r!, spread!);
    }),
  );
});

/** The dev stream's stage costs at dev-heavy's alert rate (313 versions of 53.5 alerts per million posts). */
const MEASURED = { ...DEV_STREAM, alertVersionsPerPost: 0.000313, alertEventsPerPost: 0.0000535 };
const measure = (over: Partial<KeyingMeasure>): KeyingMeasure => ({
  keying: 'familyRegion',
  groups: 60,
  ingestMessagesPerInvocation: 1,
  partsPerIngestMessage: 6,
  evidenceMessagesPerIngestMessage: 6,
  evidencePerMessage: 1.9,
  busiestGroup: 'inc#US-TX',
  busiestGroupMessageShare: 0.15,
  busiestGroupEvidenceShare: 0.1,
  unplacedEvidenceShare: 0.3,
  ...over,
  // Measured on single messages: an invocation's share is a message's.
  busiestGroupInvocationShare: over.busiestGroupInvocationShare ?? over.busiestGroupMessageShare ?? 0.15,
});
const burst = SCENARIOS[1]!;

test("today's key as measured (every ingest message carries the busiest family) is the capacity model itself", () => {
  const k = measure({
    keying: 'family',
    groups: DEFAULT_AWS.activePartitions,
    ingestMessagesPerInvocation: MEASURED.stage1.ingestMessagesPerInvocation,
    partsPerIngestMessage: MEASURED.stage1.partsPerIngestMessage,
    evidenceMessagesPerIngestMessage: MEASURED.stage1.evidenceMessagesPerIngestMessage,
    evidencePerMessage:
      (MEASURED.stage1.evidencePerPost * MEASURED.postsPerMessage) / MEASURED.stage1.evidenceMessagesPerIngestMessage,
    busiestGroupMessageShare: DEFAULT_AWS.busiestPartitionShare,
  });
  const keyed = keyedCapacity(MEASURED, burst, k);
  const plain = capacityModel(MEASURED, burst);
  assert.deepEqual(
    keyed.stages.map((s) => s.lagSeconds),
    plain.stages.map((s) => s.lagSeconds),
  );
  assert.equal(keyed.sustained, false);
});

test('family x region: the burst is carried when the busiest group gets a small share, not when one region gets it all', () => {
  const spread = keyedCapacity(MEASURED, burst, measure({ busiestGroupMessageShare: 0.05 }));
  assert.equal(spread.stages[1]!.lagSeconds, 0, JSON.stringify(spread.nextWall));
  assert.ok(spread.stages.some((s) => s.stage.startsWith('identity join')));
  // One event in one region: its group receives evidence from every ingest message, as the family did: carried
  // (stage 1 packs an invocation's ten), but its group works many times harder; unpacked, it falls behind.
  const use = (c: ReturnType<typeof keyedCapacity>) =>
    c.stages[1]!.checks.find((x) => x.what.startsWith('busiest group: messages/s'))!.use;
  const oneRegion = keyedCapacity(MEASURED, burst, measure({ busiestGroupMessageShare: 1 }));
  assert.ok(use(oneRegion) > 5 * use(spread), `${use(oneRegion)} vs ${use(spread)}`);
  const unpacked = keyedCapacity(MEASURED, burst, measure({ busiestGroupMessageShare: 1 }), DEFAULT_AWS, undefined, {
    size: 1,
    windowSeconds: 0,
  });
  assert.ok(unpacked.stages[1]!.lagSeconds > 0);
  assert.equal(unpacked.sustained, false);
  // Stage 3 takes every alert version: at 1,000 times the alert rate it is the wall.
  const noisy = keyedCapacity(
    { ...MEASURED, alertVersionsPerPost: MEASURED.alertVersionsPerPost * 1000 },
    burst,
    measure({ busiestGroupMessageShare: 0.05 }),
  );
  assert.match(noisy.nextWall.what, /identity join/);
});

test('measureRouted counts the messages stage 1 sends under a key, mentions-only ones included', () => {
  const ingest = [
    [
      { partition: 'inc#US-TX', evidence: [at('US-TX')] },
      { partition: 'quake#none', evidence: [], mentions: [{}] },
    ],
    [{ partition: 'quake#none', evidence: [], mentions: [{}, {}] }],
  ];
  const r = measureRouted(ingest, 'familyRegion');
  assert.deepEqual(
    [r.groups, r.busiestGroup, r.busiestGroupMessageShare, r.evidenceMessagesPerIngestMessage],
    [2, 'quake#none', 1, 1.5],
  );
  assert.equal(r.evidencePerMessage, 1 / 3);
  // Packed two ingest messages an invocation: one message per group of the invocation.
  const p = measureRouted([...ingest, ingest[1]!], 'familyRegion', 2);
  assert.deepEqual(
    [
      p.partsPerIngestMessage,
      p.evidenceMessagesPerIngestMessage,
      p.busiestGroupMessageShare,
      p.busiestGroupInvocationShare,
    ],
    [4 / 3, 3 / 3, 1, 1],
  );
  assert.equal(p.evidencePerMessage, 1 / 3);
});
