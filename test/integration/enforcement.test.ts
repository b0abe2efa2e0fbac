/**
 * Every bar holds, nothing runs after its decision, contracts change only as
 * the operator meant: end to end on the local emulators, through the admin
 * CLI as an operator would use it.
 */

import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ListTopicsCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, SetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSEvent } from 'aws-lambda';
import { evidenceBodies, partsOf } from '../../functions/adapters/evidence-queue';
import type { AggregateOutcome } from '../../functions/aggregate/aggregate-messages';
import { type AggregateHandlerDeps, aggregateDeps, createAggregateHandler } from '../../functions/aggregate/handler';
import { loadConfig } from '../../functions/commons/config';
import { createTelemetry, powertoolsEnvironment } from '../../functions/commons/observability';
import type { Customer } from '../../functions/domain/customer';
import { defaultModel, scoreBatch } from '../../functions/domain/detector';
import type { Post } from '../../functions/domain/post';
import { shardOf } from '../../functions/domain/shard';
import type { FanOutDeps } from '../../functions/fan-out/fan-out';
import { FAN_OUT_SHARDS, TABLES } from '../../resources';
import { listDlq } from '../../tools/admin/dlq';
import { barSector } from '../../tools/admin/policies';
import { run as cli } from '../../tools/cli/tocsin';
import { localContext } from '../../tools/local/lambda-context';
import { eventFixture } from '../unit/functions/fakes';
import { activeContract, everything, startTestStack, type TestStack } from './support/local-stack';
import { breakingEvent, chatter, EARTHQUAKE_TEXTS, EXPLOSION_TEXTS, FIRE_TEXTS } from './support/posts';

process.env.TOCSIN_HOME = mkdtempSync(join(tmpdir(), 'tocsin-home-'));

let hour = 0;
/** One breaking event (its own hour of stream time) amid chatter, from `source`, through the ingest queue. */
function news(texts: string[], source = 'twitter'): string[] {
  const h = String(hour++).padStart(2, '0');
  const posts: Post[] = [
    ...chatter({ prefix: `bg${h}${source}`, start: `2026-08-01T${h}:00:00.000Z`, count: 60, everySeconds: 4 }).map(
      (p) => ({ ...p, source }),
    ),
    ...breakingEvent({ prefix: `ev${h}${source}`, start: `2026-08-01T${h}:01:00.000Z`, authors: 12, texts, source }),
  ].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return Array.from({ length: Math.ceil(posts.length / 24) }, (_, i) =>
    JSON.stringify({ batchId: `${source}-${h}-${i}`, source, posts: posts.slice(i * 24, i * 24 + 24) }),
  );
}

/** Prints of the CLI (its output is the operator's view), captured. */
async function cliOut(args: string[]): Promise<string> {
  const lines: string[] = [];
  const log = console.log;
  console.log = (...a: unknown[]) => void lines.push(a.map(String).join(' '));
  try {
    await cli(args);
  } finally {
    console.log = log;
  }
  return lines.join('\n');
}

/** The fan-out's ledger access with some methods replaced (a class instance: spreading it would lose its methods). */
function ledgerWith(d: FanOutDeps['deliveries'], over: Partial<FanOutDeps['deliveries']>): FanOutDeps['deliveries'] {
  return {
    get: (...a) => d.get(...a),
    create: (...a) => d.create(...a),
    replace: (...a) => d.replace(...a),
    markDelivered: (...a) => d.markDelivered(...a),
    markFailed: (...a) => d.markFailed(...a),
    ...over,
  };
}

const customer = (id: string, sector: Customer['sector']) => ({
  id,
  name: id,
  sector,
  contract: activeContract,
  entitlements: everything,
});

