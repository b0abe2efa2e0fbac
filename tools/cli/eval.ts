/**
 * npm run eval [-- --data DIR] [--stream NAME ...] [--json FILE] [--no-cache] [--alerts-dir DIR] [--batch N] [--per-event]
 *
 * Replays every evaluation stream of the data directory (default
 * ../shared/data, or TOCSIN_DATA) through the detector, each with a model
 * trained without its events (leave-event-out, cached in .tocsin/cache), and
 * prints the independent judge's figures per stream, per event and per
 * language (tools/eval). --json writes them all. --per-event instead trains
 * one model per event (holding out only that event) and scores each event
 * on its own run: slower, for comparison.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dataDir, repoRoot } from '../data/data-dir';
import { runEval, runPerEventEval } from '../eval/run';
import { formatEval, formatPerEvent } from '../eval/report';

const USAGE = 'usage: npm run eval [-- --data DIR] [--stream NAME]... [--json FILE] [--no-cache] [--alerts-dir DIR] [--batch N] [--per-event]';

async function main(): Promise<void> {
  let a;
  try {
    a = parseArgs({
      options: {
        data: { type: 'string' },
        stream: { type: 'string', multiple: true },
        json: { type: 'string' },
        'no-cache': { type: 'boolean' },
        'alerts-dir': { type: 'string' },
        batch: { type: 'string' },
        'per-event': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }).values;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (a.help) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const batch = Number(a.batch ?? '100');
  if (!Number.isInteger(batch) || batch < 1) {
    process.stderr.write(`--batch must be a positive integer\n${USAGE}\n`);
    process.exit(2);
  }
  const t0 = performance.now();
  const dir = dataDir(a.data);
  const options = {
    dataDir: dir,
    ...(a.stream ? { streams: a.stream } : {}),
    cacheDir: join(repoRoot, '.tocsin/cache'),
    noCache: a['no-cache'] ?? false,
    alertsDir: resolve(a['alerts-dir'] ?? join(repoRoot, '.tocsin/eval')),
    batchSize: batch,
    log: (l: string) => process.stderr.write(`eval: ${l}\n`),
  };
  if (a['per-event']) {
    const r = await runPerEventEval(options);
    process.stdout.write(`npm run eval -- --per-event: ${dir}, ${((performance.now() - t0) / 1000).toFixed(1)} s in all\n\n${formatPerEvent(r)}\n`);
    if (a.json) writeFileSync(resolve(a.json), JSON.stringify({ dataDir: dir, perEvent: r }, null, 2) + '\n');
    return;
  }
  const results = await runEval(options);
  const seconds = (performance.now() - t0) / 1000;
  process.stdout.write(`npm run eval: ${dir}, ${results.length} stream(s), ${seconds.toFixed(1)} s in all\n\n${formatEval(results)}\n`);
  if (a.json) writeFileSync(resolve(a.json), JSON.stringify({ dataDir: dir, seconds, streams: results }, null, 2) + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`eval: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
