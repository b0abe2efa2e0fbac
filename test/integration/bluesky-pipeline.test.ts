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
import { TABLES } from '../../resources';
import { fakeTelemetry } from '../unit/functions/fakes';
import { BREAKING_LYON, sleep } from './support/connector-fixtures';
import { didOf, JetstreamServer, postCreate, postDelete } from './support/jetstream-server';
import { activeContract, everything, startTestStack, type TestStack } from './support/local-stack';

describe('Bluesky connector on the local pipeline', { timeout: 180_000 }, () => {
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
});
