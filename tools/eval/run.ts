/**
 * `npm run eval`'s work: for every stream of the data directory, the model
 * that never saw its events (one model per set of held-out training events,
 * cached), an in-process replay, and the independent judge on the replay's
 * output lines.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StageKey } from '../../functions/domain/detector/engine/evidence';
import { replayPosts } from '../../functions/domain/detector/replay';
import type { Post } from '../../functions/domain/post';
import { readPosts } from '../data/post-file';
import { heldOutEvents, trainingEventsOf } from './holdout';
import { type EventFigures, type EventResult, evaluate, eventFigures, type Metrics, type Truth } from './judge';
import { eventTexts } from './leaks';
import { type HeldOutModel, heldOutModel } from './model-cache';
import { type EvalStream, findStreams, readTruth, streamOrder } from './streams';

/** A model as reports name it: by the first 12 characters of its cache key. */
export type ModelUsed = Omit<HeldOutModel, 'model' | 'key'> & { id: string };

export interface StreamResult {
  name: string;
  postsFile: string;
  truthFile: string;
  posts: number;
  /** Lines that are not posts (bad JSON or schema), by reason. */
  rejected: Record<string, number>;
  model: ModelUsed;
  alertsFile: string | null;
  seconds: { read: number; replay: number; judge: number };
  metrics: Metrics;
}

type Judged = Omit<StreamResult, 'rejected' | 'seconds'> & { replaySeconds: number; judgeSeconds: number };

export interface EvalOptions {
  dataDir: string;
  /** Stream names to run (all when absent). */
  streams?: readonly string[];
  cacheDir: string;
  noCache?: boolean;
  /** Where to write each stream's alert lines (NAME.alerts.jsonl); none when null. */
  alertsDir: string | null;
  batchSize?: number;
  /** Stage 2's key for the replay (default the family). */
  key?: StageKey;
  /** Placed groups of regional families read their family's unplaced group. */
  readUnplaced?: boolean;
  log?: (line: string) => void;
}

