/**
 * Stage 1 packs an invocation's evidence (one evidence message per partition
 * carrying each ingest message's part); stage 2 skips parts it applied. For
 * any schedule of the same ingest messages through the two stages (batches of
 * any composition, a message sent twice by its producer or delivered again
 * by the standard queue, an evidence send refused for some partitions, a
 * stage-1 invocation that dies after sending, a stage-2 batch that fails
 * before its commit or dies after it and comes back whole) the alerts and
 * the detector state are those of one clean pass: every ingest message's
 * part applied once per partition, in the order and the stage-2 batches the
 * faulty run first committed it in (partitions are independent: each has its
 * own state and its own order).
 * The oracle is the harness's own exact bookkeeping of what was committed,
 * not stage 2's dedupe. The queues' own deduplication is left out: stage 2
 * alone has to catch every copy.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  decodeEvidenceBody,
  type EvidenceEnvelope,
  evidenceBodies,
  type UnsentEvidence,
} from '../../../functions/adapters/evidence-queue';
import { type AggregateDeps, aggregateMessages } from '../../../functions/aggregate/aggregate-messages';
import { InMemoryTombstoneStore } from '../../../functions/connectors/tombstones';
import type { Alert } from '../../../functions/domain/alert';
import {
  defaultModel,
  type EventStateStore,
  InMemoryEventStateStore,
  scoreBatch,
} from '../../../functions/domain/detector';
import type { StatePut } from '../../../functions/domain/detector/store';
import { SourceRegistry } from '../../../functions/domain/sources';
import { type ScoreDeps, scoreMessages } from '../../../functions/score/score-message';
import { generateStream } from '../../../tools/data/sample-stream';

const model = defaultModel();
const POSTS_PER_MESSAGE = 20;
const stream = generateStream({ seed: 7, durationMinutes: 180, backgroundPerMinute: 3, hardNegativeShare: 0.2 });
const posts = [...stream.posts].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
const messages = Array.from({ length: Math.ceil(posts.length / POSTS_PER_MESSAGE) }, (_, i) => {
  const chunk = posts.slice(i * POSTS_PER_MESSAGE, (i + 1) * POSTS_PER_MESSAGE);
  return { batchId: `b${i}`, body: JSON.stringify({ batchId: `b${i}`, source: chunk[0]!.source, posts: chunk }) };
});
// One ingest clock for every batch (after the last post): the clock then cannot tell two schedules apart.
const NOW = new Date(Date.parse(posts.at(-1)!.createdAt) + 60_000);
/** Stage 1's dependencies, with the evidence queue given. */
const stage1 = (evidence: ScoreDeps['evidence']): ScoreDeps => ({
  score: (batchId, ps) => scoreBatch(batchId, ps, model),
  evidence,
  quarantine: { put: async () => undefined },
  sources: { current: async () => SourceRegistry.of() },
  clock: () => NOW,
});
/** Each part as a clean stage 1 makes it (each message alone), by id. */
const cleanParts = new Map<string, EvidenceEnvelope>();
for (const [i, m] of messages.entries())
  await scoreMessages(
    [{ body: m.body, messageId: `m${i}` }],
    stage1({
      send: async (parts) => {
        for (const p of parts) cleanParts.set(p.id, p);
        return [];
      },
    }),
  );
const PARTITIONS = [...new Set([...cleanParts.values()].map((p) => p.partition))].sort();

/** A store whose next commit can be made to fail; it keeps each item's latest text. */
class Store implements EventStateStore {
  private readonly inner = new InMemoryEventStateStore();
  readonly latest = new Map<string, string>();
  failNextSave = false;
  load(keys: readonly string[]) {
    return this.inner.load(keys);
  }
  async save(puts: readonly StatePut[]) {
    if (this.failNextSave) {
      this.failNextSave = false;
      throw new Error('DynamoDB unavailable (injected)');
    }
    await this.inner.save(puts);
    for (const p of puts) this.latest.set(p.key, p.data);
  }
}

/** Conditional puts by alertId#version, as the alerts table does: the first one stays. */
function aggDeps(store: Store, alerts: Map<string, Alert>): AggregateDeps {
  return {
    store,
    tombstones: new InMemoryTombstoneStore(),
    alerts: {
      put: async (a: Alert) => {
        const k = `${a.alertId}#${a.version}`;
        if (alerts.has(k)) return 'exists';
        alerts.set(k, a);
        return 'created';
      },
    },
    sleep: async () => undefined,
  };
}

type Step =
  | { kind: 'score'; pick: number[]; refuse: boolean[]; crash: boolean }
  | { kind: 'aggregate'; group: number; take: number; fault: 'none' | 'before-commit' | 'after-commit' }
  | { kind: 'redeliver'; which: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('score' as const),
    pick: fc.array(fc.nat(), { minLength: 1, maxLength: 10 }),
    refuse: fc.array(fc.constantFrom(false, false, false, true), {
      minLength: PARTITIONS.length,
      maxLength: PARTITIONS.length,
    }),
    crash: fc.constantFrom(false, false, true),
  }),
  fc.record({
    kind: fc.constant('aggregate' as const),
    group: fc.nat(),
    take: fc.integer({ min: 1, max: 10 }),
    fault: fc.constantFrom('none' as const, 'none' as const, 'before-commit' as const, 'after-commit' as const),
  }),
  fc.record({ kind: fc.constant('redeliver' as const), which: fc.nat() }),
);

interface Run {
  alerts: Map<string, Alert>;
  state: Map<string, string>;
  /** Per partition, the committed batches' parts applied for the first time, in order. */
  order: Map<string, string[][]>;
}

