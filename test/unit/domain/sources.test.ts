import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { SEED_SOURCES, SourceRegistry } from '../../../functions/domain/sources';
import { FC_PARAMS } from './arbitraries';

test('the seeds are known, aliases resolve to their source, anything else is unknown with a readable reason', () => {
  const r = SourceRegistry.of();
  assert.deepEqual(
    SEED_SOURCES.map((s) => s.name),
    ['twitter', 'bluesky', 'mastodon'],
  );
  assert.equal(r.canonical('x'), 'twitter');
  assert.equal(r.canonical(' Twitter '), 'twitter');
  assert.equal(r.canonical('bsky'), 'bluesky');
  assert.equal(r.canonical('telegram'), undefined);
  assert.equal(r.resolve('Telegram'), 'telegram');
  assert.match(r.unknown('telegram'), /unknown source "telegram" \(known: bluesky, bsky, mastodon, twitter, x;/);
});

test('a stored entry that claims a taken name or alias is left out and reported; the first claim wins', () => {
  const at = '2026-05-01T00:00:00Z';
  const r = SourceRegistry.of([
    { name: 'telegram', aliases: ['tg'], addedAt: at, addedBy: 'op' },
    { name: 'x', aliases: [], addedAt: at, addedBy: 'op' },
    { name: 'tgram', aliases: ['tg'], addedAt: at, addedBy: 'op' },
  ]);
  assert.equal(r.canonical('tg'), 'telegram');
  assert.equal(r.canonical('x'), 'twitter');
  assert.equal(r.canonical('tgram'), undefined);
  assert.equal(r.conflicts.length, 2);
});

test('every name resolves to exactly one canonical source, which resolves to itself', () => {
  const name = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);
  fc.assert(
    fc.property(
      fc.array(fc.record({ name, aliases: fc.array(name, { maxLength: 3 }) }), { maxLength: 6 }),
      (entries) => {
        const r = SourceRegistry.of(entries.map((e) => ({ ...e, addedAt: '2026-05-01T00:00:00Z', addedBy: 'op' })));
        for (const n of r.known) {
          const c = r.canonical(n);
          assert.ok(c !== undefined && r.canonical(c) === c);
          assert.ok(r.entries.some((e) => e.name === c && (c === n || e.aliases.includes(n))));
        }
      },
    ),
    FC_PARAMS,
  );
});
