/**
 * Quality gate on the real dev stream (../shared/data/streams/dev.jsonl.gz +
 * dev.truth.json): runs the in-process replay and fails on any missed target.
 * Skipped, with a message, when the data is absent (fresh clone).
 */

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { missedTargets } from '../../../functions/domain/detector/evaluate';
import { formatMetrics, replayFile } from '../../../tools/cli/replay';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = resolve(repo, process.env.TOCSIN_DATA ?? '../shared/data');
const stream = resolve(dataDir, 'streams/dev.jsonl.gz');
const truth = resolve(dataDir, 'streams/dev.truth.json');
const present = existsSync(stream) && existsSync(truth);

test('dev stream quality targets', {
  skip: present ? false : `no dev data at ${dataDir}/streams (set TOCSIN_DATA): quality gate skipped`,
}, async () => {
  const r = await replayFile(stream, truth);
  assert.ok(r.metrics);
  console.log(formatMetrics(r.metrics));
  assert.ok(r.seconds < 30, `replay took ${r.seconds.toFixed(1)} s (limit 30 s)`);
  assert.deepEqual(missedTargets(r.metrics), []);
});
