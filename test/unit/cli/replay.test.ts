import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { replayFile } from '../../../tools/cli/replay';

test('replay accounts for every line: posts in = scored + duplicates + rejected, with reasons', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'tocsin-replay-')), 'mini.jsonl');
  const post = { id: '1', text: 'hello', createdAt: '2026-01-01T00:00:00Z', source: 'x' };
  writeFileSync(
    file,
    [
      JSON.stringify(post),
      'not json',
      JSON.stringify({ id: '2', text: 'no time', source: 'x' }),
      JSON.stringify(post),
      '',
    ].join('\n'),
  );
  const r = await replayFile(file);
  assert.deepEqual(
    { scored: r.scored, duplicates: r.duplicates, rejected: r.invalid },
    { scored: 1, duplicates: 1, rejected: 2 },
  );
  assert.deepEqual([...r.rejected.keys()].sort(), [
    'createdAt: Invalid input: expected string, received undefined',
    'not JSON',
  ]);
});
