import assert from 'node:assert/strict';
import { describe, mock, test } from 'node:test';
import fc from 'fast-check';
import type { IngestMessage } from '../../../functions/adapters/ingest-message';
import { Backoff, Endpoints } from '../../../functions/connectors/backoff';
import { InMemoryCheckpointStore } from '../../../functions/connectors/checkpoint';
import { batchIdOf, Forwarder, type ForwarderLimits, type IngestSink } from '../../../functions/connectors/forwarder';
import { compareCursors, type SourceItem } from '../../../functions/connectors/source-item';
import { InMemoryTombstoneStore } from '../../../functions/connectors/tombstones';
import { parseIngestMessage } from '../../../functions/domain/ingest';

const STREAM = 's';
const post = (n: number, text = `post ${n}`): SourceItem => ({
  kind: 'post',
  at: { stream: STREAM, cursor: String(1000 + n) },
  post: { id: `p${n}`, text, createdAt: '2026-03-02T12:00:00.000Z', source: 'test', author: { id: `a${n}` } },
});
const del = (n: number, cursor: number): SourceItem => ({
  kind: 'delete',
  at: { stream: STREAM, cursor: String(cursor) },
  tombstone: { id: `p${n}`, source: 'test', deletedAt: '2026-03-02T12:00:01.000Z' },
});
const skip = (cursor: number): SourceItem => ({
  kind: 'skip',
  reason: 'identity',
  at: { stream: STREAM, cursor: String(cursor) },
});

class Sink implements IngestSink {
  readonly sent: IngestMessage[] = [];
  gate: Promise<void> | undefined;
  fail = 0;
  async send(m: IngestMessage): Promise<void> {
    if (this.gate) await this.gate;
    if (this.fail > 0) {
      this.fail--;
      throw new Error('injected');
    }
    this.sent.push(m);
  }
  ids(): string[] {
    return this.sent.flatMap((m) => {
      const p = parseIngestMessage(m.body);
      assert.ok(p.ok);
      assert.equal(p.rejected.length, 0);
      return p.posts.map((x) => x.id);
    });
  }
}

function setup(limits: Partial<ForwarderLimits> = {}) {
  const sink = new Sink();
  const checkpoints = new InMemoryCheckpointStore();
  const tombstones = new InMemoryTombstoneStore();
  const events: string[] = [];
  const f = new Forwarder({
    source: 'test',
    sink,
    checkpoints,
    tombstones,
    limits,
    retry: new Backoff({ baseMs: 1, maxMs: 2 }),
    onEvent: (e) => events.push(e.type),
  });
  return { sink, checkpoints, tombstones, f, events };
}

