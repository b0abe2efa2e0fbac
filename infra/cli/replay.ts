/**
 * npm run replay -- --stream FILE.jsonl[.gz] --out alerts.jsonl [--truth TRUTH.json] [--batch 100] [--json metrics.json] [--model models/x.json]
 *
 * Runs the detector in process (in-memory state) over a post stream in
 * batches, writes one JSON line per alert version, prints progress on stderr
 * and, with --truth, the quality metrics (functions/domain/detector/evaluate.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PostSchema, type Post } from '../../functions/domain/post';
import { replayPosts } from '../../functions/domain/detector/replay';
import { evaluate, missedTargets, type Metrics, type Truth } from '../../tools/eval/judge';
import { modelFromFile, type ModelFile } from '../../functions/domain/detector/model';

export interface ReadResult {
  posts: Post[];
  /** Lines that are not posts, by reason (the first problem found, with its field). */
  rejected: Map<string, number>;
  invalid: number;
}

/** Every line counts: a post, or a rejection with its reason. */
export function readPosts(file: string): ReadResult {
  const buf = readFileSync(file);
  const text = (file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
  const posts: Post[] = [];
  const rejected = new Map<string, number>();
  const reject = (reason: string) => rejected.set(reason, (rejected.get(reason) ?? 0) + 1);
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      reject('not JSON');
      continue;
    }
    const p = PostSchema.safeParse(raw);
    if (p.success) posts.push(p.data);
    else reject(`${p.error.issues[0]!.path.join('.') || '(post)'}: ${p.error.issues[0]!.message}`);
  }
  return { posts, rejected, invalid: [...rejected.values()].reduce((a, b) => a + b, 0) };
}

export function readTruth(file: string): Truth {
  return JSON.parse(readFileSync(file, 'utf8')) as Truth;
}

export interface ReplayFileResult {
  alerts: import('../../functions/domain/alert').Alert[];
  metrics: Metrics | null;
  /** Posts in = posts (valid) + invalid; posts = scored + duplicates. */
  posts: number;
  invalid: number;
  rejected: Map<string, number>;
  scored: number;
  duplicates: number;
  seconds: number;
}

export async function replayFile(stream: string, truthFile?: string, batchSize = 100, progress = false, modelFile?: string): Promise<ReplayFileResult> {
  const t0 = performance.now();
  const { posts, invalid, rejected } = readPosts(stream);
  let lastPct = -1;
  const model = modelFile ? modelFromFile(JSON.parse(readFileSync(modelFile, 'utf8')) as ModelFile) : undefined;
  const r = await replayPosts(posts, {
    batchSize,
    ...(model ? { model } : {}),
    onBatch: progress
      ? (done, n) => {
          const pct = Math.floor((100 * done) / posts.length / 10) * 10;
          if (pct !== lastPct) {
            lastPct = pct;
            process.stderr.write(`replay: ${done}/${posts.length} posts, ${n} alert versions\n`);
          }
        }
      : undefined,
  });
  const order = posts.map((p) => ({ id: p.id, t: Date.parse(p.createdAt) }));
  const metrics = truthFile ? evaluate(r.alerts, readTruth(truthFile), order) : null;
  const { scored, duplicates } = r;
  if (scored + duplicates !== posts.length) throw new Error(`accounting broken: ${posts.length} posts given, ${scored} scored + ${duplicates} duplicates`);
  return { alerts: r.alerts, metrics, posts: posts.length, invalid, rejected, scored, duplicates, seconds: (performance.now() - t0) / 1000 };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export function formatMetrics(m: Metrics): string {
  const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
  const lines = [
    `events detected        ${m.eventsDetected}/${m.events}`,
    `alert precision        ${m.precision.toFixed(3)} (${m.rightAlertIds}/${m.alertIds}; ${m.precisionBasis}; latest-version basis ${m.precisionLatestVersion.toFixed(3)})`,
    `alert versions         ${m.alertVersions}`,
    `median posts seen      ${m.medianPostsBeforeAlert} (event posts up to and including the alert)`,
    `median time latency    ${m.medianLatencySeconds} s (alert - event firstPostAt)`,
    `alerts per event       ${m.alertsPerDetectedEvent?.toFixed(2)}`,
    `category right         ${pct(m.categoryAccuracy)}`,
    `place within 50 km     ${pct(m.placeWithin50km)}`,
    '',
    'per event:',
    ...m.perEvent.map((e) =>
      e.detected
        ? `  ${e.eventId.padEnd(34)} posts ${String(e.postsBeforeAlert).padStart(3)}  ${String(e.latencySeconds).padStart(6)} s  ${e.alertCategory}${e.categoryRight ? '' : ' (WRONG)'}  ${e.alertPlace} ${e.placeKm === null ? '' : `${e.placeKm} km`}  alerts ${e.alertIds.length}`
        : `  ${e.eventId.padEnd(34)} MISSED`,
    ),
  ];
  if (m.wrongAlerts.length > 0) {
    lines.push('', 'wrong alerts:');
    for (const w of m.wrongAlerts) lines.push(`  ${w.triggeredAt} ${w.title} (evidence ${w.evidence}, best ${w.bestEvent ?? '-'} ${w.share})`);
  }
  const miss = missedTargets(m);
  lines.push('', miss.length === 0 ? 'all quality targets met' : `targets missed: ${miss.join('; ')}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const stream = arg('stream');
  const out = arg('out');
  if (!stream || !out) {
    process.stderr.write('usage: npm run replay -- --stream FILE.jsonl[.gz] --out alerts.jsonl [--truth TRUTH.json] [--batch 100] [--json metrics.json] [--model FILE]\n');
    process.exit(2);
  }
  const truth = arg('truth');
  const modelArg = arg('model');
  const r = await replayFile(resolve(stream), truth ? resolve(truth) : undefined, Number(arg('batch') ?? '100'), true, modelArg ? resolve(modelArg) : undefined);
  writeFileSync(resolve(out), r.alerts.map((a) => JSON.stringify(a)).join('\n') + (r.alerts.length ? '\n' : ''));
  process.stderr.write(`replayed in ${r.seconds.toFixed(1)} s; ${r.alerts.length} alert versions -> ${out}\n`);
  process.stderr.write(`posts in ${r.posts + r.invalid} = scored ${r.scored} + duplicates ${r.duplicates} + rejected ${r.invalid}\n`);
  for (const [reason, n] of [...r.rejected].sort((a, b) => b[1] - a[1])) process.stderr.write(`  rejected ${n}: ${reason}\n`);
  if (r.metrics) {
    process.stdout.write(formatMetrics(r.metrics) + '\n');
    const j = arg('json');
    if (j) writeFileSync(resolve(j), JSON.stringify(r.metrics, null, 2) + '\n');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