describe('the operator: customers, contracts, sources, subscriptions', { timeout: 240_000, concurrency: false }, () => {
  let s: TestStack;
  before(async () => {
    s = await startTestStack({ register: true, settings: { sourceRegistryTtlSeconds: 1 } });
    await s.addCustomer(customer('agency', 'intelligence'));
    await s.addCustomer(customer('bank', 'finance'));
  });
  after(async () => {
    await s?.stop();
  });

  test('customers add refuses an existing id: a suspended customer never becomes active again by add', async () => {
    await cli(['contract', 'set-status', 'bank', 'suspended']);
    await assert.rejects(
      cli(['customers', 'add', 'bank', '--name', 'Bank', '--sector', 'finance']),
      /customer "bank" exists/,
    );
    assert.equal((await s.ctx.customers.get('bank'))?.contract.status, 'suspended');
  });

  test('update and set-status change only what they name, only on the version they were based on; history says who, when, what', async () => {
    const v = (await s.ctx.customers.get('bank'))!.version!;
    await assert.rejects(
      cli(['contract', 'set-status', 'bank', 'active', '--expect-version', String(v - 1)]),
      /at version \d+, not/,
    );
    await cli(['contract', 'set-status', 'bank', 'active', '--expect-version', String(v)]);
    await cli(['customers', 'update', 'bank', '--min-severity', '2', '--categories', 'fire,explosion']);
    const bank = (await s.ctx.customers.get('bank'))!;
    assert.deepEqual(
      [bank.contract.status, bank.entitlements.minSeverity, bank.entitlements.categories, bank.name, bank.version],
      ['active', 2, ['fire', 'explosion'], 'bank', v + 2],
    );
    const history = JSON.parse(await cliOut(['customers', 'history', 'bank', '--json'])) as {
      action: string;
      by: string;
      changes: Record<string, unknown>;
    }[];
    assert.deepEqual(
      history.map((h) => h.action),
      ['add', 'set-status', 'set-status', 'update'],
    );
    assert.ok(history.every((h) => h.by === `local:${process.env.USER ?? ''}` || h.by.startsWith('local:')));
    assert.deepEqual(history[2]!.changes, { 'contract.status': ['suspended', 'active'] });
    assert.deepEqual(Object.keys(history[3]!.changes).sort(), ['entitlements.categories', 'entitlements.minSeverity']);
    await cli(['customers', 'update', 'bank', '--min-severity', '1', '--categories', '']);
  });

  test("subscribe sqs merges one statement into the queue's own policy, never replaces it", async () => {
    const url = (await s.env.clients.sqs.send(new CreateQueueCommand({ QueueName: 'bank-own-queue' }))).QueueUrl!;
    const arn = (
      await s.env.clients.sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))
    ).Attributes!.QueueArn!;
    const own = {
      Sid: 'BankOwnReader',
      Effect: 'Allow',
      Principal: { AWS: '000000000000' },
      Action: 'sqs:*',
      Resource: arn,
    };
    await s.env.clients.sqs.send(
      new SetQueueAttributesCommand({
        QueueUrl: url,
        Attributes: { Policy: JSON.stringify({ Version: '2012-10-17', Statement: [own] }) },
      }),
    );
    await cli(['subscribe', 'bank', 'sqs', arn]);
    await cli(['subscribe', 'bank', 'sqs', arn]);
    const policy = JSON.parse(
      (await s.env.clients.sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['Policy'] })))
        .Attributes!.Policy!,
    ) as { Statement: { Sid: string }[] };
    assert.deepEqual(
      policy.Statement.map((x) => x.Sid),
      ['BankOwnReader', 'tocsin-tocsin-customer-bank'],
    );
  });

  test('customers show lists the subscriptions, unconfirmed ones flagged, each with its dead-letter queue', async () => {
    await cli(['subscribe', 'bank', 'email', 'desk@bank.example']);
    const shown = JSON.parse(await cliOut(['customers', 'show', 'bank', '--json'])) as {
      topicArn: string;
      subscriptions: { protocol: string; pending: boolean; deadLetterArn?: string }[];
    };
    assert.equal(shown.topicArn, 'arn:aws:sns:us-east-1:000000000000:tocsin-customer-bank');
    const email = shown.subscriptions.find((x) => x.protocol === 'email');
    assert.equal(email?.pending, true, 'an email subscription is unconfirmed until the recipient confirms');
    assert.ok(shown.subscriptions.filter((x) => x.protocol === 'sqs').every((x) => !x.pending));
    assert.ok(shown.subscriptions.every((x) => x.deadLetterArn?.endsWith(':tocsin-subscription-dlq')));
    const human = await cliOut(['customers', 'show', 'bank']);
    assert.match(human, /1 unconfirmed/);
    assert.match(human, /email\s+desk@bank\.example\s+UNCONFIRMED/);
  });

  test('policy set refuses a source the registry does not know; an alias is stored under its source; history keeps every bar', async () => {
    await assert.rejects(cli(['policy', 'set', 'twiter', '--bar', 'intelligence']), /unknown source "twiter"/);
    await cli(['policy', 'set', 'x', '--bar', 'intelligence']);
    await cli(['policy', 'set', 'twitter', '--lift', 'intelligence']);
    await cli(['policy', 'set', 'twitter', '--bar', 'intelligence']);
    const bars = JSON.parse(await cliOut(['policy', 'history', 'x', '--json'])) as {
      source: string;
      until?: string;
      setBy?: string;
      liftedBy?: string;
    }[];
    assert.equal(bars.length, 2, 'a history of two bars, the first closed');
    assert.ok(bars.every((b) => b.source === 'twitter' && b.setBy?.startsWith('local:')));
    assert.ok(bars[0]!.until && bars[0]!.liftedBy?.startsWith('local:'));
    assert.equal(bars[1]!.until, undefined);
  });

  test('a bar on twitter holds for posts sent as "x"; posts of an unknown source are quarantined until the source is added', async () => {
    await s.received('agency');
    await s.received('bank');
    await s.send(news(EXPLOSION_TEXTS, 'x'));
    await s.pipeline.waitIdle();
    assert.deepEqual(await s.received('agency'), [], 'the agency is barred from twitter, whatever the name');
    assert.ok((await s.received('bank')).length >= 1, 'the bank receives');
    const withheld = (await s.ctx.deliveries.listByCustomer('agency')).filter((r) => r.outcome === 'withheld');
    assert.ok(withheld.some((r) => /barred by twitter/.test(r.reason)));
    await cli(['policy', 'set', 'twitter', '--lift', 'intelligence']);

    await s.send(news(EARTHQUAKE_TEXTS, 'telegram'));
    await s.pipeline.waitIdle();
    const dlq = await listDlq(s.ctx);
    assert.ok(dlq.length >= 1 && dlq.every((m) => /source: unknown source "telegram"/.test(m.reason)), 'quarantined');
    assert.deepEqual(await s.received('bank'), []);

    await cli(['sources', 'add', 'telegram', '--alias', 'tg']);
    assert.match(await cliOut(['sources', 'list']), /telegram\s+tg/);
    await assert.rejects(cli(['sources', 'add', 'tg']), /already known: tg \(telegram\)/);
    await new Promise((r) => setTimeout(r, 1100)); // the score stage's registry TTL (shortened to 1 s here)
    await s.send(news(FIRE_TEXTS, 'tg'));
    await s.pipeline.waitIdle();
    const got = await s.received('bank');
    assert.ok(got.length >= 1, 'an added source is accepted');
  });

  test('one malformed customer item: that customer is withheld with the reason, everyone else is served', async () => {
    await s.env.clients.doc.send(
      new PutCommand({
        TableName: TABLES.customers.id,
        // Malformed (no tier, no entitlements), yet in its fan-out shard: an item every CLI write gives one to, or
        // `customers migrate-shards` (an item in no shard is never decided: customers list flags it).
        Item: {
          kind: 'customer',
          id: 'broken',
          shard: shardOf('broken', FAN_OUT_SHARDS.count),
          name: 'Broken',
          sector: 'finance',
          contract: { status: 'active' },
        },
      }),
    );
    await s.received('agency');
    await s.send(news(EXPLOSION_TEXTS.map((t) => t.replaceAll('Houston', 'Dallas'))));
    await s.pipeline.waitIdle();
    assert.ok((await s.received('agency')).length >= 1, 'others served');
    const broken = await s.ctx.deliveries.listByCustomer('broken');
    assert.ok(broken.length >= 1 && broken.every((r) => r.code === 'customer_invalid'), JSON.stringify(broken));
    assert.match(broken[0]!.reason, /contract\.tier/);
  });

  test('customers remove offboards (subscriptions and topic gone, ledger kept); the id re-added starts with no subscription', async () => {
    const ledgerBefore = await s.ctx.deliveries.listByCustomer('bank');
    assert.ok(ledgerBefore.length > 0);
    const out = await cliOut(['customers', 'remove', 'bank']);
    const removed = /customer bank removed; (\d+) subscription\(s\) removed, topic deleted/.exec(out);
    assert.ok(removed && Number(removed[1]) >= 3, out);
    const topics = (await s.env.clients.sns.send(new ListTopicsCommand({}))).Topics ?? [];
    assert.ok(!topics.some((t) => t.TopicArn?.endsWith(':tocsin-customer-bank')), 'topic deleted');
    assert.deepEqual(await s.ctx.deliveries.listByCustomer('bank'), ledgerBefore, 'ledger kept');
    assert.deepEqual(
      (JSON.parse(await cliOut(['customers', 'history', 'bank', '--json'])) as { action: string }[]).at(-1)?.action,
      'remove',
    );

    await cli(['customers', 'add', 'bank', '--name', 'Bank again', '--sector', 'finance']);
    const shown = JSON.parse(await cliOut(['customers', 'show', 'bank', '--json'])) as { subscriptions: unknown[] };
    assert.deepEqual(shown.subscriptions, [], 'nothing inherited');
  });
});

