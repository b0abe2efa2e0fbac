/**
 * Output-equivalence check for speed work on scorePost: one line per post of
 * each stream (id, then a SHA-1 of the post's ScoredPost as JSON with its
 * Float32Array spelled out), so that a tree before and after a change can be
 * compared with `diff` and a difference names the post.
 *
 *   node --import tsx bench/score-digest.ts --out DIR [dev dev-heavy cv]
 *
 * Posts are cut into ingest messages and parsed as the benchmarks do, so each
 * stream's post list is the one the detector scores.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultModel, scorePost } from '../functions/domain/detector';
import { parseIngestMessage } from '../functions/domain/ingest';
import { readJsonl } from '../tools/data/jsonl';
import { toBatches } from '../tools/local/send';
import { devStreamPath, POSTS_PER_MESSAGE } from './common';

const STREAMS: Record<string, string> = {
  dev: 'dev.jsonl.gz',
  'dev-heavy': 'dev-heavy.jsonl.gz',
  cv: 'cv/cv.jsonl.gz',
};

const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
if (!values.out) throw new Error('--out DIR is required');
mkdirSync(values.out, { recursive: true });
const dir = resolve(devStreamPath(), '..');
const model = defaultModel();
const replacer = (_k: string, v: unknown): unknown => (v instanceof Float32Array ? Array.from(v) : v);

for (const name of positionals.length ? positionals : Object.keys(STREAMS)) {
  const file = STREAMS[name];
  if (!file) throw new Error(`unknown stream ${name}`);
  const raw: unknown[] = [];
  for await (const l of readJsonl(join(dir, file))) if (!l.error) raw.push(l.value);
  const lines: string[] = [];
  const all = createHash('sha1');
  for (const body of toBatches(raw as { source?: unknown }[], POSTS_PER_MESSAGE, 'digest')) {
    const parsed = parseIngestMessage(body);
    if (!parsed.ok) throw new Error(`${name}: not a post batch: ${parsed.field}: ${parsed.reason}`);
    for (const p of parsed.posts) {
      const json = JSON.stringify(scorePost(p, model), replacer);
      all.update(json);
      lines.push(`${p.id} ${createHash('sha1').update(json).digest('hex')}`);
    }
  }
  writeFileSync(join(values.out, `${name}.digest`), `${lines.join('\n')}\n`);
  console.log(`${name}: ${lines.length} posts, ${all.digest('hex')}`);
}
