/**
 * npm run eval [-- --data DIR] [--stream NAME ...] [--json FILE] [--no-cache] [--alerts-dir DIR] [--batch N] [--per-event] [--key family|region|region-dup] [--read-unplaced]
 *
 * Replays every evaluation stream of the data directory (default
 * ../shared/data, or TOCSIN_DATA) through the detector, each with a model
 * trained without its events (leave-event-out, cached in .tocsin/cache), and
 * prints the independent judge's figures per stream, per event and per
 * language (tools/eval). --json writes them all. --per-event instead trains
 * one model per event (holding out only that event) and scores each event
 * on its own run: slower, for comparison. --key replays with stage 2 keyed
 * finer than the family (engine/evidence.ts StageKey; stage 3 joins the
 * groups' alert ids); --read-unplaced lets a placed group of a regional
 * family read its family's unplaced group (its bursts, its felt reports).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { STAGE_KEYS } from '../../functions/domain/detector/engine/evidence';
import { REPO_ROOT } from '../../resources/repo';
import { UsageError } from '../admin/usage-error';
import { dataDir } from '../data/data-dir';
import { formatEval, formatPerEvent } from '../eval/report';
import { runEval, runPerEventEval } from '../eval/run';
import { runMain } from './main';

const USAGE =
  'usage: npm run eval [-- --data DIR] [--stream NAME]... [--json FILE] [--no-cache] [--alerts-dir DIR] [--batch N] [--per-event] [--key family|region|region-dup] [--read-unplaced]';

async function main(): Promise<void> {
  const { values: a } = parseArgs({
    options: {
      data: { type: 'string' },
      stream: { type: 'string', multiple: true },
      json: { type: 'string' },
      'no-cache': { type: 'boolean' },
      'alerts-dir': { type: 'string' },
      batch: { type: 'string', default: '100' },
      'per-event': { type: 'boolean' },
      key: { type: 'string', default: 'family' },
      'read-unplaced': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (a.help) {
    console.log(USAGE);
    return;
  }
  const batch = Number(a.batch);
  if (!Number.isInteger(batch) || batch < 1) throw new UsageError(`--batch must be a positive integer\n${USAGE}`);
  const key = STAGE_KEYS.find((k) => k === a.key);
  if (!key) throw new UsageError(`--key must be one of ${STAGE_KEYS.join(', ')}\n${USAGE}`);
  const t0 = performance.now();
  const dir = dataDir(a.data);
  const options = {
    dataDir: dir,
    ...(a.stream ? { streams: a.stream } : {}),
    cacheDir: join(REPO_ROOT, '.tocsin/cache'),
    noCache: a['no-cache'] ?? false,
    alertsDir: resolve(a['alerts-dir'] ?? join(REPO_ROOT, '.tocsin/eval')),
    batchSize: batch,
    key,
    readUnplaced: a['read-unplaced'] ?? false,
    log: (l: string) => process.stderr.write(`eval: ${l}\n`),
  };
  if (a['per-event']) {
    const r = await runPerEventEval(options);
    process.stdout.write(
      `npm run eval -- --per-event: ${dir}, ${((performance.now() - t0) / 1000).toFixed(1)} s in all\n\n${formatPerEvent(r)}\n`,
    );
    if (a.json) writeFileSync(resolve(a.json), `${JSON.stringify({ dataDir: dir, perEvent: r }, null, 2)}\n`);
    return;
  }
  const results = await runEval(options);
  const seconds = (performance.now() - t0) / 1000;
  process.stdout.write(
    `npm run eval${key === 'family' ? '' : ` -- --key ${key}`}${a['read-unplaced'] ? ' --read-unplaced' : ''}: ${dir}, ${results.length} stream(s), ${seconds.toFixed(1)} s in all\n\n${formatEval(results)}\n`,
  );
  if (a.json)
    writeFileSync(resolve(a.json), `${JSON.stringify({ dataDir: dir, seconds, streams: results }, null, 2)}\n`);
}

runMain('eval', main);
