import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { Backoff } from '../../functions/connectors/backoff';
import { InMemoryCheckpointStore } from '../../functions/connectors/checkpoint';
import { resolveServers, startMastodon } from '../../functions/connectors/mastodon/connector';
import { SseParser } from '../../functions/connectors/mastodon/sse';
import { htmlToText, StatusSchema, statusToPost } from '../../functions/connectors/mastodon/status';
import {
  idMinusMs,
  MastodonServerSchema,
  resolveToken,
  timelineEndpoints,
} from '../../functions/connectors/mastodon/timelines';
import type { RunningConnector } from '../../functions/connectors/running';
import { InMemoryTombstoneStore } from '../../functions/connectors/tombstones';
import { PostSchema } from '../../functions/domain/post';
import { BREAKING_LYON, CHATTER, sleep, until } from './support/connector-fixtures';
import { MastodonServer } from './support/mastodon-server';
import { ScoringQueue } from './support/scoring-queue';

describe('Mastodon pieces', () => {
  test('SSE: events, multi-line data, comments, any line ending, split anywhere', () => {
    const stream =
      ':thump\r\nevent: update\r\ndata: {"a":\r\ndata: 1}\r\n\r\nevent: delete\ndata: 42\n\n:hb\rdata: plain\r\r\n';
    const want = [
      { event: 'update', data: '{"a":\n1}' },
      { event: 'delete', data: '42' },
      { event: 'message', data: 'plain' },
    ];
    assert.deepEqual(new SseParser().feed(stream), want);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: stream.length - 1 }), { maxLength: 6 }), (cuts) => {
        const p = new SseParser();
        const at = [...new Set(cuts)].sort((a, b) => a - b);
        const out = [];
        let prev = 0;
        for (const c of [...at, stream.length]) {
          out.push(...p.feed(stream.slice(prev, c)));
          prev = c;
        }
        assert.deepEqual(out, want);
      }),
    );
    const small = new SseParser(10);
    assert.deepEqual(small.feed(`data: ${'x'.repeat(50)}\n\ndata: ok\n\n`), [{ event: 'message', data: 'ok' }]);
    assert.equal(small.dropped, 1);
  });

  test('HTML content becomes plain text', () => {
    assert.equal(
      htmlToText(
        '<p>Explosion &amp; fire at <a href="x"><span>#Lyon</span></a></p><p>line2<br>line3 &#x1F525; &lt;3</p>',
      ),
      'Explosion & fire at #Lyon\n\nline2\nline3 🔥 <3',
    );
  });

  test('a status becomes a post: uri id, text, lang, user@host author; boosts, future posts and empty ones are skipped', () => {
    const base = {
      id: '113000000000000000',
      uri: 'https://a.example/users/ann/statuses/1',
      created_at: '2026-03-02T12:00:00.000Z',
      content: '<p>Fire downtown</p>',
      spoiler_text: '',
      language: 'en',
      visibility: 'public',
      in_reply_to_id: '99',
      account: { id: '1', acct: 'ann', followers_count: 5 },
      reblog: null,
    };
    const now = Date.parse('2026-03-02T12:00:05Z');
    const r = statusToPost(StatusSchema.parse(base), 'a.example', now);
    assert.deepEqual(r, {
      ok: true,
      post: {
        id: 'https://a.example/users/ann/statuses/1',
        text: 'Fire downtown',
        createdAt: '2026-03-02T12:00:00.000Z',
        source: 'mastodon',
        lang: 'en',
        author: { id: 'ann@a.example', handle: 'ann@a.example', followers: 5 },
        replyTo: 'a.example#99',
      },
    });
    assert.ok(r.ok && PostSchema.safeParse(r.post).success);
    assert.deepEqual(statusToPost(StatusSchema.parse({ ...base, reblog: base }), 'a.example', now), {
      ok: false,
      reason: 'reblog',
    });
    assert.deepEqual(
      statusToPost(StatusSchema.parse({ ...base, created_at: '2026-03-02T13:00:00Z' }), 'a.example', now),
      { ok: false, reason: 'future' },
    );
    assert.deepEqual(statusToPost(StatusSchema.parse({ ...base, content: '<p></p>' }), 'a.example', now), {
      ok: false,
      reason: 'no-text',
    });
    const cw = statusToPost(
      StatusSchema.parse({
        ...base,
        spoiler_text: 'CW: violence',
        account: { ...base.account, acct: 'bob@b.example' },
      }),
      'a.example',
      now,
    );
    assert.ok(cw.ok && cw.post.text === 'CW: violence\n\nFire downtown' && cw.post.author?.id === 'bob@b.example');
  });

  test('timelines, the overlap in id space, tokens', async () => {
    assert.deepEqual(timelineEndpoints('m.example', 'hashtag:local:séisme'), {
      stream: 'mastodon:m.example:hashtag:local:séisme',
      streamPath: '/api/v1/streaming/hashtag/local?tag=s%C3%A9isme',
      restPath: '/api/v1/timelines/tag/s%C3%A9isme?local=true',
    });
    assert.equal(timelineEndpoints('m.example', 'public:local').streamPath, '/api/v1/streaming/public/local');
    assert.equal(
      MastodonServerSchema.safeParse({ url: 'https://m.example', timelines: ['hashtag:a b'] }).success,
      false,
    );
    const id = ((BigInt(Date.parse('2026-03-02T12:00:00Z')) << 16n) | 7n).toString();
    assert.equal(Number(BigInt(idMinusMs(id, 60_000)) >> 16n), Date.parse('2026-03-02T11:59:00Z'));
    assert.equal(idMinusMs('5', 1000), '0');
    assert.equal(await resolveToken({ env: 'MT' }, undefined, { MT: ' abc\n' }), 'abc');
    await assert.rejects(resolveToken({ env: 'MISSING_TOKEN' }, undefined, {}), /MISSING_TOKEN is not set/);
    assert.equal(await resolveToken({ secret: 'arn:x' }, { get: async (x) => `v-${x}` }), 'v-arn:x');
  });
});

