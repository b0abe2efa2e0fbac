/**
 * The score handler (stage 1) with fake dependencies, on the ingest queue's
 * event (test/fixtures/events/sqs-ingest.json: two post batches around a
 * malformed message): what it scores, sends on, quarantines, fails and counts.
 */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SQSEvent } from 'aws-lambda';
import { evidenceBodies } from '../../../functions/adapters/evidence-queue';
import { METRICS } from '../../../functions/commons/observability';
import type { ScoredPost } from '../../../functions/domain/detector';
import type { Post } from '../../../functions/domain/post';
import { createScoreHandler } from '../../../functions/score/handler';
import type { MessageOutcome, ScoreDeps } from '../../../functions/score/score-message';
import { INGEST } from '../../../resources';
import { context, eventFixture, fakeTelemetry, scoreSinks } from './fakes';

/** Stage 1 that makes every post with id p1 evidence (partition inc) and fails on any post whose id is in `failOn`. */
function fakes(failOn = new Set<string>()) {
  const batches: string[][] = [];
  const sources: string[] = [];
  const sinks = scoreSinks();
  const deps: ScoreDeps = {
    score: (batchId: string, posts: readonly Post[]) => {
      if (posts.some((p) => failOn.has(p.id))) throw new Error('evidence queue unavailable');
      batches.push(posts.map((p) => p.id));
      sources.push(...posts.map((p) => p.source));
      const hit = posts.filter((p) => p.id === 'p1');
      return {
        // Only the count matters to the handler.
        scored: posts.map(() => ({}) as ScoredPost),
        messages: hit.length > 0 ? [{ id: `${batchId}#inc`, partition: 'inc', evidence: [] }] : [],
      };
    },
    ...sinks.deps,
    // The fixture's stream time, as a live stream's wall clock would be.
    clock: () => new Date('2026-05-01T10:01:00Z'),
  };
  return { deps, batches, sources, sent: sinks.sent, quarantined: sinks.quarantined };
}

const receivedTimes = (event: SQSEvent, messageId: string, n: number): SQSEvent => {
  const r = event.Records.find((x) => x.messageId === messageId);
  assert.ok(r);
  r.attributes.ApproximateReceiveCount = String(n);
  return event;
};

test('good batches are scored and their evidence sent on; the malformed message between them is quarantined with its reason', async () => {
  const f = fakes();
  const t = fakeTelemetry();
  const outcomes: MessageOutcome[] = [];
  const handle = createScoreHandler(f.deps, t.telemetry, (o) => outcomes.push(o));

  const res = await handle(eventFixture<SQSEvent>('sqs-ingest.json'), context);

  assert.deepEqual(res.batchItemFailures, []);
  assert.deepEqual(f.batches.sort(), [['p1', 'p2'], ['p3']]);
  assert.deepEqual(
    f.sent.map((x) => x.parts.map((p) => [p.id, p.now])),
    [[['fixture-1#inc', Date.parse('2026-05-01T10:01:00Z')]]],
    'the evidence, named by the batch id, with the ingest clock it was admitted by, in one send for the invocation',
  );
  assert.equal(f.quarantined.length, 1);
  assert.equal(f.quarantined[0]?.kind, 'invalid-message');
  assert.equal(f.quarantined[0]?.sourceMessageId, 'm2');
  assert.match(f.quarantined[0]?.reason ?? '', /^\(message\): not JSON/);
  assert.deepEqual(outcomes.map((o) => [o.messageId, o.valid, o.postsIn, o.scored + o.rejected]).sort(), [
    ['m1', true, 2, 2],
    ['m2', false, 0, 0],
    ['m3', true, 1, 1],
  ]);
  assert.deepEqual(t.metrics, {
    [METRICS.postsReceived]: 3,
    [METRICS.messagesInvalid]: 1,
    [METRICS.postsScored]: 3,
    [METRICS.postsRejected]: 0,
    [METRICS.evidenceSent]: 0,
    [METRICS.recordsFailed]: 0,
  });
  assert.equal(t.published(), 1, 'metrics published once per invocation');
});

