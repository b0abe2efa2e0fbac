/**
 * The aggregate handler (stage 2) on real evidence (stage 1's output for
 * generated reports, over the evidence queue's wire format) and an in-memory
 * store: one load and one commit per partition per batch, partitions apart,
 * poison parked, redeliveries counted once.
 */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import {
  decodeEvidenceBody,
  type EvidenceEnvelope,
  evidenceBodies,
  partsOf,
} from '../../../functions/adapters/evidence-queue';
import type { QuarantineEntry } from '../../../functions/adapters/quarantine';
import { type AggregateOutcome, aggregateMessages } from '../../../functions/aggregate/aggregate-messages';
import { type AggregateHandlerDeps, createAggregateHandler } from '../../../functions/aggregate/handler';
import { METRICS } from '../../../functions/commons/observability';
import { InMemoryTombstoneStore } from '../../../functions/connectors/tombstones';
import type { Alert } from '../../../functions/domain/alert';
import { defaultModel, InMemoryEventStateStore, type StatePut, scoreBatch } from '../../../functions/domain/detector';
import type { Post } from '../../../functions/domain/post';
import { EVIDENCE } from '../../../resources';
import { breakingEvent, EARTHQUAKE_TEXTS, EXPLOSION_TEXTS } from '../../integration/support/posts';
import { context, eventFixture, fakeTelemetry } from './fakes';

/** Evidence messages of an explosion (partition inc) and an earthquake (quake), 12 posts a batch, as stage 1 sends them. */
function evidenceRecords(): SQSRecord[] {
  const posts: Post[] = [
    ...breakingEvent({ prefix: 'ex', start: '2026-05-01T10:00:00.000Z', authors: 12, texts: EXPLOSION_TEXTS }),
    ...breakingEvent({ prefix: 'eq', start: '2026-05-01T10:00:00.000Z', authors: 12, texts: EARTHQUAKE_TEXTS }),
  ].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const template = eventFixture<SQSEvent>('sqs-ingest.json').Records[0]!;
  const out: SQSRecord[] = [];
  for (let i = 0; i < posts.length; i += 12) {
    const batch = posts.slice(i, i + 12);
    const now = Date.parse(batch.at(-1)!.createdAt);
    for (const b of evidenceBodies(partsOf(scoreBatch(`b${i / 12}`, batch, defaultModel()).messages, now)))
      out.push({ ...template, messageId: b.partIds.join(','), body: b.body, attributes: { ...template.attributes } });
  }
  return out;
}

function fakes(failOn?: (puts: readonly StatePut[]) => boolean) {
  const store = new InMemoryEventStateStore();
  const alerts: Alert[] = [];
  const quarantined: QuarantineEntry[] = [];
  const calls = { load: 0, save: 0 };
  const deps: AggregateHandlerDeps = {
    tombstones: new InMemoryTombstoneStore(),
    store: {
      load: (keys) => {
        calls.load++;
        return store.load(keys);
      },
      save: async (puts) => {
        if (failOn?.(puts)) throw new Error('DynamoDB throttled');
        calls.save++;
        return store.save(puts);
      },
    },
    alerts: {
      put: async (a) => {
        alerts.push(a);
        return 'created';
      },
    },
    quarantine: { put: async (e) => void quarantined.push(e) },
    sleep: async () => undefined,
  };
  return { deps, alerts, quarantined, calls };
}

const partitions = (rs: SQSRecord[]) => [...new Set(rs.map((r) => r.messageId.split('#')[1]))].sort();

test('a batch of two partitions: one state load (two reads) and one commit per partition, alerts stored, evidence = applied', async () => {
  const records = evidenceRecords();
  assert.deepEqual(partitions(records), ['inc', 'quake'], 'the generated reports reach two partitions');
  const f = fakes();
  const t = fakeTelemetry();
  const outcomes: AggregateOutcome[] = [];
  const handle = createAggregateHandler(f.deps, t.telemetry, (o) => outcomes.push(o));
  const batch = records.slice(0, EVIDENCE.batchSize);
  const res = await handle({ Records: batch }, context);
  assert.deepEqual(res.batchItemFailures, []);
  assert.equal(outcomes.length, partitions(batch).length, 'one outcome per partition');
  assert.equal(f.calls.save, partitions(batch).length, 'one commit per partition');
  assert.ok(f.calls.load <= 2 * partitions(batch).length, `at most two reads per partition (${f.calls.load})`);
  const evidence = outcomes.reduce((n, o) => n + o.evidence, 0);
  assert.equal(
    outcomes.reduce((n, o) => n + o.applied, 0),
    evidence,
  );
  assert.equal(t.metrics[METRICS.evidenceApplied], evidence);
  assert.ok(f.alerts.length >= 1, 'the reports raised alerts');
  assert.equal(t.metrics[METRICS.alertsCreated], f.alerts.length);
});