describe('Mastodon connector end to end', () => {
  test('killed connector, killed server (posts made meanwhile), malformed events, resets: every status counted once; the multilingual event alerts', async () => {
    const server = await new MastodonServer({ token: 'sekret', malformedEvery: 41, dropAfterEvents: 250 }).start();
    const queue = new ScoringQueue();
    const checkpoints = new InMemoryCheckpointStore();
    const tombstones = new InMemoryTombstoneStore();
    const servers = await resolveServers(
      [
        MastodonServerSchema.parse({
          url: server.url,
          timelines: ['public', 'hashtag:breaking'],
          token: { env: 'TEST_MASTODON_TOKEN' },
        }),
      ],
      undefined,
      { TEST_MASTODON_TOKEN: 'sekret' },
    );
    const start = (): RunningConnector =>
      startMastodon({
        servers,
        sink: queue,
        checkpoints,
        tombstones,
        overlapMs: 300,
        idleTimeoutMs: 1500,
        healthyAfterMs: 200,
        backoff: () => new Backoff({ baseMs: 20, maxMs: 200 }),
        limits: { maxWaitMs: 100, maxPosts: 40 },
      });
    const runs: RunningConnector[] = [start()];
    const published = new Map<string, string>();
    const deleted = new Set<string>();
    try {
      await until(
        'subscribed',
        () => server.requests.filter((r) => r.startsWith('/api/v1/streaming')).length >= 2,
        5000,
      );
      for (let i = 0, n = 0; i < 1500; i++) {
        const [lang, text] = CHATTER[i % CHATTER.length]!;
        const s = server.publish({
          text: `${text} ${i}`,
          lang,
          acct: i % 3 ? `u${i % 50}` : `r${i % 40}@remote.example`,
          tags: i % 4 === 0 ? ['breaking'] : [],
        });
        published.set(s.id, s.uri);
        if (i >= 600 && i < 600 + BREAKING_LYON.length * 20 && (i - 600) % 20 === 0) {
          const [bl, bt] = BREAKING_LYON[(i - 600) / 20]!;
          const b = server.publish({ text: bt, lang: bl, acct: `witness${i}@lyon.example`, tags: ['breaking'] });
          published.set(b.id, b.uri);
        }
        if (i % 30 === 29) {
          const victim = [...published.keys()].at(-3)!;
          server.delete(victim);
          deleted.add(published.get(victim)!);
        }
        if (i % 10 === 9) {
          n++;
          if (n === 40) runs.at(-1)!.kill();
          if (n === 45) runs.push(start());
          if (n === 80) await server.kill();
          if (n === 100) await server.restart();
          await sleep(15);
        }
      }
      const wanted = [...published.values()].filter((u) => !deleted.has(u));
      await until(
        'every status',
        () => {
          const got = new Set(queue.delivered);
          return wanted.every((id) => got.has(id));
        },
        30_000,
      );
      assert.equal(await runs.at(-1)!.stop(5000), true);
    } finally {
      for (const r of runs) r.kill();
      await server.kill();
    }
    const got = new Set(queue.delivered);
    const all = new Set(published.values());
    for (const id of got) assert.ok(all.has(id));
    assert.equal(queue.rejected, 0, JSON.stringify(queue.quarantined).slice(0, 300));
    // Evidence is counted once (a re-sent copy is a duplicate); a post that is no evidence leaves no
    // state, so a re-sent copy of it is scored again (docs/detector.md, "Redelivery dedupe").
    assert.equal(queue.scored + queue.duplicates, queue.delivered.length, 'every copy sent is scored or a duplicate');
    assert.ok(queue.scored >= got.size, 'every status was scored');
    assert.ok(queue.delivered.length > got.size, 'backfill overlaps and the two timelines re-sent posts');
    assert.ok(
      server.requests.some((r) => r.includes('min_id=')),
      'reconnects backfilled with min_id',
    );
    const tomb = [...tombstones.items.keys()];
    assert.ok(
      tomb.length > 0 && tomb.every((t) => deleted.has(t)),
      `tombstones for deleted statuses only (${tomb.length}/${deleted.size})`,
    );
    assert.ok(
      queue.alerts.some((a) => a.category === 'explosion' && a.location?.name.startsWith('Lyon')),
      JSON.stringify(queue.alerts.map((a) => a.title)),
    );
    assert.ok(runs.reduce((s, r) => s + r.stats.malformed, 0) > 0, 'malformed events skipped');
    assert.ok(runs.reduce((s, r) => s + r.stats.disconnects, 0) > 0);
  });

  test('a refused token: nothing read, the connector keeps retrying without crashing', async () => {
    const server = await new MastodonServer({ token: 'right' }).start();
    const queue = new ScoringQueue();
    const c = startMastodon({
      servers: [{ url: server.url, timelines: ['public'], token: 'wrong' }],
      sink: queue,
      checkpoints: new InMemoryCheckpointStore(),
      tombstones: new InMemoryTombstoneStore(),
      backoff: () => new Backoff({ baseMs: 10, maxMs: 30 }),
    });
    try {
      server.publish({ text: 'hello', acct: 'ann' });
      await until('retries', () => c.stats.disconnects >= 3, 5000);
    } finally {
      assert.equal(await c.stop(1000), true);
      await server.kill();
    }
    assert.equal(queue.delivered.length, 0);
  });
});