test('a fault before the last receive fails that message alone (a standard queue: no order to keep); the others are done', async () => {
  const f = fakes(new Set(['p1']));
  const t = fakeTelemetry();
  const handle = createScoreHandler(f.deps, t.telemetry);

  const res = await handle(eventFixture<SQSEvent>('sqs-ingest.json'), context);

  assert.deepEqual(
    res.batchItemFailures.map((x) => x.itemIdentifier),
    ['m1'],
  );
  assert.deepEqual(f.batches, [['p3']], 'the message after the failure was scored');
  assert.equal(f.quarantined.length, 1, 'the malformed one quarantined; the fault is retried, not quarantined');
  // The invocation succeeds (partial batch response): only these show the failure.
  assert.equal(t.metrics[METRICS.recordsFailed], 1);
  assert.deepEqual(
    t.errors().map((e) => e.messageId),
    ['m1'],
  );
  assert.match(t.errors()[0]?.error ?? '', /evidence queue unavailable/);
});

test(`on the last receive (${INGEST.maxReceiveCount}) a failing message is quarantined as poison with the error, and the batch moves on`, async () => {
  const f = fakes(new Set(['p1']));
  const t = fakeTelemetry();
  const handle = createScoreHandler(f.deps, t.telemetry);
  const event = receivedTimes(eventFixture<SQSEvent>('sqs-ingest.json'), 'm1', INGEST.maxReceiveCount);

  const res = await handle(event, context);

  assert.deepEqual(res.batchItemFailures, [], 'nothing left for SQS to redeliver');
  assert.deepEqual(f.batches, [['p3']], 'the messages after it were scored');
  const poison = f.quarantined.find((q) => q.kind === 'poison');
  assert.ok(poison, 'quarantined as poison');
  assert.equal(poison.sourceMessageId, 'm1');
  assert.equal(
    poison.reason,
    `failed ${INGEST.maxReceiveCount} times in the score function: evidence queue unavailable`,
  );
  assert.equal(typeof poison.payload, 'string', 'the original body, for a redrive');
  assert.equal(t.metrics[METRICS.messagesPoisoned], 1);
});

test('on the last receive, a quarantine that cannot be written fails that message alone: the others are done', async () => {
  const f = fakes(new Set(['p1']));
  const t = fakeTelemetry();
  const handle = createScoreHandler(
    {
      ...f.deps,
      quarantine: {
        put: async (e) =>
          e.kind === 'poison' ? Promise.reject(new Error('dead-letter queue unavailable')) : f.deps.quarantine.put(e),
      },
    },
    t.telemetry,
  );
  const event = receivedTimes(eventFixture<SQSEvent>('sqs-ingest.json'), 'm1', INGEST.maxReceiveCount);

  const res = await handle(event, context);

  assert.deepEqual(res.batchItemFailures, [{ itemIdentifier: 'm1' }], 'left on the queue, whose redrive parks it');
  assert.deepEqual(f.batches, [['p3']], 'the messages after it were scored and are not handed back');
  assert.equal(t.metrics[METRICS.messagesPoisoned] ?? 0, 0);
});

test('the receive before the last is still retried, not quarantined', async () => {
  const f = fakes(new Set(['p1']));
  const t = fakeTelemetry();
  const handle = createScoreHandler(f.deps, t.telemetry);
  const event = receivedTimes(eventFixture<SQSEvent>('sqs-ingest.json'), 'm1', INGEST.maxReceiveCount - 1);

  const res = await handle(event, context);

  assert.deepEqual(
    res.batchItemFailures.map((x) => x.itemIdentifier),
    ['m1'],
  );
  assert.deepEqual(
    f.quarantined.map((q) => q.kind),
    ['invalid-message'],
  );
});

/** One message of the fixture's shape with these posts, from `source`. */
function messageOf(source: string, posts: object[], id = 'm9'): SQSEvent {
  const event = eventFixture<SQSEvent>('sqs-ingest.json');
  const r = { ...event.Records[0]!, messageId: id, body: JSON.stringify({ batchId: id, source, posts }) };
  return { Records: [r] };
}
const post = (id: string, createdAt: string, source: string) => ({
  id,
  text: 'smoke over the harbour',
  createdAt,
  source,
});

