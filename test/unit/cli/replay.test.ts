import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { scorePost } from '../../../functions/domain/detector';
import { replayFile } from '../../../tools/cli/replay';

/*
 * A post that is evidence is counted once: sent again, it is a duplicate. A
 * post that is no evidence leaves no state (stage 1 is stateless), so sent
 * again it is scored, and counted as scored, again.
 */
test('replay accounts for every line: posts in = scored + duplicates + rejected, with reasons', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'tocsin-replay-')), 'mini.jsonl');
  const chatter = { id: '1', text: 'hello', createdAt: '2026-01-01T00:00:00Z', source: 'x' };
  const report = {
    id: '3',
    text: 'BREAKING: huge explosion downtown, many injured, avoid the area',
    createdAt: '2026-01-01T00:00:01Z',
    source: 'x',
    author: { id: 'a1', followers: 50_000 },
  };
  assert.ok(scorePost(report).gated, 'the report is evidence');
  assert.ok(!scorePost(chatter).gated, 'the chatter is not');
  writeFileSync(
    file,
    [
      JSON.stringify(chatter),
      JSON.stringify(report),
      'not json',
      JSON.stringify({ id: '2', text: 'no time', source: 'x' }),
      JSON.stringify(chatter),
      JSON.stringify(report),
      '',
    ].join('\n'),
  );
  const r = await replayFile(file);
  assert.deepEqual(
    { scored: r.scored, duplicates: r.duplicates, rejected: r.invalid },
    { scored: 3, duplicates: 1, rejected: 2 },
  );
  assert.deepEqual([...r.rejected.keys()].sort(), [
    'createdAt: Invalid input: expected string, received undefined',
    'not JSON',
  ]);
});