/** The schedule, then every queue drained without faults (Lambda's retries, until nothing is left). */
async function faultyRun(steps: readonly Step[], resent: readonly number[]): Promise<Run> {
  const store = new Store();
  const alerts = new Map<string, Alert>();
  const deps = aggDeps(store, alerts);
  let refused = new Set<string>();
  const fifo = new Map<string, string[]>(PARTITIONS.map((p) => [p, []]));
  const s1 = stage1({
    send: async (parts) => {
      const unsent: UnsentEvidence[] = [];
      for (const b of evidenceBodies(parts)) {
        if (refused.has(b.partition)) unsent.push({ of: b.of, reason: 'refused (injected)' });
        else fifo.get(b.partition)!.push(b.body);
      }
      return unsent;
    },
  });
  // The ingest queue: every message once, some twice (the producer sent them again under the same batch id).
  let pending = [
    ...messages.map((m, i) => ({ id: `m${i}`, body: m.body })),
    ...resent.map((i, k) => ({ id: `again${k}`, body: messages[i % messages.length]!.body })),
  ];
  const done: typeof pending = [];
  const order = new Map<string, string[][]>(PARTITIONS.map((p) => [p, []]));
  const applied = new Set<string>();

  const score = async (pick: readonly number[], refuse: readonly boolean[], crash: boolean) => {
    if (pending.length === 0) return;
    const batch = [...new Set(pick.map((i) => i % pending.length))].map((i) => pending[i]!);
    refused = new Set(PARTITIONS.filter((_, i) => refuse[i]));
    const results = await scoreMessages(
      batch.map((r) => ({ body: r.body, messageId: r.id })),
      s1,
    );
    refused = new Set();
    // Died after sending: every message of the batch comes back.
    if (crash) return;
    const ok = new Set(results.filter((r) => r.ok).map((r) => r.messageId));
    done.push(...pending.filter((r) => ok.has(r.id)));
    pending = pending.filter((r) => !ok.has(r.id));
  };
  const aggregate = async (group: number, take: number, fault: 'none' | 'before-commit' | 'after-commit') => {
    const busy = PARTITIONS.filter((p) => fifo.get(p)!.length > 0);
    if (busy.length === 0) return;
    const partition = busy[group % busy.length]!;
    const queue = fifo.get(partition)!;
    const bodies = queue.slice(0, take);
    const parts = bodies.flatMap((b) => {
      const d = decodeEvidenceBody(b);
      assert.ok(d.ok);
      return d.parts;
    });
    if (fault === 'before-commit') {
      // Its commit fails (a batch with nothing left to commit fails all the same, committing nothing).
      store.failNextSave = true;
      await aggregateMessages(partition, parts, deps).then(
        () => assert.ok(store.failNextSave, 'it committed nothing'),
        () => undefined,
      );
      store.failNextSave = false;
      return;
    }
    await aggregateMessages(partition, parts, deps);
    const fresh: string[] = [];
    for (const p of parts)
      if (!applied.has(`${partition}\n${p.id}`)) {
        applied.add(`${partition}\n${p.id}`);
        fresh.push(p.id);
      }
    if (fresh.length > 0) order.get(partition)!.push(fresh);
    // Died after its commit: the batch is delivered again, whole and in order.
    if (fault === 'after-commit') return;
    queue.splice(0, bodies.length);
  };

  for (const s of steps) {
    if (s.kind === 'score') await score(s.pick, s.refuse, s.crash);
    else if (s.kind === 'aggregate') await aggregate(s.group, s.take, s.fault);
    else if (done.length > 0) pending.push(done[s.which % done.length]!);
  }
  while (pending.length > 0) await score([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [], false);
  while (PARTITIONS.some((p) => fifo.get(p)!.length > 0)) await aggregate(0, 10, 'none');
  return { alerts, state: store.latest, order };
}

/** Each partition's parts once, in the given order and batches, on a fresh store. */
async function cleanRun(order: ReadonlyMap<string, readonly (readonly string[])[]>): Promise<Run> {
  const store = new Store();
  const alerts = new Map<string, Alert>();
  const deps = aggDeps(store, alerts);
  for (const [partition, batches] of order)
    for (const ids of batches)
      await aggregateMessages(
        partition,
        ids.map((id) => cleanParts.get(id)!),
        deps,
      );
  return { alerts, state: store.latest, order: new Map([...order].map(([k, v]) => [k, v.map((b) => [...b])])) };
}

const sorted = <T>(m: ReadonlyMap<string, T>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

test('the fixture raises alerts in more than one partition, and every part reaches stage 2', async () => {
  const clean = await cleanRun(
    new Map(PARTITIONS.map((p) => [p, [...cleanParts.values()].filter((x) => x.partition === p).map((x) => [x.id])])),
  );
  assert.ok(messages.length >= 30, `${messages.length} ingest messages`);
  assert.ok(new Set([...clean.alerts.values()].map((a) => a.category)).size >= 2, 'alerts of two partitions at least');
  const once = await faultyRun([], []);
  assert.equal([...once.order.values()].flat(2).length, cleanParts.size);
});

test('any batching, redelivery, refusal or crash of the same ingest messages: the alerts and the state of one clean pass', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(stepArb, { minLength: 5, maxLength: 60 }),
      fc.array(fc.nat(), { maxLength: 8 }),
      async (steps, resent) => {
        const faulty = await faultyRun(steps, resent);
        // Nothing lost: every part was applied, in some order.
        assert.equal([...faulty.order.values()].flat(2).length, cleanParts.size);
        const clean = await cleanRun(faulty.order);
        assert.deepEqual(sorted(faulty.alerts), sorted(clean.alerts));
        assert.deepEqual(sorted(faulty.state), sorted(clean.state));
      },
    ),
    { numRuns: 100 },
  );
});
