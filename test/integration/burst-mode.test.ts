/**
 * Stage 1's burst mode on the local emulators (tools/local/ingest-mode.ts, time 60 times faster: a period is a
 * second): a backlog switches the score poller to batches of up to INGEST.burst.batchSize gathered over its window,
 * every message is still scored once, and when the input stops it returns to ordinary batching, once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Post } from '../../functions/domain/post';
import { INGEST, INGEST_MODES } from '../../resources';
import { startTestStack, type TestStack } from './support/local-stack';
import { chatter } from './support/posts';

const batch = (batchId: string, posts: Post[]) => JSON.stringify({ batchId, source: 'twitter', posts });

async function until(what: string, ok: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('stage 1 burst mode on the local emulators', { timeout: 180_000 }, () => {
  let s: TestStack;
  before(async () => {
    // A laptop sends far less than 10,000 posts/s: calm here is under 200 posts/s.
    s = await startTestStack({
      pipeline: { ingestMode: { speedup: 60, settings: { leavePostsPerSecond: 200, enterAgeSeconds: 6 } } },
    });
  });
  after(async () => {
    await s?.stop();
  });

  test('a backlog switches stage 1 to burst batching; everything is scored once; calm switches it back', async () => {
    const mode = s.pipeline.ingestMode!;
    assert.equal(mode.mode, 'ordinary');
    const posts = chatter({ prefix: 'burst', start: '2026-05-01T08:00:00.000Z', count: 40_000, everySeconds: 0.01 });
    const bodies = Array.from({ length: 800 }, (_, i) => batch(`burst-${i}`, posts.slice(i * 50, i * 50 + 50)));
    // The first wave backs the queue up (seconds of scoring); the second comes while burst mode gathers it.
    await s.send(bodies.slice(0, 400));
    await until('burst mode', () => mode.mode === 'burst', 30_000);
    await s.send(bodies.slice(400));
    await s.pipeline.waitIdle(90_000);
    await until('ordinary mode again', () => mode.mode === 'ordinary', 30_000);

    assert.deepEqual(
      mode.switches.map((x) => x.to),
      [INGEST_MODES.burst, INGEST_MODES.ordinary],
      'one switch each way, no flapping',
    );
    assert.equal(mode.switches[0]!.signals.backlog, 'ALARM');
    assert.equal(mode.switches[1]!.signals.calm, 'ALARM');
    assert.ok(
      s.pipeline.poller.largestBatch > 10 && s.pipeline.poller.largestBatch <= INGEST.burst.batchSize,
      `largest batch ${s.pipeline.poller.largestBatch}`,
    );
    assert.deepEqual(s.pipeline.poller.settings, INGEST_MODES.ordinary);
    const ids = s.outcomes.map((o) => o.batchId);
    assert.equal(new Set(ids).size, bodies.length, 'every message scored');
    assert.equal(ids.length, bodies.length, 'none twice');
    assert.equal(
      s.outcomes.reduce((n, o) => n + o.postsIn, 0),
      posts.length,
    );
  });
});