test('the same messages delivered again change nothing: every evidence post is a duplicate, no alert is raised again', async () => {
  const records = evidenceRecords().slice(0, EVIDENCE.batchSize);
  const f = fakes();
  const outcomes: AggregateOutcome[] = [];
  const handle = createAggregateHandler(f.deps, fakeTelemetry().telemetry, (o) => outcomes.push(o));
  await handle({ Records: records }, context);
  const alerts = f.alerts.length;
  outcomes.length = 0;
  await handle({ Records: records }, context);
  assert.equal(
    outcomes.reduce((n, o) => n + o.applied, 0),
    0,
  );
  assert.ok(outcomes.reduce((n, o) => n + o.duplicates, 0) > 0);
  assert.equal(f.alerts.length, alerts);
});

test('a message that does not decode is parked in the evidence DLQ at once with its reason; its neighbours are applied', async () => {
  const records = evidenceRecords().slice(0, 3);
  const bad = { ...records[0]!, messageId: 'bad', body: JSON.stringify({ id: 'x', partition: 'inc', evidence: [{}] }) };
  const f = fakes();
  const t = fakeTelemetry();
  const res = await createAggregateHandler(f.deps, t.telemetry)({ Records: [bad, ...records] }, context);
  assert.deepEqual(res.batchItemFailures, []);
  assert.equal(f.quarantined.length, 1);
  assert.equal(f.quarantined[0]?.kind, 'poison');
  assert.match(f.quarantined[0]?.reason ?? '', /^not an evidence message: evidence\.0\.id: /);
  assert.equal(t.metrics[METRICS.messagesPoisoned], 1);
  assert.ok(f.calls.save >= 1);
});

test('a packed message with one part that does not decode: its other parts are applied, the bad part alone is parked with its reason', async () => {
  const [first] = evidenceRecords();
  assert.ok(first);
  const body = JSON.parse(first.body) as { partition: string; parts: unknown[] };
  const packed = { ...first, body: JSON.stringify({ ...body, parts: [...body.parts, { id: 'broken', now: 1 }] }) };
  const f = fakes();
  const t = fakeTelemetry();
  const outcomes: AggregateOutcome[] = [];
  const res = await createAggregateHandler(f.deps, t.telemetry, (o) => outcomes.push(o))(
    { Records: [packed] },
    context,
  );
  assert.deepEqual(res.batchItemFailures, []);
  assert.ok((outcomes[0]?.applied ?? 0) > 0, 'the good parts applied');
  assert.equal(f.quarantined.length, 1);
  const q = f.quarantined[0];
  assert.equal(q?.sourceMessageId, `${first.messageId}#part-${body.parts.length}`);
  assert.match(
    q?.reason ?? '',
    new RegExp(
      `^part ${body.parts.length} of evidence message .* is not evidence: parts\\.${body.parts.length}\\.evidence: `,
    ),
  );
  const parked = decodeEvidenceBody(String(q?.payload ?? ''));
  assert.equal(parked.ok, false, 'the parked body holds the bad part alone');
});

test("a partition that fails fails all its messages in the batch (for SQS to hand back in order), never another partition's", async () => {
  const records = evidenceRecords().slice(0, EVIDENCE.batchSize);
  const f = fakes((puts) => puts.some((p) => p.key.includes('quake')));
  const t = fakeTelemetry();
  const res = await createAggregateHandler(f.deps, t.telemetry)({ Records: records }, context);
  const quake = records.filter((r) => r.messageId.endsWith('#quake')).map((r) => r.messageId);
  assert.ok(quake.length >= 1);
  assert.deepEqual(res.batchItemFailures.map((x) => x.itemIdentifier).sort(), quake.sort());
  assert.equal(t.metrics[METRICS.recordsFailed], quake.length);
  assert.equal(f.calls.save, 1, "the other partition's commit went through");
  assert.deepEqual(f.quarantined, []);
});

test(`on its last receive (${EVIDENCE.maxReceiveCount}) a failing message is parked with the error, and its group moves on`, async () => {
  const records = evidenceRecords()
    .slice(0, EVIDENCE.batchSize)
    .filter((r) => r.messageId.endsWith('#quake'));
  records[0]!.attributes.ApproximateReceiveCount = String(EVIDENCE.maxReceiveCount);
  const f = fakes(() => true);
  const t = fakeTelemetry();
  const res = await createAggregateHandler(f.deps, t.telemetry)({ Records: records }, context);
  assert.deepEqual(
    res.batchItemFailures.map((x) => x.itemIdentifier),
    records.slice(1).map((r) => r.messageId),
  );
  assert.equal(f.quarantined.length, 1);
  assert.equal(
    f.quarantined[0]?.reason,
    `failed ${EVIDENCE.maxReceiveCount} times in the aggregate function: DynamoDB throttled`,
  );
});