describe('delivery: the ledger first, nothing after its decision', { timeout: 240_000, concurrency: false }, () => {
  test('cut-off: a bar landing while a fan-out is in flight holds for every publish that starts after bar + AUDIENCE_MAX_AGE_MS', async () => {
    const maxAgeMs = 1000;
    const ids = Array.from({ length: 20 }, (_, i) => `c${String(i).padStart(2, '0')}`);
    const intelligence = new Set(ids.filter((_, i) => i % 2 === 1));
    const starts: { id: string; at: number }[] = [];
    let barDoneAt = Number.POSITIVE_INFINITY;
    let barring: Promise<void> | undefined;
    let ctx: TestStack['ctx'] | undefined;
    const s = await startTestStack({
      settings: { audienceMaxAgeMs: maxAgeMs },
      pipeline: {
        wrapFanOut: (d) => ({
          ...d,
          // The bar lands between a barred customer's recorded deliver decision (pending) and
          // its publish, and the data the decision read then ages past the bound: on every
          // machine, however loaded, the fan-out must notice before it publishes.
          deliveries: ledgerWith(d.deliveries, {
            create: async (r) => {
              const written = await d.deliveries.create(r);
              if (r.outcome === 'pending' && intelligence.has(r.customerId)) {
                barring ??= barSector(ctx!, 'twitter', 'intelligence', new Date().toISOString()).then(() => {
                  barDoneAt = Date.now();
                });
                await barring;
                await new Promise((x) => setTimeout(x, maxAgeMs + 100));
              }
              return written;
            },
          }),
          publisher: {
            publish: async (arn, m) => {
              starts.push({ id: arn.split('tocsin-customer-')[1]!, at: Date.now() });
              return d.publisher.publish(arn, m);
            },
          },
        }),
      },
    });
    ctx = s.ctx;
    try {
      for (const id of ids) await s.addCustomer(customer(id, intelligence.has(id) ? 'intelligence' : 'finance'));
      await s.send(news(EXPLOSION_TEXTS));
      await s.pipeline.waitIdle();
      await barring;
      // An event makes few versions (re-notified only on a material change): a second event, alerted
      // after the bound, is what the fan-out goes on with past it.
      await new Promise((r) => setTimeout(r, maxAgeMs + 100));
      await s.send(news(EARTHQUAKE_TEXTS));
      await s.pipeline.waitIdle();
      const late = starts.filter((p) => p.at > barDoneAt + maxAgeMs && intelligence.has(p.id));
      assert.deepEqual(late, [], 'no barred customer published to after the bound');
      assert.ok(
        starts.some((p) => p.at > barDoneAt + maxAgeMs),
        'the fan-out went on past the bound',
      );
      const superseded = (await Promise.all([...intelligence].map((id) => s.ctx.deliveries.listByCustomer(id))))
        .flat()
        .filter((r) => r.outcome === 'withheld' && r.supersededDecisionAt);
      assert.ok(
        superseded.length > 0,
        'the bar landed in flight: deliver decisions made before it were withheld before their publish',
      );
      for (const r of superseded) assert.match(r.reason, /intelligence barred by twitter/);
    } finally {
      await s.stop();
    }
  });

  test('crash after the pending record, and after the publish: the stream retry completes each delivery; the ledger ends delivered', async () => {
    const crashes = { afterPending: 0, afterPublish: 0 };
    const s = await startTestStack({
      pipeline: {
        wrapFanOut: (d) => ({
          ...d,
          deliveries: ledgerWith(d.deliveries, {
            create: async (r) => {
              const written = await d.deliveries.create(r);
              if (r.customerId === 'news-a' && r.outcome === 'pending' && crashes.afterPending++ === 0)
                throw new Error('injected crash after the pending write');
              return written;
            },
            markDelivered: async (c, a, v, x) => {
              if (c === 'news-b' && crashes.afterPublish++ === 0) throw new Error('injected crash after the publish');
              return d.deliveries.markDelivered(c, a, v, x);
            },
          }),
        }),
      },
    });
    try {
      for (const id of ['news-a', 'news-b', 'news-c']) await s.addCustomer(customer(id, 'news_media'));
      await s.send(news(EXPLOSION_TEXTS));
      await s.pipeline.waitIdle();
      assert.ok(crashes.afterPending > 0 && crashes.afterPublish > 0, 'both crashes happened');
      const versions = (await s.ctx.alerts.list()).map((a) => `${a.alertId}#${a.version}`).sort();
      for (const id of ['news-a', 'news-b', 'news-c']) {
        const ledger = await s.ctx.deliveries.listByCustomer(id);
        assert.deepEqual(
          ledger.map((r) => r.outcome),
          versions.map(() => 'delivered'),
          `${id}: every version delivered, and recorded so`,
        );
        const got = (await s.received(id)).map((m) => `${m.alertId}#${m.version}`);
        assert.deepEqual([...new Set(got)].sort(), versions, `${id} received every version`);
        assert.equal(
          got.length,
          versions.length + (id === 'news-b' ? 1 : 0),
          `${id}: duplicates only after a crash between publish and mark`,
        );
      }
    } finally {
      await s.stop();
    }
  });
});