function modelUsed({ model: _weights, key, ...rest }: HeldOutModel): ModelUsed {
  return { id: key.slice(0, 12), ...rest };
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
  const streams = selectStreams(findStreams(o.dataDir), o.streams).map((s) => ({
    ...s,
    truth: readTruth(s.truthFile),
  }));
  // Streams that hold out the same training events share one model.
  const groups = new Map<string, typeof streams>();
  for (const s of streams) {
    const key = JSON.stringify(heldOutEvents(s.truth));
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const results: StreamResult[] = [];
  for (const [key, group] of groups) {
    const read = new Map<string, { posts: Post[]; rejected: Map<string, number>; seconds: number }>();
    const readStream = async (s: (typeof group)[number]) => {
      let r = read.get(s.name);
      if (!r) {
        const t0 = performance.now();
        const x = await readPosts(s.postsFile);
        r = { posts: x.posts, rejected: x.rejected, seconds: (performance.now() - t0) / 1000 };
        read.set(s.name, r);
      }
      return r;
    };
    const model = await heldOutModel({
      dataDir: o.dataDir,
      heldOutEvents: JSON.parse(key) as string[],
      eventTexts: async () => {
        const texts = new Map<string, string>();
        for (const s of group) eventTexts((await readStream(s)).posts, s.truth, texts);
        return texts;
      },
      cacheDir: o.cacheDir,
      noCache: o.noCache ?? false,
      log,
    });
    log(
      `model ${model.key.slice(0, 12)} (${model.cached ? 'cached' : 'trained'}, ${model.seconds.toFixed(1)} s) for ${group.map((s) => s.name).join(', ')}`,
    );
    for (const s of group) {
      const { posts, rejected, seconds } = await readStream(s);
      read.delete(s.name);
      const { replaySeconds, judgeSeconds, ...j } = await replayAndJudge(s, posts, model, o);
      results.push({
        ...j,
        rejected: Object.fromEntries(rejected),
        seconds: { read: seconds, replay: replaySeconds, judge: judgeSeconds },
      });
    }
  }
  const order = streams.map((s) => s.name);
  return results.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
}

/** Replays one stream with one model and judges the replay's output lines. */
async function replayAndJudge(
  s: EvalStream & { truth: Truth },
  posts: Post[],
  model: HeldOutModel,
  o: EvalOptions,
): Promise<Judged> {
  const t1 = performance.now();
  const r = await replayPosts(posts, {
    batchSize: o.batchSize ?? 100,
    model: model.model,
    ...(o.key ? { key: o.key } : {}),
    ...(o.readUnplaced ? { readUnplaced: true } : {}),
  });
  if (r.scored + r.duplicates !== posts.length)
    throw new Error(
      `${s.name}: accounting broken: ${posts.length} posts given, ${r.scored} scored + ${r.duplicates} duplicates`,
    );
  const t2 = performance.now();
  // The judge reads the replay's output format, exactly as written to the alerts file.
  const lines = r.alerts.map((a) => JSON.stringify(a));
  let alertsFile: string | null = null;
  if (o.alertsDir) {
    mkdirSync(o.alertsDir, { recursive: true });
    alertsFile = join(o.alertsDir, `${s.name}.alerts.jsonl`);
    writeFileSync(alertsFile, lines.map((l) => `${l}\n`).join(''));
  }
  const metrics = evaluate(
    lines.map((l) => JSON.parse(l) as unknown),
    s.truth,
    streamOrder(posts),
  );
  const t3 = performance.now();
  o.log?.(
    `${s.name}: ${posts.length} posts, ${r.alerts.length} alert versions, replay ${((t2 - t1) / 1000).toFixed(1)} s`,
  );
  return {
    name: s.name,
    postsFile: s.postsFile,
    truthFile: s.truthFile,
    posts: posts.length,
    model: modelUsed(model),
    alertsFile,
    replaySeconds: (t2 - t1) / 1000,
    judgeSeconds: (t3 - t2) / 1000,
    metrics,
  };
}

export interface PerEventResult {
  name: string;
  /** Per event, from the run whose model held out that event's training rows only. */
  perEvent: (EventResult & { model: string })[];
  figures: EventFigures;
  /** Right / all alerts whose evidence leans to an event, summed over the events' own runs (alerts without event posts cannot be attributed to a run). */
  leaningPrecision: number | null;
  models: ModelUsed[];
  seconds: number;
}

/**
 * Per-event leave-event-out, for comparison with the one-model-per-stream
 * default: one model per training event group (holding out only that
 * event's rows), a full replay each, and each event scored from its own run.
 */
export async function runPerEventEval(o: EvalOptions): Promise<PerEventResult[]> {
  const out: PerEventResult[] = [];
  for (const s of selectStreams(findStreams(o.dataDir), o.streams)) {
    const t0 = performance.now();
    const truth = readTruth(s.truthFile);
    const { posts } = await readPosts(s.postsFile);
    const groups = new Map<string, string[]>();
    for (const e of truth.events) {
      const key = JSON.stringify([...trainingEventsOf(e)].sort());
      groups.set(key, [...(groups.get(key) ?? []), e.eventId]);
    }
    const rows = new Map<string, EventResult & { model: string }>();
    const models: ModelUsed[] = [];
    for (const [key, events] of groups) {
      const held = new Set(events);
      const model = await heldOutModel({
        dataDir: o.dataDir,
        heldOutEvents: JSON.parse(key) as string[],
        eventTexts: async () =>
          eventTexts(posts, {
            ...truth,
            postEvent: Object.fromEntries(Object.entries(truth.postEvent).filter(([, e]) => held.has(e))),
          }),
        cacheDir: o.cacheDir,
        noCache: o.noCache ?? false,
        ...(o.log ? { log: o.log } : {}),
      });
      models.push(modelUsed(model));
      const j = await replayAndJudge({ ...s, truth }, posts, model, { ...o, alertsDir: null });
      for (const e of j.metrics.perEvent)
        if (held.has(e.eventId)) rows.set(e.eventId, { ...e, model: model.key.slice(0, 12) });
    }
    const perEvent = truth.events.map((e) => rows.get(e.eventId) as EventResult & { model: string });
    const right = perEvent.reduce((n, e) => n + e.alertIds.length, 0);
    const wrong = perEvent.reduce((n, e) => n + e.wrongAlertIds.length, 0);
    out.push({
      name: s.name,
      perEvent,
      figures: eventFigures(perEvent),
      leaningPrecision: right + wrong ? right / (right + wrong) : null,
      models,
      seconds: (performance.now() - t0) / 1000,
    });
  }
  return out;
}
