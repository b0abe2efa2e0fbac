/**
 * The in-memory and DynamoDB (DynamoDB Local) state stores produce identical
 * alerts on the same generated stream; the DynamoDB store detects concurrent
 * updates and survives a redelivered batch.
 */

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoEventStateStore } from '../../functions/adapters/dynamo-event-store';
import { ConcurrentUpdateError, createDetector, InMemoryEventStateStore } from '../../functions/domain/detector';
import { replayPosts } from '../../functions/domain/detector/replay';
import { TABLES } from '../../resources';
import { generateStream } from '../../tools/data/sample-stream';
import { type Emulators, LOCAL_CREDENTIALS, startEmulators } from '../../tools/local/emulators';
import { createTables } from '../../tools/local/resources';

describe('event state stores', () => {
  let emu: Emulators;
  let ddb: DynamoDBClient;
  before(async () => {
    emu = await startEmulators();
    ddb = new DynamoDBClient({ endpoint: emu.dynamoEndpoint, region: emu.region, credentials: LOCAL_CREDENTIALS });
    await createTables(ddb);
  });
  after(async () => {
    ddb?.destroy();
    await emu?.stop();
  });

  test('in-memory and DynamoDB stores give identical alerts on the same stream', async () => {
    const { posts } = generateStream({ seed: 11, durationMinutes: 150 });
    const mem = await replayPosts(posts, { store: new InMemoryEventStateStore() });
    const doc = DynamoDBDocumentClient.from(ddb);
    const dyn = await replayPosts(posts, {
      store: new DynamoEventStateStore({ client: doc, tableName: TABLES.events.id }),
    });
    assert.ok(mem.alerts.length > 0);
    assert.deepEqual(dyn.alerts, mem.alerts);
    assert.equal(dyn.duplicates, mem.duplicates);
  });

  test('DynamoDB store: conflicting writers get ConcurrentUpdateError; redelivery adds nothing', async () => {
    // Months after the previous test's stream: its state in the shared table is long idle.
    const { posts, truth } = generateStream({
      seed: 12,
      start: '2026-06-01T00:00:00.000Z',
      durationMinutes: 60,
      events: [{ category: 'explosion', city: 'Lyon', country: 'FR', lang: 'fr', atMinute: 5 }],
    });
    const tableName = TABLES.events.id;
    const store = new DynamoEventStateStore({ client: ddb, tableName });
    const a = createDetector({ store });
    const b = createDetector({ store });
    const eventPosts = posts.filter((p) => p.id in truth.postEvent);
    const batch = eventPosts.slice(0, 15);
    const ra = await a.processBatch(batch);
    const rb = await b.processBatch(batch);
    await ra.commit();
    await assert.rejects(rb.commit(), (e) => e instanceof ConcurrentUpdateError);
    const again = await a.processBatch(batch);
    assert.deepEqual(again.alerts, []);
    assert.ok(again.duplicates > 0);
    await again.commit();
  });
});
