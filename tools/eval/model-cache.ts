/**
 * Leave-event-out models, trained in process and cached under
 * .tocsin/cache/models/ by a key over everything training reads: the
 * labelled file and the stream files whose ids it drops (content hashes),
 * the held-out events, the training settings and the training code (every
 * source file training imports, followed transitively, plus the versions of
 * the packages they import). Training is deterministic, so a cached model is
 * the model a retrain would give.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { type Model, type ModelFile, ModelFileSchema, modelFromFile } from '../../functions/domain/detector/model';
import { REPO_ROOT } from '../../resources/repo';
import { excludedStreamFiles, TRAINING, trainingFile, trainModel } from '../data/train';
import { leakCounter } from './leaks';

export interface HeldOutModel {
  model: Model;
  /** Cache key (sha256, hex); the first 12 characters name the model in reports. */
  key: string;
  file: string;
  heldOutEvents: string[];
  heldOutRows: Record<string, number>;
  /** Training rows used that carry a judged event post's text, per event (tools/eval/leaks.ts). */
  leakedRows: Record<string, number>;
  trainedRows: number;
  cached: boolean;
  /** Seconds to train (when it was trained), or to load from the cache. */
  seconds: number;
}

const CacheFile = z.object({
  format: z.literal('tocsin-eval-model-v1'),
  key: z.string(),
  heldOutEvents: z.array(z.string()),
  heldOutRows: z.record(z.string(), z.number()),
  leakedRows: z.record(z.string(), z.number()),
  model: ModelFileSchema,
});

function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

const IMPORT_RE = /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]|\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Hash of a source file and everything it imports (relative imports followed; packages by installed version). */
export function sourceClosureHash(entry: string): string {
  const seen = new Map<string, string>();
  const packages = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const text = readFileSync(file, 'utf8');
    seen.set(file, createHash('sha256').update(text).digest('hex'));
    if (!file.endsWith('.ts')) return;
    for (const m of text.matchAll(IMPORT_RE)) {
      const spec = (m[1] ?? m[2] ?? m[3]) as string;
      if (spec.startsWith('node:')) continue;
      if (spec.startsWith('.')) {
        const base = resolve(dirname(file), spec);
        const found = [base, `${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
        if (!found) throw new Error(`${file}: cannot resolve ${spec}`);
        visit(found);
      } else {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string);
        const pkg = join(REPO_ROOT, 'node_modules', name, 'package.json');
        packages.set(
          name,
          existsSync(pkg)
            ? z.object({ version: z.string() }).parse(JSON.parse(readFileSync(pkg, 'utf8'))).version
            : 'builtin',
        );
      }
    }
  };
  visit(entry);
  const h = createHash('sha256');
  for (const [f, d] of [...seen].sort()) h.update(`${f.slice(REPO_ROOT.length)} ${d}\n`);
  for (const [p, v] of [...packages].sort()) h.update(`${p}@${v}\n`);
  return h.digest('hex');
}

export function modelCacheKey(dataDir: string, heldOutEvents: readonly string[]): string {
  const inputs = {
    format: 1,
    training: sha256File(trainingFile(dataDir)),
    streamIds: excludedStreamFiles(dataDir).map((f) => [f.slice(dataDir.length), sha256File(f)]),
    heldOutEvents: [...heldOutEvents].sort(),
    settings: TRAINING,
    code: sourceClosureHash(join(REPO_ROOT, 'tools/data/train.ts')),
  };
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

/** The model trained without `heldOutEvents` (from the cache unless noCache). */
export async function heldOutModel(o: {
  dataDir: string;
  heldOutEvents: readonly string[];
  /** Loose texts of the judged events' posts (read only when training). */
  eventTexts: () => Promise<ReadonlyMap<string, string>>;
  cacheDir: string;
  noCache?: boolean;
  log?: (l: string) => void;
}): Promise<HeldOutModel> {
  const t0 = performance.now();
  const heldOutEvents = [...o.heldOutEvents].sort();
  const key = modelCacheKey(o.dataDir, heldOutEvents);
  const file = join(o.cacheDir, 'models', `${key.slice(0, 32)}.json`);
  const done = (
    m: ModelFile,
    rows: Record<string, number>,
    leakedRows: Record<string, number>,
    cached: boolean,
  ): HeldOutModel => ({
    model: modelFromFile(m),
    key,
    file,
    heldOutEvents,
    heldOutRows: rows,
    leakedRows,
    trainedRows: Number(m.meta.trainedRows),
    cached,
    seconds: (performance.now() - t0) / 1000,
  });
  if (!o.noCache && existsSync(file)) {
    const c = CacheFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (c.success && c.data.key === key) return done(c.data.model, c.data.heldOutRows, c.data.leakedRows, true);
    o.log?.(`model cache ${file} unreadable or stale: retraining`);
  }
  o.log?.(`training a model without ${heldOutEvents.length ? heldOutEvents.join(', ') : '(no events)'} …`);
  const held = new Set(heldOutEvents);
  const leaks = leakCounter(await o.eventTexts());
  const r = await trainModel({ dataDir: o.dataDir, excludeEvent: (e) => held.has(e), onRowUsed: leaks.see });
  const missing = heldOutEvents.filter((e) => !(r.heldOutRows[e] ?? 0));
  if (missing.length)
    throw new Error(
      `no training rows for held-out event(s) ${missing.join(', ')}: the name is wrong, so the model would have seen the event`,
    );
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(
    tmp,
    `${JSON.stringify({
      format: 'tocsin-eval-model-v1',
      key,
      heldOutEvents,
      heldOutRows: r.heldOutRows,
      leakedRows: leaks.counts,
      model: r.file,
    })}\n`,
  );
  renameSync(tmp, file);
  return done(r.file, r.heldOutRows, leaks.counts, false);
}
