/**
 * The Bluesky connector on the local pipeline (DynamoDB Local, fauxqs, the
 * real handlers): a local Jetstream server -> connector (SQS sink, DynamoDB
 * checkpoints, tombstones and lease, as the Lambda wires them) -> ingest
 * queue -> score -> alerts -> a customer, driven by the Lambda's own handler.
 * Two shifts in a row under the lease: the second resumes from the first
 * one's checkpoint in DynamoDB.
 */

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DynamoCheckpointStore, DynamoLeaseStore } from '../../functions/adapters/dynamo-connector-state';
import { DynamoTombstoneStore } from '../../functions/adapters/dynamo-tombstones';
import { createBlueskyHandler } from '../../functions/bluesky-connector/handler';
import { loadConfig } from '../../functions/commons/config';
import { postUri, STREAM } from '../../functions/connectors/jetstream/mapping';
import { timelineEndpoints } from '../../functions/connectors/mastodon/timelines';
import { createMastodonHandler } from '../../functions/mastodon-connector/handler';
import { TABLES } from '../../resources';
import { fakeTelemetry } from '../unit/functions/fakes';
import { BREAKING_LYON, sleep } from './support/connector-fixtures';

/** Another event than the Bluesky test's (same stack): Lyon's posts again would only join its alert, and a new
 * source joining an event is no material change, so no new version would reach the desk. */
const BREAKING_MARSEILLE = BREAKING_LYON.map(([lang, text]) => [lang, text.replace('Lyon', 'Marseille')] as const);

import { didOf, JetstreamServer, postCreate, postDelete } from './support/jetstream-server';
import { activeContract, everything, startTestStack, type TestStack } from './support/local-stack';
import { MastodonServer } from './support/mastodon-server';

