/**
 * Quality gate on the real dev stream (../shared/data/streams/dev.jsonl.gz +
 * dev.truth.json): runs the in-process replay and fails on any missed target.
 * Skipped, with a message, when the data is absent (fresh clone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { replayFile } from '../../infra/cli/replay';
import { formatMetrics } from '../../tools/eval/report';
import { missedTargets } from '../../tools/eval/judge';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = resolve(repo, process.env.TOCSIN_DATA ?? '../shared/data');
const stream = resolve(dataDir, 'streams/dev.jsonl.gz');
const truth = resolve(dataDir, 'streams/dev.truth.json');
const present = existsSync(stream) && existsSync(truth);

test('dev stream quality targets', { skip: present ? false : `no dev data at ${dataDir}/streams (set TOCSIN_DATA): quality gate skipped` }, async () => {
  const r = await replayFile(stream, truth);
  assert.ok(r.metrics);
  console.log(formatMetrics(r.metrics));
  assert.ok(r.seconds < 30, `replay took ${r.seconds.toFixed(1)} s (limit 30 s)`);
  assert.deepEqual(missedTargets(r.metrics), []);
});

test('npm run train reproduces the committed model (features and model in step)', { skip: existsSync(resolve(dataDir, 'train/labeled.jsonl.gz')) ? false : `no training data at ${dataDir}/train: reproducibility check skipped` }, async () => {
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync, readFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const out = resolve(mkdtempSync(resolve(tmpdir(), 'tocsin-train-')), 'significance.json');
  execFileSync(process.execPath, ['--import', 'tsx', resolve(repo, 'infra/cli/train.ts'), '--data', dataDir, '--out', out], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
  assert.ok(readFileSync(out, 'utf8') === readFileSync(resolve(repo, 'models/significance.json'), 'utf8'), 'retraining gives byte-identical weights: run npm run train and commit models/');
});