test('a message whose parking fails stays on the queue alone: its neighbours are applied, the batch does not fail', async () => {
  const records = evidenceRecords().slice(0, 3);
  const bad = { ...records[0]!, messageId: 'bad', body: JSON.stringify({ id: 'x', partition: 'inc', evidence: [{}] }) };
  const f = fakes();
  f.deps.quarantine = {
    put: async () => {
      throw new Error('SQS unavailable');
    },
  };
  const res = await createAggregateHandler(f.deps, fakeTelemetry().telemetry)({ Records: [bad, ...records] }, context);
  assert.deepEqual(res.batchItemFailures, [{ itemIdentifier: 'bad' }]);
  assert.ok(f.calls.save >= 1, 'the others were applied');

  // On its last receive a failing message whose parking fails is handed back alone; its group's others as before.
  const quake = evidenceRecords()
    .slice(0, EVIDENCE.batchSize)
    .filter((r) => r.messageId.endsWith('#quake'));
  quake[0]!.attributes.ApproximateReceiveCount = String(EVIDENCE.maxReceiveCount);
  const g = fakes(() => true);
  g.deps.quarantine = f.deps.quarantine;
  const again = await createAggregateHandler(g.deps, fakeTelemetry().telemetry)({ Records: quake }, context);
  assert.deepEqual(again.batchItemFailures.map((x) => x.itemIdentifier).sort(), quake.map((r) => r.messageId).sort());
});

/** A partition's messages decoded, as the handler hands them to aggregateMessages. */
function partitionMessages(partition: string): EvidenceEnvelope[] {
  return evidenceRecords()
    .filter((r) => r.messageId.endsWith(`#${partition}`))
    .flatMap((r) => {
      const d = decodeEvidenceBody(r.body);
      assert.ok(d.ok);
      return d.parts;
    });
}

/** Conditional puts as DynamoDB does them (one item per alertId#version), recording how many are in flight. */
function versionStore(fail?: (a: Alert, call: number) => boolean) {
  const stored = new Map<string, Alert>();
  const s = { stored, calls: 0, inFlight: 0, maxInFlight: 0, stamps: new Set<string | undefined>() };
  const put = async (a: Alert, at?: Date): Promise<'created' | 'exists'> => {
    const call = s.calls++;
    s.stamps.add(at?.toISOString());
    s.inFlight++;
    s.maxInFlight = Math.max(s.maxInFlight, s.inFlight);
    try {
      // A failing put fails at once, the others take a round trip: all issued in one turn are in flight together.
      if (fail?.(a, call)) throw new Error('DynamoDB: ProvisionedThroughputExceededException');
      await new Promise((r) => setImmediate(r));
      const key = `${a.alertId}#${a.version}`;
      if (stored.has(key)) return 'exists';
      stored.set(key, a);
      return 'created';
    } finally {
      s.inFlight--;
    }
  };
  return { s, put };
}

/** A state store that counts its commits. */
function countingStore() {
  const inner = new InMemoryEventStateStore();
  const c = {
    saves: 0,
    store: {
      load: (keys: readonly string[]) => inner.load(keys),
      save: async (puts: readonly StatePut[]) => {
        c.saves++;
        return inner.save(puts);
      },
    },
  };
  return c;
}

test("a batch's alert versions are stored at once (one round trip), then state is committed", async () => {
  const messages = partitionMessages('inc');
  const v = versionStore();
  const state = countingStore();
  const tombstones = new InMemoryTombstoneStore();
  const o = await aggregateMessages('inc', messages, { store: state.store, alerts: v, tombstones });
  assert.ok(v.s.stored.size >= 2, `the explosion raised several versions in one call (${v.s.stored.size})`);
  assert.equal(v.s.maxInFlight, v.s.stored.size, 'every put was in flight at once');
  // The feed orders by stamp, then alert id and version: one stamp keeps an alert's versions of a batch in order.
  assert.equal(v.s.stamps.size, 1, 'one stamp for the batch');
  assert.ok(![...v.s.stamps].includes(undefined), 'the stamp is given, not left to each put');
  assert.equal(o.alertsCreated, v.s.stored.size);
  assert.equal(state.saves, 1);
});

test('a failing put fails the batch with nothing left in flight and no state committed; the retry stores the same versions once each', async () => {
  const messages = partitionMessages('inc');
  const tombstones = new InMemoryTombstoneStore();
  const clean = versionStore();
  await aggregateMessages('inc', messages, { store: countingStore().store, alerts: clean, tombstones });

  const v = versionStore((_, call) => call === 0);
  const state = countingStore();
  await assert.rejects(
    aggregateMessages('inc', messages, { store: state.store, alerts: v, tombstones }),
    /ProvisionedThroughputExceededException/,
  );
  assert.equal(v.s.inFlight, 0, 'every put settled before the batch failed');
  assert.equal(state.saves, 0, 'no state committed after a failed put');
  assert.equal(v.s.stored.size, clean.s.stored.size - 1, 'the other puts landed');

  // The retry: the same messages on the same state and versions, nothing failing now.
  let created = 0;
  const healthy = {
    put: async (a: Alert) => {
      const r = await v.put(a);
      if (r === 'created') created++;
      return r;
    },
  };
  const o = await aggregateMessages('inc', messages, { store: state.store, alerts: healthy, tombstones });
  assert.equal(state.saves, 1);
  assert.equal(created, 1, 'the retry created only the version that had failed');
  assert.equal(o.alertsCreated, 1);
  assert.deepEqual(
    [...v.s.stored.keys()].sort(),
    [...clean.s.stored.keys()].sort(),
    'the same versions as a clean run, none lost',
  );
  for (const [k, a] of clean.s.stored) assert.deepEqual(v.s.stored.get(k), a);
});
