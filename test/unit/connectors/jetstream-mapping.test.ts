import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { type Frame, parseFrame } from '../../../functions/connectors/jetstream/frames';
import { CREATED_AT_RULE, mapFrame, STREAM } from '../../../functions/connectors/jetstream/mapping';
import { subscribeUrl } from '../../../functions/connectors/jetstream/reader';
import { Lru } from '../../../functions/connectors/lru';
import { PostSchema } from '../../../functions/domain/post';
import { isDeleted } from '../../../functions/domain/tombstone';
import { account, didOf, identity, like, postCreate, postDelete } from '../../integration/support/jetstream-server';

const T = Date.parse('2026-03-02T12:00:00.000Z');
const frame = (e: object, timeUs = T * 1000): Frame => {
  const p = parseFrame(JSON.stringify({ ...e, time_us: timeUs }));
  assert.equal(p.ok, true, JSON.stringify(p));
  return (p as { frame: Frame }).frame;
};
const handles = () => new Lru<string, string>(100);

describe('Jetstream mapping', () => {
  test('a post create becomes a Tocsin post: at:// id, text, lang, DID author, createdAt from the record', () => {
    const did = didOf(1);
    const item = mapFrame(
      frame(
        postCreate(did, '3kabc', 'Explosion downtown', { langs: ['fr', 'en'], createdAt: '2026-03-02T11:59:58.500Z' }),
      ),
      handles(),
    );
    assert.equal(item.kind, 'post');
    if (item.kind !== 'post') return;
    assert.deepEqual(item.post, {
      id: `at://${did}/app.bsky.feed.post/3kabc`,
      text: 'Explosion downtown',
      createdAt: '2026-03-02T11:59:58.500Z',
      source: 'bluesky',
      lang: 'fr',
      author: { id: did },
    });
    assert.deepEqual(item.at, { stream: STREAM, cursor: String(T * 1000) });
    PostSchema.parse(item.post);
  });

  test('the handle comes from identity events, in a bounded cache', () => {
    const h = new Lru<string, string>(2);
    for (let i = 1; i <= 3; i++)
      assert.equal(mapFrame(frame(identity(didOf(i), `user${i}.bsky.social`, i)), h).kind, 'skip');
    const post = (i: number) =>
      mapFrame(frame(postCreate(didOf(i), `r${i}`, 'hello', { createdAt: new Date(T).toISOString() })), h);
    const p3 = post(3);
    const p1 = post(1);
    assert.equal(p3.kind === 'post' && p3.post.author?.handle, 'user3.bsky.social');
    assert.equal(p1.kind === 'post' && p1.post.author?.handle, undefined, 'evicted: the cache holds 2');
    assert.equal(h.size, 2);
  });

  test('replies and quotes are marked with the ids of the posts they answer and quote', () => {
    const parent = `at://${didOf(9)}/app.bsky.feed.post/3parent`;
    const quoted = `at://${didOf(8)}/app.bsky.feed.post/3quoted`;
    const r = mapFrame(
      frame(
        postCreate(didOf(1), 'r1', 'me too', { replyTo: parent, quote: quoted, createdAt: new Date(T).toISOString() }),
      ),
      handles(),
    );
    assert.equal(r.kind, 'post');
    if (r.kind === 'post') {
      assert.equal(r.post.replyTo, parent);
      assert.equal(r.post.quoteOf, quoted);
    }
    const media = frame({
      did: didOf(2),
      kind: 'commit',
      commit: {
        rev: 'r',
        operation: 'create',
        collection: 'app.bsky.feed.post',
        rkey: 'm',
        record: {
          text: 'look',
          createdAt: new Date(T).toISOString(),
          embed: { $type: 'app.bsky.embed.recordWithMedia', record: { record: { uri: quoted } } },
        },
      },
    });
    const m = mapFrame(media, handles());
    assert.equal(m.kind === 'post' && m.post.quoteOf, quoted);
  });

  test('createdAt rule: kept within [time_us - 1 h, time_us + 10 min], else skipped; unreadable: time_us', () => {
    const at = (createdAt: string) => mapFrame(frame(postCreate(didOf(1), 'r', 'x', { createdAt })), handles());
    const iso = (ms: number) => new Date(T + ms).toISOString();
    assert.equal(at(iso(CREATED_AT_RULE.maxAheadMs)).kind, 'post');
    assert.deepEqual(at(iso(CREATED_AT_RULE.maxAheadMs + 1)), {
      kind: 'skip',
      reason: 'future',
      at: { stream: STREAM, cursor: String(T * 1000) },
      seenAtMs: T,
    });
    assert.equal(at(iso(-CREATED_AT_RULE.maxBehindMs)).kind, 'post');
    const old = at('2019-01-01T00:00:00Z');
    assert.equal(old.kind === 'skip' && old.reason, 'backdated');
    const bad = at('last tuesday');
    assert.equal(bad.kind === 'post' && bad.post.createdAt, new Date(T).toISOString());
    const offset = at('2026-03-02T13:59:00+02:00');
    assert.equal(offset.kind === 'post' && offset.post.createdAt, '2026-03-02T11:59:00.000Z');
  });

  test('property: the same record seen at another time_us (another instance, a replay) maps to the same post, or is skipped', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2 * 3600_000, max: 2 * 3600_000 }),
        fc.integer({ min: -60_000_000, max: 60_000_000 }),
        (skewMs, shiftUs) => {
          const e = postCreate(didOf(3), 'k', 'same', { createdAt: new Date(T + skewMs).toISOString() });
          const a = mapFrame(frame(e, T * 1000), handles());
          const b = mapFrame(frame(e, T * 1000 + shiftUs), handles());
          if (a.kind === 'post' && b.kind === 'post') assert.deepEqual(a.post, b.post);
          else for (const x of [a, b]) assert.ok(x.kind === 'skip' || x.kind === 'post');
        },
      ),
      { numRuns: 300 },
    );
  });

  test('a post delete is a tombstone for the id its create had; updates and other collections are skipped', () => {
    const did = didOf(4);
    const created = mapFrame(
      frame(postCreate(did, '3kdel', 'oops', { createdAt: new Date(T).toISOString() })),
      handles(),
    );
    const deleted = mapFrame(frame(postDelete(did, '3kdel')), handles());
    assert.equal(deleted.kind, 'delete');
    if (deleted.kind === 'delete' && created.kind === 'post') {
      assert.equal(deleted.tombstone.id, created.post.id);
      assert.equal(deleted.tombstone.source, 'bluesky');
    }
    const upd = frame({
      did,
      kind: 'commit',
      commit: {
        rev: 'r',
        operation: 'update',
        collection: 'app.bsky.feed.post',
        rkey: '3kdel',
        record: { text: 'edited', createdAt: new Date(T).toISOString() },
      },
    });
    assert.equal((mapFrame(upd, handles()) as { reason?: string }).reason, 'update');
    assert.equal(
      (mapFrame(frame(like(did, 'l1', 'at://x/app.bsky.feed.post/y')), handles()) as { reason?: string }).reason,
      'collection',
    );
  });

  test('an account deleted or taken down tombstones its whole repository; deactivation does not', () => {
    const did = didOf(5);
    const gone = mapFrame(frame(account(did, false, 1, 'deleted')), handles());
    assert.equal(gone.kind, 'delete');
    if (gone.kind === 'delete') {
      assert.equal(gone.tombstone.id, `at://${did}`);
      assert.ok(isDeleted(`at://${did}/app.bsky.feed.post/anything`, new Set([gone.tombstone.id])));
      assert.ok(!isDeleted(`at://${didOf(6)}/app.bsky.feed.post/anything`, new Set([gone.tombstone.id])));
    }
    assert.equal(mapFrame(frame(account(did, false, 2, 'takendown')), handles()).kind, 'delete');
    assert.equal(mapFrame(frame(account(did, false, 3, 'deactivated')), handles()).kind, 'skip');
    assert.equal(mapFrame(frame(account(did, true, 4)), handles()).kind, 'skip');
  });

  test('a did:web repository with a long name gets a bounded id, the same for its create and its delete', () => {
    const did = `did:web:${'a'.repeat(150)}.example`;
    const c = mapFrame(frame(postCreate(did, 'r', 'hi', { createdAt: new Date(T).toISOString() })), handles());
    const d = mapFrame(frame(postDelete(did, 'r')), handles());
    assert.ok(c.kind === 'post' && c.post.id.length <= 128 && PostSchema.safeParse(c.post).success);
    assert.ok(d.kind === 'delete' && c.kind === 'post' && d.tombstone.id === c.post.id);
  });

  test('posts without text are skipped; a record failing its schema is skipped as malformed', () => {
    const empty = mapFrame(
      frame(postCreate(didOf(1), 'e', '   ', { createdAt: new Date(T).toISOString() })),
      handles(),
    );
    assert.equal(empty.kind === 'skip' && empty.reason, 'no-text');
    const bad = frame({
      did: didOf(1),
      kind: 'commit',
      commit: { rev: 'r', operation: 'create', collection: 'app.bsky.feed.post', rkey: 'b', record: { text: 42 } },
    });
    assert.equal((mapFrame(bad, handles()) as { reason?: string }).reason, 'malformed');
  });

  test('parseFrame never throws, and says why a frame is refused', () => {
    assert.match(String((parseFrame('{oops') as { reason: string }).reason), /not JSON/);
    assert.match(
      String((parseFrame('{"kind":"commit","did":"did:plc:abcdefgh","time_us":-4}') as { reason: string }).reason),
      /time_us/,
    );
    assert.equal(parseFrame('{"kind":"heartbeat","payload":""}').ok, 'ignored');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ kind: 'commit', did: didOf(1), time_us: 5, commit: v })),
        ),
        (s) => {
          const p = parseFrame(s);
          assert.ok(p.ok === true || p.ok === false || p.ok === 'ignored');
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('the subscribe URL asks for posts only, from a cursor when there is one', () => {
    assert.equal(
      subscribeUrl('wss://j.example/subscribe', undefined),
      'wss://j.example/subscribe?wantedCollections=app.bsky.feed.post',
    );
    assert.equal(
      subscribeUrl('wss://j.example/subscribe?cursor=1', 1725911162329308),
      'wss://j.example/subscribe?wantedCollections=app.bsky.feed.post&cursor=1725911162329308',
    );
  });
});