describe('Forwarder', () => {
  test('cuts batches by count; every body is a valid ingest message of the source', async () => {
    const { sink, f, checkpoints } = setup({ maxPosts: 100 });
    for (let i = 0; i < 250; i++) assert.equal(f.offer(post(i)), true);
    assert.equal(await f.flush(), true);
    assert.deepEqual(
      sink.sent.map((m) => parseIngestMessage(m.body)).map((p) => p.ok && p.posts.length),
      [100, 100, 50],
    );
    assert.deepEqual(
      sink.ids(),
      Array.from({ length: 250 }, (_, i) => `p${i}`),
    );
    assert.equal(sink.sent[0]?.source, 'test');
    assert.equal((await checkpoints.load(STREAM))?.cursor, '1249');
  });

  test('a post waits at most maxWaitMs for its batch to fill', async () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      const { sink, f } = setup({ maxWaitMs: 1000 });
      f.offer(post(1));
      mock.timers.tick(999);
      assert.equal(sink.sent.length, 0);
      mock.timers.tick(1);
      await Promise.resolve();
      assert.equal(sink.sent.length, 1, 'sent once its second was up');
      f.close();
    } finally {
      mock.timers.reset();
    }
  });

  test('cuts batches by size: no body exceeds maxBytes', async () => {
    const { sink, f } = setup({ maxBytes: 20_000 });
    for (let i = 0; i < 40; i++) f.offer(post(i, `${'é'.repeat(1500)} ${i} 🔥`));
    await f.flush();
    assert.ok(sink.sent.length > 1);
    for (const m of sink.sent) assert.ok(Buffer.byteLength(m.body) <= 20_000, `${Buffer.byteLength(m.body)} bytes`);
    assert.equal(sink.ids().length, 40);
  });

  test('checkpoints only once the queue accepted the batch; a refused batch is re-sent with the same id', async () => {
    const { sink, f, checkpoints, events } = setup();
    let open!: () => void;
    sink.gate = new Promise((r) => {
      open = r;
    });
    sink.fail = 2;
    for (let i = 0; i < 5; i++) f.offer(post(i));
    f.seal();
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(await checkpoints.load(STREAM), undefined, 'nothing checkpointed while the send is pending');
    open();
    await f.flush();
    assert.deepEqual(
      events.filter((e) => e !== 'accepted'),
      ['send-failed', 'send-failed'],
    );
    assert.equal(sink.sent.length, 1);
    assert.equal((await checkpoints.load(STREAM))?.cursor, '1004');
    const ids = Array.from({ length: 5 }, (_, i) => `p${i}`);
    assert.equal(
      parseIngestMessage(sink.sent[0]!.body).ok &&
        (parseIngestMessage(sink.sent[0]!.body) as { batchId: string }).batchId,
      batchIdOf('test', '1000', '1004', ids, []),
    );
  });

  test('back-pressure: offer refuses past maxBufferedItems; whenReady waits until half of it is free', async () => {
    const { sink, f } = setup({ maxPosts: 10, maxBufferedItems: 30 });
    let open!: () => void;
    sink.gate = new Promise((r) => {
      open = r;
    });
    let taken = 0;
    for (let i = 0; i < 100; i++)
      if (f.offer(post(i))) taken++;
      else break;
    assert.equal(taken, 30);
    assert.equal(f.offer(skip(5000)), true, 'progress-only items hold no memory and are always taken');
    let ready = false;
    const w = f.whenReady().then(() => {
      ready = true;
    });
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(ready, false);
    open();
    await w;
    assert.ok(f.bufferedItems <= 15);
    await f.flush();
    assert.equal(sink.ids().length, 30);
  });

  test('deletions: a post deleted before its batch left is not sent; its tombstone is stored before the checkpoint', async () => {
    const { sink, f, tombstones, checkpoints } = setup();
    f.offer(post(1));
    f.offer(post(2));
    f.offer(del(1, 1003));
    f.offer(post(1));
    f.offer(post(2));
    await f.flush();
    assert.deepEqual(sink.ids(), ['p2'], 'p1 deleted, p2 once (a replayed duplicate in the same batch is dropped)');
    assert.deepEqual([...tombstones.items.keys()], ['p1']);
    assert.equal((await checkpoints.load(STREAM))?.cursor, '1003');
  });

  test('a batch of progress only sends nothing and moves the checkpoint', async () => {
    const { sink, f, checkpoints } = setup();
    f.offer(skip(7));
    f.offer(skip(9));
    await f.flush();
    assert.equal(sink.sent.length, 0);
    assert.equal((await checkpoints.load(STREAM))?.cursor, '9');
  });

  test('property: whatever is offered, every post never deleted is sent, in valid bodies (no id twice in one), and the checkpoint is the last cursor', async () => {
    const item = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 60 }).map((n) => ({ k: 'post' as const, n })) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 60 }).map((n) => ({ k: 'del' as const, n })) },
      { weight: 1, arbitrary: fc.constant({ k: 'skip' as const, n: 0 }) },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), async (ops, maxPosts) => {
        const { sink, f, checkpoints } = setup({ maxPosts, maxBytes: 3000 });
        const deleted = new Set<string>();
        const offered = new Set<string>();
        ops.forEach((op, i) => {
          const cursor = 10_000 + i;
          const it: SourceItem =
            op.k === 'post'
              ? { ...post(op.n), at: { stream: STREAM, cursor: String(cursor) } }
              : op.k === 'del'
                ? del(op.n, cursor)
                : skip(cursor);
          if (op.k === 'del') deleted.add(`p${op.n}`);
          if (op.k === 'post') offered.add(`p${op.n}`);
          assert.equal(f.offer(it), true);
        });
        assert.equal(await f.flush(), true);
        const ids = sink.ids();
        for (const m of sink.sent) assert.ok(Buffer.byteLength(m.body) <= 3000);
        for (const id of offered) if (!deleted.has(id)) assert.ok(ids.includes(id), `${id} sent`);
        for (const id of ids) assert.ok(offered.has(id));
        const batches = sink.sent.map((m) => {
          const p = parseIngestMessage(m.body);
          return p.ok ? p.batchId : '';
        });
        assert.equal(new Set(batches).size, batches.length, 'batch ids unique');
        assert.equal(
          (await checkpoints.load(STREAM))?.cursor,
          ops.length ? String(10_000 + ops.length - 1) : undefined,
        );
      }),
      { numRuns: 150 },
    );
  });
});

describe('Backoff, endpoints, cursors', () => {
  test('full jitter under an exponential cap; reset starts over', () => {
    const b = new Backoff({ baseMs: 100, maxMs: 1000, random: () => 0.999 });
    assert.deepEqual([b.next(), b.next(), b.next(), b.next(), b.next()], [99, 199, 399, 799, 999]);
    b.reset();
    assert.equal(b.next(), 99);
    const low = new Backoff({ baseMs: 100, maxMs: 1000, random: () => 0 });
    assert.equal(low.next(), 0);
  });

  test('endpoints alternate', () => {
    const e = new Endpoints(['a', 'b', 'c']);
    assert.deepEqual([e.current, e.advance(), e.advance(), e.advance()], ['a', 'b', 'c', 'a']);
    assert.throws(() => new Endpoints([]));
  });

  test('property: cursors compare as the numbers they write; checkpoints never move back', async () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 25n }), fc.bigInt({ min: 0n, max: 10n ** 25n }), (a, b) => {
        assert.equal(Math.sign(compareCursors(String(a), String(b))), a < b ? -1 : a > b ? 1 : 0);
      }),
    );
    const c = new InMemoryCheckpointStore();
    assert.equal(await c.save('x', '1725911162329308', 't'), true);
    assert.equal(await c.save('x', '999', 't'), false);
    assert.equal((await c.load('x'))?.cursor, '1725911162329308');
    await assert.rejects(c.save('x', '12a', 't'));
  });
});