test('a batch from an unknown source is quarantined whole, with a reason naming the known sources', async () => {
  const f = fakes();
  const t = fakeTelemetry();
  await createScoreHandler(f.deps, t.telemetry)(
    messageOf('telegram', [post('p5', '2026-05-01T10:00:00Z', 'telegram')]),
    context,
  );
  assert.deepEqual(f.batches, []);
  assert.equal(f.quarantined[0]?.kind, 'invalid-message');
  assert.match(
    f.quarantined[0]?.reason ?? '',
    /^source: unknown source "telegram" \(known: bluesky, bsky, mastodon, twitter, x;/,
  );
});

test('posts sent under an alias reach the detector under the canonical name', async () => {
  const f = fakes();
  await createScoreHandler(f.deps, fakeTelemetry().telemetry)(
    messageOf('x', [post('p5', '2026-05-01T10:00:00Z', 'x')]),
    context,
  );
  assert.deepEqual(f.sources, ['twitter']);
});

test('posts dated far from the ingest clock are quarantined with the reason; their neighbours are scored', async () => {
  const f = fakes();
  await createScoreHandler(f.deps, fakeTelemetry().telemetry)(
    messageOf('twitter', [
      post('ahead', '2026-05-01T17:00:00Z', 'twitter'),
      post('now', '2026-05-01T10:00:30Z', 'twitter'),
      post('y2099', '2099-01-01T00:00:00Z', 'twitter'),
      post('stale', '2026-04-29T10:00:00Z', 'twitter'),
      post('edge', '2026-05-01T10:06:00Z', 'twitter'),
    ]),
    context,
  );
  assert.deepEqual(f.batches, [['now', 'edge']]);
  const q = f.quarantined[0];
  assert.equal(q?.kind, 'rejected-posts');
  const rejected = (q?.payload as { rejected: { postId: string; field: string; reason: string }[] } | undefined)
    ?.rejected;
  assert.ok(rejected);
  assert.deepEqual(
    rejected.map((r) => [r.postId, r.field]),
    [
      ['ahead', 'posts[0].createdAt'],
      ['y2099', 'posts[2].createdAt'],
      ['stale', 'posts[3].createdAt'],
    ],
  );
  assert.match(rejected[0]!.reason, /more than 5 min ahead of the ingest clock 2026-05-01T10:01:00.000Z/);
  assert.match(rejected[2]!.reason, /older than the detector's state TTL \(24 h\)/);
});

test('two invocations at once (the local twin runs them side by side) each report only their own failures', async () => {
  const f = fakes(new Set(['p1']));
  const handle = createScoreHandler(f.deps, fakeTelemetry().telemetry);
  const failing = eventFixture<SQSEvent>('sqs-ingest.json');
  const clean = eventFixture<SQSEvent>('sqs-ingest.json');
  clean.Records = clean.Records.filter((r) => r.messageId !== 'm1').map((r) => ({
    ...r,
    messageId: `other-${r.messageId}`,
  }));

  const [a, b] = await Promise.all([handle(failing, context), handle(clean, context)]);

  assert.deepEqual(
    a.batchItemFailures.map((x) => x.itemIdentifier),
    ['m1'],
  );
  assert.deepEqual(b.batchItemFailures, []);
});

test('one send per invocation, one evidence message per partition; a refused partition fails only the messages with a part in it', async () => {
  // Each post's id names the partition its evidence goes to.
  const sent: string[][] = [];
  const sinks = scoreSinks();
  const deps: ScoreDeps = {
    ...sinks.deps,
    score: (batchId, posts) => {
      const partitions = [...new Set(posts.map((p) => p.id.split('-')[0]!))].sort();
      return {
        scored: posts.map(() => ({}) as ScoredPost),
        messages: partitions.map((partition) => ({ id: `${batchId}#${partition}`, partition, evidence: [] })),
      };
    },
    evidence: {
      send: async (parts) => {
        const bodies = evidenceBodies(parts);
        sent.push(bodies.map((b) => `${b.partition}:${b.partIds.join(',')}`));
        return bodies.filter((b) => b.partition === 'wx').map((b) => ({ of: b.of, reason: 'throttled' }));
      },
    },
    clock: () => new Date('2026-05-01T10:01:00Z'),
  };
  const t = fakeTelemetry();
  const at = '2026-05-01T10:00:00Z';
  const records = [
    ['a', ['inc-1', 'quake-1']],
    ['b', ['inc-2', 'wx-1']],
    ['c', ['quake-2']],
  ].map(
    ([id, ids]) =>
      messageOf(
        'twitter',
        (ids as string[]).map((p) => post(p, at, 'twitter')),
        id as string,
      ).Records[0]!,
  );

  const res = await createScoreHandler(deps, t.telemetry)({ Records: records }, context);

  assert.deepEqual(sent, [['inc:a#inc,b#inc', 'quake:a#quake,c#quake', 'wx:b#wx']]);
  assert.deepEqual(
    res.batchItemFailures.map((x) => x.itemIdentifier),
    ['b'],
    'b comes back (its inc part, already sent, keeps its id for stage 2 to skip)',
  );
  assert.match(t.errors()[0]?.error ?? '', /throttled/);
});