describe('Connector Lambdas (Bluesky, Mastodon) on the local pipeline', { timeout: 240_000 }, () => {
  let s: TestStack;
  let server: JetstreamServer;
  before(async () => {
    s = await startTestStack();
    await s.addCustomer({
      id: 'desk',
      name: 'Desk',
      sector: 'news_media',
      contract: activeContract,
      entitlements: everything,
    });
    server = await new JetstreamServer({ malformedEvery: 29 }).start();
  });
  after(async () => {
    await server?.kill();
    await s?.stop();
  });

  test('two shifts under the lease: every post scored, checkpoint and tombstones in DynamoDB, the multilingual event delivered', async () => {
    const doc = s.env.clients.doc;
    const checkpoints = new DynamoCheckpointStore(doc, TABLES.connectorState.id);
    const tombstones = new DynamoTombstoneStore(doc, TABLES.tombstones.id);
    const lease = new DynamoLeaseStore(doc, TABLES.connectorState.id);
    // The Lambda's own handler, its variables as the stack sets them, shifts shortened to seconds.
    const config = loadConfig('blueskyConnector', {
      ...s.env.environmentOf('blueskyConnector'),
      CONNECTOR_SHIFT_SECONDS: '2',
      CONNECTOR_HANDOVER_WAIT_SECONDS: '10',
    });
    const t = fakeTelemetry();
    const handler = createBlueskyHandler(config, t.telemetry, s.env.clients, [server.url]);
    const shift = (owner: string) => handler({}, { awsRequestId: owner, getRemainingTimeInMillis: () => 900_000 });
    const created: string[] = [];
    const first = shift('first');
    // No checkpoint yet: the first shift starts live, so publish once it listens.
    while (server.connections.length === 0) await sleep(10);
    const publisher = (async () => {
      for (let i = 0; i < 240; i++) {
        const did = didOf(i % 50);
        const isBreaking = i >= 100 && i < 100 + BREAKING_LYON.length * 10 && (i - 100) % 10 === 0;
        const [lang, text] = isBreaking ? BREAKING_LYON[(i - 100) / 10]! : ['en', `Just a normal day, post ${i}`];
        const author = isBreaking ? didOf(900 + i) : did;
        server.publish([postCreate(author, `r${i}`, text, { langs: [lang] })]);
        created.push(postUri(author, `r${i}`));
        if (i === 60) server.publish([postDelete(didOf(10), 'r10')]);
        if (i % 4 === 3) await sleep(12);
      }
    })();
    await sleep(300);
    const second = shift('second');
    const [a, b] = await Promise.all([first, second]);
    await publisher;
    assert.ok(
      'flushed' in a && 'flushed' in b && a.flushed && b.flushed && !a.lostLease && !b.lostLease,
      JSON.stringify([a, b]),
    );
    assert.ok(b.startedAt >= a.endedAt, `one reader at a time: ${a.endedAt} -> ${b.startedAt}`);
    assert.ok((t.metrics.ConnectorPosts ?? 0) >= created.length, `metrics published: ${JSON.stringify(t.metrics)}`);
    await s.pipeline.waitIdle(60_000);

    const outcomes = s.outcomes.filter((o) => o.valid);
    const scored = outcomes.reduce((n, o) => n + o.scored, 0);
    const wanted = created.filter((id) => id !== postUri(didOf(10), 'r10'));
    assert.equal(
      outcomes.reduce((n, o) => n + o.rejected, 0),
      0,
    );
    // Every post scored (the deleted one may have been before its deletion arrived). Stage 1 scores
    // every copy it is given (stateless); a re-read post that is evidence is counted once by stage 2
    // (a duplicate), one that is no evidence leaves no state (docs/detector.md, "Redelivery dedupe").
    assert.ok(scored >= wanted.length, `scored ${scored} of ${wanted.length} created (+1 deleted)`);
    assert.ok(
      scored <= (t.metrics.ConnectorPosts ?? 0),
      `scored ${scored}: at most the ${t.metrics.ConnectorPosts} copies sent`,
    );
    // The second shift resumed from the first one's checkpoint minus the overlap, so it re-read
    // posts the first had sent (stage 2 recognises the evidence among them).
    const resumed = server.connections.at(-1)?.cursor;
    assert.ok(
      resumed !== null && resumed !== undefined && resumed <= server.log.at(-1)!.time_us,
      `the second shift resumed from a checkpoint inside what was read: ${JSON.stringify(server.connections)}`,
    );
    const cp = await checkpoints.load(STREAM);
    assert.equal(cp?.cursor, String(server.log.at(-1)!.time_us), 'checkpoint at the last event');
    assert.deepEqual(
      [...(await tombstones.deletedAmong([postUri(didOf(10), 'r10'), postUri(didOf(11), 'r11')])).keys()],
      [postUri(didOf(10), 'r10')],
    );
    assert.equal(await lease.read('bluesky'), undefined, 'lease released');
    assert.equal(
      await checkpoints.save(STREAM, '5', new Date().toISOString()),
      false,
      'a stale writer cannot rewind the checkpoint',
    );
    await sleep(500);
    const got = await s.received('desk');
    const alerts = got.map(
      (d) => d as unknown as { category: string; title: string; location: { name: string } | null },
    );
    assert.ok(
      alerts.some((a) => a.category === 'explosion' && a.location?.name.startsWith('Lyon')),
      JSON.stringify(alerts.map((a) => a.title)),
    );
  });
  test('Mastodon: a shift with its token from the secret reader reads the configured timeline into the pipeline, resumes from its checkpoint, and the event is delivered', async () => {
    const server = await new MastodonServer({ token: 'sekret' }).start();
    try {
      const config = loadConfig('mastodonConnector', {
        ...s.env.environmentOf('mastodonConnector'),
        CONNECTOR_SHIFT_SECONDS: '2',
        CONNECTOR_HANDOVER_WAIT_SECONDS: '10',
      });
      const secretsRead: string[] = [];
      const secrets = {
        get: async (id: string) => {
          secretsRead.push(id);
          if (id !== 'tocsin/mastodon') throw new Error(`no secret ${id}`);
          return 'sekret\n';
        },
      };
      const servers = [{ url: server.url, timelines: ['public'], token: { secret: 'tocsin/mastodon' } }];
      const t = fakeTelemetry();
      const handler = createMastodonHandler(config, servers, t.telemetry, s.env.clients, secrets);
      const shift = (owner: string) => handler({}, { awsRequestId: owner, getRemainingTimeInMillis: () => 900_000 });
      const before = s.outcomes.filter((o) => o.valid).reduce((n, o) => n + o.scored, 0);
      const first = shift('m1');
      const published: string[] = [];
      const publish = async (from: number, to: number) => {
        for (let i = from; i < to; i++) {
          const breaking = i >= 20 && i < 20 + BREAKING_MARSEILLE.length * 5 && (i - 20) % 5 === 0;
          const [lang, text] = breaking
            ? BREAKING_MARSEILLE[(i - 20) / 5]!
            : ['en', `Quiet afternoon on the fediverse, toot ${i}`];
          published.push(
            server.publish({ text, lang, acct: breaking ? `witness${i}@lyon.example` : `user${i % 7}` }).id,
          );
          if (i % 5 === 4) await sleep(20);
        }
      };
      await sleep(500); // the first shift subscribes, with no checkpoint yet
      await publish(0, 30);
      const a = await first;
      // Posts published between shifts are backfilled by the next one from the checkpoint.
      await publish(30, 60);
      const b = await shift('m2');
      assert.ok('flushed' in a && a.flushed && 'flushed' in b && b.flushed, JSON.stringify([a, b]));
      assert.deepEqual([...new Set(secretsRead)], ['tocsin/mastodon'], 'the token came from the named secret');
      await s.pipeline.waitIdle(60_000);
      const scored = s.outcomes.filter((o) => o.valid).reduce((n, o) => n + o.scored, 0) - before;
      assert.ok(scored >= published.length, `scored ${scored} of ${published.length} published`);
      const cp = await new DynamoCheckpointStore(s.env.clients.doc, TABLES.connectorState.id).load(
        timelineEndpoints(server.host, 'public').stream,
      );
      assert.equal(cp?.cursor, published.at(-1), 'checkpoint at the last status read');
      assert.equal(await new DynamoLeaseStore(s.env.clients.doc, TABLES.connectorState.id).read('mastodon'), undefined);
      await sleep(500);
      const got = (await s.received('desk')) as unknown as {
        category: string;
        sources: string[];
        location: { name: string } | null;
      }[];
      assert.ok(
        got.some(
          (x) =>
            x.category === 'explosion' && x.sources.includes('mastodon') && x.location?.name.startsWith('Marseille'),
        ),
        JSON.stringify(got.map((x) => [x.category, x.sources, x.location?.name])),
      );
    } finally {
      await server.kill();
    }
  });

  test('Mastodon: no servers configured, the tick leaves at once (the stack does not schedule it then)', async () => {
    const config = loadConfig('mastodonConnector', s.env.environmentOf('mastodonConnector'));
    const handler = createMastodonHandler(config, [], fakeTelemetry().telemetry, s.env.clients, {
      get: () => Promise.reject(new Error('not read')),
    });
    assert.deepEqual(await handler({}, { awsRequestId: 'idle', getRemainingTimeInMillis: () => 900_000 }), {
      ran: false,
      reason: 'no Mastodon servers configured',
    });
  });
});
