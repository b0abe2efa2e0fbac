import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CachedSourceRegistry } from '../../../functions/adapters/source-registry-cache';
import type { SourceEntry } from '../../../functions/domain/sources';

test('the score stage reads the registry at most once per TTL, and sees an added source within it', async () => {
  let now = 0;
  let reads = 0;
  const stored: SourceEntry[] = [];
  const cache = new CachedSourceRegistry(
    async () => {
      reads++;
      return [...stored];
    },
    60_000,
    () => now,
  );
  for (let i = 0; i < 100; i++) await cache.current();
  assert.equal(reads, 1, 'one read for 100 messages');
  stored.push({ name: 'telegram', aliases: [], addedAt: '2026-05-01T00:00:00Z', addedBy: 'op' });
  now = 59_999;
  assert.equal((await cache.current()).canonical('telegram'), undefined, 'not yet: within the TTL');
  now = 60_000;
  assert.equal((await cache.current()).canonical('telegram'), 'telegram', 'at the TTL bound');
  assert.equal(reads, 2);
});

test('a failed read is not kept: the next message reads again', async () => {
  let fail = true;
  const cache = new CachedSourceRegistry(async () => {
    if (fail) throw new Error('throttled');
    return [];
  }, 60_000);
  await assert.rejects(cache.current(), /throttled/);
  fail = false;
  assert.equal((await cache.current()).canonical('x'), 'twitter');
});
