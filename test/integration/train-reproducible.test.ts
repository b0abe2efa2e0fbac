/**
 * `npm run train` on the labelled posts (../shared/data/train) reproduces the
 * committed model byte for byte, so features and model stay in step. Here
 * rather than with the unit tests: it runs the training CLI over 155k posts.
 * Skipped, with a message, when the data is absent (fresh clone).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../../resources/repo';
import { dataDir as dataDirOf } from '../../tools/data/data-dir';

const dataDir = dataDirOf();

test('npm run train reproduces the committed model (features and model in step)', {
  skip: existsSync(resolve(dataDir, 'train/labeled.jsonl.gz'))
    ? false
    : `no training data at ${dataDir}/train: reproducibility check skipped`,
}, () => {
  const out = resolve(mkdtempSync(resolve(tmpdir(), 'tocsin-train-')), 'significance.json');
  execFileSync(
    process.execPath,
    ['--import', 'tsx', resolve(REPO_ROOT, 'tools/cli/train.ts'), '--data', dataDir, '--out', out],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  assert.ok(
    readFileSync(out, 'utf8') === readFileSync(resolve(REPO_ROOT, 'models/significance.json'), 'utf8'),
    'retraining gives byte-identical weights: run npm run train and commit models/',
  );
});