test('aggregate: two invocations racing on one partition (a worker past its visibility timeout): the loser retries in-process, no message fails', {
  timeout: 120_000,
}, async () => {
  const s = await startTestStack();
  try {
    const outcomes: AggregateOutcome[] = [];
    const deps = aggregateDeps(loadConfig('aggregate', s.env.environmentOf('aggregate')), s.env.clients);
    // Both invocations load before either commits: one commit must lose the race on the partition's keys.
    const slowCommit: AggregateHandlerDeps = {
      ...deps,
      store: {
        load: (keys) => deps.store.load(keys),
        save: async (puts) => {
          await new Promise((x) => setTimeout(x, 300));
          return deps.store.save(puts);
        },
      },
    };
    const handle = createAggregateHandler(slowCommit, createTelemetry(powertoolsEnvironment('aggregate')), (o) =>
      outcomes.push(o),
    );
    // Stage 1's output for one message of each source: evidence of the same partition (incidents).
    const evidenceOf = (body: string, id: string) => {
      const m = JSON.parse(body) as { batchId: string; posts: Post[] };
      const s1 = scoreBatch(m.batchId, m.posts, defaultModel());
      const now = Math.max(...m.posts.map((p) => Date.parse(p.createdAt)));
      const r = eventFixture<SQSEvent>('sqs-ingest.json').Records[0]!;
      return {
        Records: evidenceBodies(partsOf(s1.messages, now)).map((b, i) => ({
          ...r,
          messageId: `${id}-${i}`,
          body: b.body,
        })),
      };
    };
    const [twitter, bluesky] = [news(EXPLOSION_TEXTS, 'twitter')[2]!, news(EXPLOSION_TEXTS, 'bluesky')[2]!];
    const events = [evidenceOf(twitter, 'twitter'), evidenceOf(bluesky, 'bluesky')];
    assert.ok(
      events.every((e) => e.Records.length === 1),
      'one evidence message each, of one partition',
    );
    const results = await Promise.all(events.map((e) => handle(e, localContext('AggregateFunction'))));
    assert.deepEqual(
      results.map((r) => r.batchItemFailures),
      [[], []],
      'neither message failed (it would have waited out a visibility timeout)',
    );
    assert.ok(
      outcomes.reduce((n, o) => n + o.stateConflicts, 0) >= 1,
      'the two invocations did race on shared state, and the loser redid its batch',
    );
    assert.deepEqual(
      outcomes.map((o) => o.applied + o.duplicates - o.evidence),
      [0, 0],
      'evidence = applied + duplicates',
    );
  } finally {
    await s.stop();
  }
});
