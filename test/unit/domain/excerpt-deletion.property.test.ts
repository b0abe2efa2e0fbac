/**
 * Deletion compliance of the stored excerpt, as a security property: for any
 * alerts (each quoting a post, with evidence) and any tombstones (of posts
 * and of whole accounts), no reader output contains the text of a post a
 * tombstone hides: the API (feed and detail), the SNS message (email and
 * JSON), and the webhook, Slack and Teams bodies. And the text of a post no
 * tombstone hides is still shown (the filter is not "hide everything").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { alertAsShown, alertToStore } from '../../../functions/commons/evidence';
import { InMemoryTombstoneStore } from '../../../functions/connectors/tombstones';
import type { Alert } from '../../../functions/domain/alert';
import { channelRequest } from '../../../functions/domain/channels/format';
import type { StoredAlert } from '../../../functions/domain/feed';
import { renderMessage } from '../../../functions/domain/message';
import { isDeleted } from '../../../functions/domain/tombstone';
import { apiOver, request } from '../api/fakes';
import { customer, alert as sample } from '../functions/fakes';

const did = fc.constantFrom('did:plc:aaa', 'did:plc:bbb', 'did:web:c.example');
const atPost = fc.tuple(did, fc.constantFrom('r1', 'r2', 'r3')).map(([d, r]) => `at://${d}/app.bsky.feed.post/${r}`);
const postId = fc.oneof(atPost, fc.constantFrom('101', '102', '103', 'https://m.example/@a/1'));
/** Tombstones of posts and of whole accounts. */
const deletedIds = fc.uniqueArray(
  fc.oneof(
    postId,
    did.map((d) => `at://${d}`),
  ),
  { maxLength: 6 },
);

const now = new Date('2026-05-01T12:00:00.000Z');
/** Each post's text is unique and says whose it is, so that finding it anywhere is finding a leak. */
const textOf = (id: string) => `Quoted words of ${id} «${id.length}»`;

const alertsArb = fc
  .uniqueArray(postId, { minLength: 1, maxLength: 5 })
  .chain((quoted) =>
    fc.tuple(
      fc.constant(quoted),
      fc.array(fc.subarray(quoted, { minLength: 1 }), { minLength: quoted.length, maxLength: quoted.length }),
    ),
  )
  .map(([quoted, evidence]) =>
    quoted.map(
      (id, i): StoredAlert => ({
        ...sample,
        alertId: `a${i}`,
        version: 1,
        sources: ['bluesky'],
        evidence: evidence[i] ?? [id],
        post: { id, source: 'bluesky', text: textOf(id), lang: 'en', handle: `h${i}` },
        storedAt: new Date(now.getTime() - 60_000 + i).toISOString(),
      }),
    ),
  );

async function readerOutputs(alerts: StoredAlert[], deleted: string[]): Promise<string[]> {
  const store = new InMemoryTombstoneStore();
  await store.put(deleted.map((id) => ({ id, source: 'bluesky', deletedAt: now.toISOString() })));
  const out: string[] = [];
  const desk = customer('desk', { sector: 'news_media' });
  const api = apiOver({ customers: [desk], policies: [], alerts, now, deleted });
  const key = api.keyOf.desk as string;
  out.push((await api.handler(request('GET /v1/alerts', { key }))).body);
  for (const a of alerts) {
    out.push((await api.handler(request('GET /v1/alerts/{alertId}', { key, alertId: a.alertId }))).body);
    const { storedAt: _, ...plain } = a;
    const shown: Alert = await alertAsShown(plain, store);
    out.push(renderMessage(shown, desk).message);
    const job = { alertId: a.alertId, version: a.version, customerId: 'desk', channelId: 'ch-1' };
    for (const kind of ['webhook', 'slack', 'teams'] as const)
      out.push(channelRequest({ kind, alert: shown, customer: desk, job, signingSecret: 's'.repeat(32), now }).body);
  }
  return out;
}

test('no reader shows the text of a post whose post or account has a tombstone; every other quoted text is shown', async () => {
  await fc.assert(
    fc.asyncProperty(alertsArb, deletedIds, async (alerts, deleted) => {
      const outputs = (await readerOutputs(alerts, deleted)).join('\n');
      const gone = new Set(deleted);
      for (const a of alerts) {
        const id = a.post?.id as string;
        // JSON escapes nothing in these texts but the guillemets stay as they are; search the raw text.
        const shown = outputs.includes(textOf(id));
        assert.equal(shown, !isDeleted(id, gone), `${id}: shown ${shown} with tombstones ${deleted.join(' ')}`);
      }
    }),
    { numRuns: 150 },
  );
});

test("the aggregate stores no excerpt of a post deleted already (its own tombstone or its account's); evidence ids stay as they are", async () => {
  const store = new InMemoryTombstoneStore();
  const id = 'at://did:plc:aaa/app.bsky.feed.post/r1';
  const quoting: Alert = {
    ...sample,
    evidence: [id, '101'],
    post: { id, source: 'bluesky', text: textOf(id), lang: 'en' },
  };
  assert.deepEqual(await alertToStore(quoting, store), quoting, 'no tombstone: stored whole');
  await store.put([{ id: 'at://did:plc:bbb', source: 'bluesky', deletedAt: now.toISOString() }]);
  assert.deepEqual(await alertToStore(quoting, store), quoting, "another account's tombstone changes nothing");
  for (const t of [id, 'at://did:plc:aaa']) {
    const s2 = new InMemoryTombstoneStore();
    await s2.put([{ id: t, source: 'bluesky', deletedAt: now.toISOString() }]);
    const stored = await alertToStore(quoting, s2);
    assert.equal(stored.post, undefined, t);
    assert.deepEqual(stored.evidence, quoting.evidence);
  }
});
