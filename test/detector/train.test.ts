/**
 * Retraining reproduces the committed model byte for byte (features and
 * model in step). Skipped, with a message, when the training data is absent
 * (fresh clone). The detector's quality on the real streams is gated by
 * quality.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { dataDir, repoRoot } from '../../tools/data/data-dir';

const dir = dataDir();

test('npm run train reproduces the committed model (features and model in step)', { skip: existsSync(resolve(dir, 'train/labeled.jsonl.gz')) ? false : `no training data at ${dir}/train: reproducibility check skipped` }, () => {
  const out = resolve(mkdtempSync(resolve(tmpdir(), 'tocsin-train-')), 'significance.json');
  execFileSync(process.execPath, ['--import', 'tsx', resolve(repoRoot, 'infra/cli/train.ts'), '--data', dir, '--out', out], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  assert.ok(readFileSync(out, 'utf8') === readFileSync(resolve(repoRoot, 'models/significance.json'), 'utf8'), 'retraining gives byte-identical weights: run npm run train and commit models/');
});
