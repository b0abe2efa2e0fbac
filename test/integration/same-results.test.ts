/**
 * Same results (issue 11): a stream replayed through the two stages as the
 * Lambdas run them (stage 1 scoreMessages over every message first, as when it
 * runs far ahead, in invocations of INGEST.batchSize messages whose evidence
 * is packed per partition; the evidence over the evidence queue's wire format; stage 2
 * per partition, up to 10 messages per state load and commit) raises exactly
 * the alerts of the single-stage detector in process (createDetector, one
 * message at a time, load and commit around each). On the generated stream
 * always; on the dev streams when ../shared/data (or TOCSIN_DATA) is there.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import type { Alert } from '../../functions/domain/alert';
import { createDetector, InMemoryEventStateStore } from '../../functions/domain/detector';
import { admitPosts, parseIngestMessage } from '../../functions/domain/ingest';
import type { Post } from '../../functions/domain/post';
import { SourceRegistry } from '../../functions/domain/sources';
import { scoreMessages } from '../../functions/score/score-message';
import { INGEST } from '../../resources';
import { REPO_ROOT } from '../../resources/repo';
import { readPosts } from '../../tools/data/post-file';
import { generateStream } from '../../tools/data/sample-stream';
import { inProcessStages } from '../../tools/local/in-process-stages';
import { toBatches } from '../../tools/local/send';

const DATA = process.env.TOCSIN_DATA ?? resolve(REPO_ROOT, '../shared/data');

/** Messages of 100 posts, one source each, and each message's ingest clock: the newest createdAt sent so far (a replay's clock). */
function messages(posts: Post[]): { body: string; batchId: string; now: Date }[] {
  let newest = 0;
  return [...toBatches(posts, 100, 'same')].map((body) => {
    const m = JSON.parse(body) as { batchId: string; posts: Post[] };
    for (const p of m.posts) newest = Math.max(newest, Date.parse(p.createdAt));
    return { body, batchId: m.batchId, now: new Date(newest) };
  });
}

const key = (a: Alert) => `${a.alertId}#${String(a.version).padStart(4, '0')}`;
const sorted = (alerts: Alert[]) => [...alerts].sort((a, b) => key(a).localeCompare(key(b)));

async function singleStage(ms: ReturnType<typeof messages>): Promise<Alert[]> {
  const detector = createDetector({ store: new InMemoryEventStateStore() });
  const registry = SourceRegistry.of();
  const alerts: Alert[] = [];
  for (const m of ms) {
    const parsed = parseIngestMessage(m.body);
    if (!parsed.ok) continue;
    const admitted = admitPosts(parsed, registry, m.now);
    if (!admitted.ok) continue;
    const r = await detector.processBatch(admitted.posts, { now: m.now.getTime(), batchId: parsed.batchId });
    alerts.push(...r.alerts);
    await r.commit();
  }
  return alerts;
}

async function twoStages(ms: ReturnType<typeof messages>) {
  const clocks = new Map(ms.map((m) => [m.batchId, m.now]));
  const s = inProcessStages({ deferred: true, clock: (batchId) => clocks.get(batchId) ?? new Date(0) });
  for (let i = 0; i < ms.length; i += INGEST.batchSize)
    for (const r of await scoreMessages(
      ms.slice(i, i + INGEST.batchSize).map((m, j) => ({ body: m.body, messageId: `m${i + j}` })),
      s.deps,
    )) {
      assert.ok(r.ok);
      s.record(r.outcome);
    }
  await s.flush();
  return s;
}

async function check(posts: Post[], label: string): Promise<void> {
  const ms = messages(posts);
  const single = sorted(await singleStage(ms));
  const split = await twoStages(ms);
  assert.ok(single.length > 0, `${label}: the stream raises alerts`);
  assert.ok(
    split.stage2.some((o) => o.messageIds.length > 1),
    `${label}: stage 2 applied several messages per state load and commit`,
  );
  assert.equal(
    split.stage1.reduce((n, o) => n + o.postsIn, 0),
    posts.length,
    `${label}: every post in`,
  );
  assert.deepEqual(
    sorted(split.alerts).map(key),
    single.map(key),
    `${label}: the same alert versions (${split.alerts.length} vs ${single.length})`,
  );
  assert.deepEqual(sorted(split.alerts), single, `${label}: the same alerts, field for field`);
}

describe('same results: two stages vs the in-process detector', { timeout: 600_000 }, () => {
  test('the generated sample stream', async () => {
    await check(generateStream({ seed: 42 }).posts, 'generated');
  });

  for (const name of ['dev', 'dev-heavy']) {
    const file = join(DATA, 'streams', `${name}.jsonl.gz`);
    test(`the ${name} stream`, { skip: existsSync(file) ? false : `no ${file}` }, async () => {
      await check((await readPosts(file)).posts, name);
    });
  }
});
