/**
 * The score handler with fake dependencies, on the ingest queue's event
 * (test/fixtures/events/sqs-ingest.json: two post batches around a malformed
 * message, one FIFO group): what it scores, quarantines, fails and counts.
 */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SQSEvent } from 'aws-lambda';
import type { QuarantineEntry } from '../../../functions/adapters/quarantine';
import { METRICS } from '../../../functions/commons/observability';
import type { Alert } from '../../../functions/domain/alert';
import type { Detector } from '../../../functions/domain/detector';
import type { Post } from '../../../functions/domain/post';
import { createScoreHandler } from '../../../functions/score/handler';
import type { MessageOutcome, ScoreDeps } from '../../../functions/score/score-message';
import { INGEST } from '../../../resources';
import { alert, context, eventFixture, fakeTelemetry } from './fakes';

/** A detector that raises one alert per post with id p1 and fails on any post whose id is in `failOn`. */
function fakes(failOn = new Set<string>()) {
  const batches: string[][] = [];
  const alerts: Alert[] = [];
  const quarantined: QuarantineEntry[] = [];
  let commits = 0;
  const detector: Detector = {
    processBatch: async (posts: Post[]) => {
      if (posts.some((p) => failOn.has(p.id))) throw new Error('DynamoDB throttled');
      batches.push(posts.map((p) => p.id));
      return {
        alerts: posts.some((p) => p.id === 'p1') ? [alert] : [],
        scored: posts.length,
        duplicates: 0,
        commit: async () => {
          commits++;
        },
      };
    },
  };
  const deps: ScoreDeps = {
    detector,
    alerts: {
      put: async (a) => {
        alerts.push(a);
        return 'created';
      },
    },
    quarantine: { put: async (e) => void quarantined.push(e) },
  };
  return { deps, batches, alerts, quarantined, commits: () => commits };
}

const receivedTimes = (event: SQSEvent, messageId: string, n: number): SQSEvent => {
  const r = event.Records.find((x) => x.messageId === messageId);
  assert.ok(r);
  r.attributes.ApproximateReceiveCount = String(n);
  return event;
};

test('good batches are scored and their alerts stored; the malformed message between them is quarantined with its reason', async () => {
  const f = fakes();
  const t = fakeTelemetry();
  const outcomes: MessageOutcome[] = [];
  const handle = createScoreHandler(f.deps, t.telemetry, (o) => outcomes.push(o));

  const res = await handle(eventFixture<SQSEvent>('sqs-ingest.json'), context);

  assert.deepEqual(res.batchItemFailures, []);
  assert.deepEqual(f.batches, [['p1', 'p2'], ['p3']]);
  assert.deepEqual(f.alerts, [alert]);
  assert.equal(f.commits(), 2);
  assert.equal(f.quarantined.length, 1);
  assert.equal(f.quarantined[0]?.kind, 'invalid-message');
  assert.equal(f.quarantined[0]?.sourceMessageId, 'm2');
  assert.match(f.quarantined[0]?.reason ?? '', /^\(message\): not JSON/);
  assert.deepEqual(
    outcomes.map((o) => [o.messageId, o.valid, o.scored]),
    [
      ['m1', true, 2],
      ['m2', false, 0],
      ['m3', true, 1],
    ],
  );
  assert.deepEqual(t.metrics, {
    [METRICS.postsReceived]: 3,
    [METRICS.messagesInvalid]: 1,
    [METRICS.postsScored]: 3,
    [METRICS.postsRejected]: 0,
    [METRICS.alertsCreated]: 1,
    [METRICS.recordsFailed]: 0,
  });
  assert.equal(t.published(), 1, 'metrics published once per invocation');
});

test('a fault before the last receive fails that message and every later one of the FIFO batch, for SQS to redeliver in order', async () => {
  const f = fakes(new Set(['p1']));
  const t = fakeTelemetry();
  const handle = createScoreHandler(f.deps, t.telemetry);

  const res = await handle(eventFixture<SQSEvent>('sqs-ingest.json'), context);

  assert.deepEqual(
    res.batchItemFailures.map((x) => x.itemIdentifier),
    ['m1', 'm2', 'm3'],
  );
  assert.deepEqual(f.batches, [], 'nothing after the failure was processed');
  assert.deepEqual(f.quarantined, [], 'a fault is retried, not quarantined');
  // The whole batch failed, yet the invocation succeeds (partial batch response): only these show it.
  assert.equal(t.metrics[METRICS.recordsFailed], 3);
  assert.deepEqual(
    t.errors().map((e) => e.messageId),
    ['m1', 'm2', 'm3'],
  );
  assert.match(t.errors()[0]?.error ?? '', /DynamoDB throttled/);
});

test("one source's fault fails only that source's messages: another source's in the same batch are scored", async () => {
  const f = fakes(new Set(['p1']));
  const t = fakeTelemetry();
  const handle = createScoreHandler(f.deps, t.telemetry);
  const event = eventFixture<SQSEvent>('sqs-ingest.json');
  const m3 = event.Records.find((r) => r.messageId === 'm3');
  assert.ok(m3);
  m3.attributes.MessageGroupId = 'bluesky';

  const res = await handle(event, context);

  assert.deepEqual(
    res.batchItemFailures.map((x) => x.itemIdentifier),
    ['m1', 'm2'],
    "twitter's messages fail from the faulty one on, in order",
  );
  assert.deepEqual(f.batches, [['p3']], "bluesky's message was scored");
  assert.equal(t.metrics[METRICS.recordsFailed], 2);
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
  assert.equal(poison.reason, `failed ${INGEST.maxReceiveCount} times in the score function: DynamoDB throttled`);
  assert.equal(typeof poison.payload, 'string', 'the original body, for a redrive');
  assert.equal(t.metrics[METRICS.messagesPoisoned], 1);
});

test('the receive before the last is still retried, not quarantined', async () => {
  const f = fakes(new Set(['p1']));
  const t = fakeTelemetry();
  const handle = createScoreHandler(f.deps, t.telemetry);
  const event = receivedTimes(eventFixture<SQSEvent>('sqs-ingest.json'), 'm1', INGEST.maxReceiveCount - 1);

  const res = await handle(event, context);

  assert.deepEqual(
    res.batchItemFailures.map((x) => x.itemIdentifier),
    ['m1', 'm2', 'm3'],
  );
  assert.deepEqual(f.quarantined, []);
});
