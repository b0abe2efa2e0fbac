/**
 * `npm run eval`'s work: for every stream of the data directory, the model
 * that never saw its events (one model per set of held-out training events,
 * cached), an in-process replay, and the independent judge on the replay's
 * output lines.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replayPosts } from '../../functions/domain/detector/replay';
import type { Post } from '../../functions/domain/post';
import { readPosts } from '../data/post-file';
import { evaluate, type Metrics, type Truth } from './judge';
import { heldOutEvents } from './holdout';
import { eventTexts } from './leaks';
import { heldOutModel, type HeldOutModel } from './model-cache';
import { findStreams, readTruth, streamOrder, type EvalStream } from './streams';

export interface ModelUsed {
  /** First 12 characters of the cache key. */
  id: string;
  heldOutEvents: string[];
  heldOutRows: Record<string, number>;
  leakedRows: Record<string, number>;
  trainedRows: number;
  cached: boolean;
  seconds: number;
  file: string;
}

export interface StreamResult {
  name: string;
  postsFile: string;
  truthFile: string;
  posts: number;
  /** Posts the replay refused (not posts: bad JSON or schema), by reason. */
  rejected: Record<string, number>;
  model: ModelUsed;
  alertsFile: string | null;
  seconds: { read: number; replay: number; judge: number };
  metrics: Metrics;
}

export interface EvalOptions {
  dataDir: string;
  /** Stream names to run (all when absent). */
  streams?: readonly string[];
  cacheDir: string;
  noCache?: boolean;
  /** Where to write each stream's alert lines (NAME.alerts.jsonl); none when null. */
  alertsDir: string | null;
  batchSize?: number;
  /** Hold out these training events instead of each stream's own (per-event leave-event-out runs). */
  heldOut?: (truth: Truth) => string[];
  log?: (line: string) => void;
}

function modelUsed(m: HeldOutModel): ModelUsed {
  return { id: m.key.slice(0, 12), heldOutEvents: m.heldOutEvents, heldOutRows: m.heldOutRows, leakedRows: m.leakedRows, trainedRows: m.trainedRows, cached: m.cached, seconds: m.seconds, file: m.file };
}

function selectStreams(all: EvalStream[], names: readonly string[] | undefined): EvalStream[] {
  if (!names) return all;
  return names.map((n) => {
    const s = all.find((x) => x.name === n);
    if (!s) throw new Error(`no stream ${n} (have: ${all.map((x) => x.name).join(', ')})`);
    return s;
  });
}

export async function runEval(o: EvalOptions): Promise<StreamResult[]> {
  const log = o.log ?? (() => {});
  const streams = selectStreams(findStreams(o.dataDir), o.streams).map((s) => ({ ...s, truth: readTruth(s.truthFile) }));
  // Streams that hold out the same training events share one model.
  const groups = new Map<string, typeof streams>();
  for (const s of streams) {
    const key = JSON.stringify((o.heldOut ?? heldOutEvents)(s.truth));
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const results: StreamResult[] = [];
  for (const [key, group] of groups) {
    const read = new Map<string, { posts: Post[]; rejected: Map<string, number>; seconds: number }>();
    const readStream = (s: (typeof group)[number]) => {
      let r = read.get(s.name);
      if (!r) {
        const t0 = performance.now();
        const x = readPosts(s.postsFile);
        read.set(s.name, (r = { posts: x.posts, rejected: x.rejected, seconds: (performance.now() - t0) / 1000 }));
      }
      return r;
    };
    const model = await heldOutModel({
      dataDir: o.dataDir,
      heldOutEvents: JSON.parse(key) as string[],
      eventTexts: () => {
        const texts = new Map<string, string>();
        for (const s of group) eventTexts(readStream(s).posts, s.truth, texts);
        return texts;
      },
      cacheDir: o.cacheDir,
      noCache: o.noCache ?? false,
      log,
    });
    log(`model ${model.key.slice(0, 12)} (${model.cached ? 'cached' : 'trained'}, ${model.seconds.toFixed(1)} s) for ${group.map((s) => s.name).join(', ')}`);
    for (const s of group) {
      const { posts, rejected, seconds: readSeconds } = readStream(s);
      read.delete(s.name);
      const t1 = performance.now();
      const r = await replayPosts(posts, { batchSize: o.batchSize ?? 100, model: model.model });
      if (r.scored + r.duplicates !== posts.length) throw new Error(`${s.name}: accounting broken: ${posts.length} posts given, ${r.scored} scored + ${r.duplicates} duplicates`);
      const t2 = performance.now();
      // The judge reads the replay's output format, exactly as written to the alerts file.
      const lines = r.alerts.map((a) => JSON.stringify(a));
      let alertsFile: string | null = null;
      if (o.alertsDir) {
        mkdirSync(o.alertsDir, { recursive: true });
        alertsFile = join(o.alertsDir, `${s.name}.alerts.jsonl`);
        writeFileSync(alertsFile, lines.map((l) => l + '\n').join(''));
      }
      const metrics = evaluate(lines.map((l) => JSON.parse(l) as unknown), s.truth, streamOrder(posts));
      const t3 = performance.now();
      log(`${s.name}: ${posts.length} posts, ${r.alerts.length} alert versions, replay ${((t2 - t1) / 1000).toFixed(1)} s`);
      results.push({
        name: s.name,
        postsFile: s.postsFile,
        truthFile: s.truthFile,
        posts: posts.length,
        rejected: Object.fromEntries(rejected),
        model: modelUsed(model),
        alertsFile,
        seconds: { read: readSeconds, replay: (t2 - t1) / 1000, judge: (t3 - t2) / 1000 },
        metrics,
      });
    }
  }
  const order = streams.map((s) => s.name);
  return results.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
}
