import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { InMemoryCheckpointStore } from '../../../functions/connectors/checkpoint';
import { InMemoryLeaseStore, runShift, type ShiftOptions } from '../../../functions/connectors/lease';
import { type RunningConnector, runConnector } from '../../../functions/connectors/running';
import { InMemoryTombstoneStore } from '../../../functions/connectors/tombstones';

/** A connector whose reader offers one post every few ms, and a log of who read when. */
function fakeConnector(
  who: string,
  log: { who: string; at: number; n: number }[],
  checkpoints: InMemoryCheckpointStore,
): () => Promise<RunningConnector> {
  return async () => {
    const start = Number((await checkpoints.load('s'))?.cursor ?? 0);
    const deps = {
      sink: { send: async () => undefined },
      checkpoints,
      tombstones: new InMemoryTombstoneStore(),
      limits: { maxWaitMs: 5 },
    };
    return runConnector('t', deps, async (f, _stats, signal) => {
      for (let n = start + 1; !signal.aborted; n++) {
        log.push({ who, at: Date.now(), n });
        f.offer({ kind: 'skip', reason: 'x', at: { stream: 's', cursor: String(n) } });
        await new Promise((r) => setTimeout(r, 3));
      }
    });
  };
}

describe('shifts under a lease', () => {
  const base = (
    lease: InMemoryLeaseStore,
    owner: string,
    start: ShiftOptions['start'],
    runForMs: number,
  ): ShiftOptions => ({
    name: 'bluesky',
    owner,
    lease,
    runForMs,
    leaseTtlMs: 1000,
    handoverWaitMs: 3000,
    pollMs: 10,
    flushMs: 500,
    start,
  });

  test('one reader at a time; the successor waits for the holder to hand over, then resumes from its checkpoint', async () => {
    const lease = new InMemoryLeaseStore();
    const checkpoints = new InMemoryCheckpointStore();
    const log: { who: string; at: number; n: number }[] = [];
    const a = runShift(base(lease, 'A', fakeConnector('A', log, checkpoints), 300));
    await new Promise((r) => setTimeout(r, 100));
    const b = runShift(base(lease, 'B', fakeConnector('B', log, checkpoints), 200));
    const tooEarly = await runShift({
      ...base(lease, 'C', fakeConnector('C', log, checkpoints), 200),
      handoverWaitMs: 50,
    });
    assert.deepEqual(
      tooEarly,
      { ran: false, reason: 'held', holder: 'A' },
      'a newcomer far from the handover leaves at once',
    );
    const [ra, rb] = await Promise.all([a, b]);
    assert.ok(ra.ran && rb.ran && ra.flushed && rb.flushed && !ra.lostLease);
    const lastA = log.filter((x) => x.who === 'A').at(-1)!;
    const firstB = log.find((x) => x.who === 'B')!;
    assert.ok(firstB.at >= lastA.at, 'B read only after A stopped');
    assert.equal(firstB.n, lastA.n + 1, 'B resumed right after the last item A checkpointed');
    assert.ok(
      rb.ran && rb.startedAt - ra.endedAt < 1500,
      `handover gap ${rb.ran && ra.ran ? rb.startedAt - ra.endedAt : '?'} ms`,
    );
    assert.equal(lease.items.size, 0, 'released');
  });

  test('a holder that lost its lease (it stalled past the TTL and another took over) stops and leaves the lease alone', async () => {
    const lease = new InMemoryLeaseStore();
    const checkpoints = new InMemoryCheckpointStore();
    const log: { who: string; at: number; n: number }[] = [];
    const a = runShift({ ...base(lease, 'A', fakeConnector('A', log, checkpoints), 2000), leaseTtlMs: 150 });
    await new Promise((r) => setTimeout(r, 50));
    lease.items.set('bluesky', { owner: 'Z', expiresAt: Date.now() + 10_000, endsAt: Date.now() + 10_000 });
    const ra = await a;
    assert.ok(ra.ran && ra.lostLease);
    assert.ok(ra.ran && ra.endedAt - ra.startedAt < 1500, 'stopped long before its planned end (2 s)');
    assert.equal(lease.items.get('bluesky')?.owner, 'Z');
  });
});
