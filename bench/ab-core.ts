/**
 * The scoring core of two trees in one process: this working tree against a
 * git revision (default main), each bundled as the score Lambda ships it,
 * passes over the dev stream alternating, so that the shared machine's load
 * hits both alike (separate benchmark runs differ by ~10% at load 2 - 6).
 *
 *   node --import tsx bench/ab-core.ts [--base main] [--warmup 3] [--reps 15] [--gated]
 *
 * The module loaded first runs ~4% slower in this harness (docs/benchmarks.md,
 * speed6), so it runs twice, in a child process per order, and the figure is
 * the geometric mean of the two orders' time ratios. Time is the main thread's
 * CPU time of a pass (no helper threads: both modules share one heap and one
 * collector). Before timing, every post's ScoredPost is compared between the
 * two bundles: a speed change that changes a result is reported as such.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import type { Post } from '../functions/domain/post';
import { bundling } from '../infra/constructs/bundling';
import { loadWorkload, median, REPO } from './common';

interface Core {
  scorePost(post: Post, model: unknown): { gated: boolean; cat: number };
  defaultModel(): unknown;
  partitionOf(s: unknown): string | undefined;
}

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'main' },
    warmup: { type: 'string', default: '3' },
    reps: { type: 'string', default: '15' },
    run: { type: 'string' },
    /** Time only the posts that pass the gate (where place extraction runs: ~12% of the dev stream's posts, ~45% of its time). */
    gated: { type: 'boolean', default: false },
  },
});

/** Bundles `root`'s detector with the score function's options, its gazetteer beside it; returns the bundle's path. */
async function bundleTree(root: string, dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, `export { defaultModel, partitionOf, scorePost } from '${root}/functions/domain/detector';\n`);
  const o = bundling('score');
  const outfile = join(dir, 'index.mjs');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    outfile,
    format: 'esm',
    ...(o.target ? { target: o.target } : {}),
    minify: o.minify ?? false,
    ...(o.mainFields ? { mainFields: o.mainFields } : {}),
    ...(o.banner ? { banner: { js: o.banner } } : {}),
    external: o.externalModules ?? [],
    nodePaths: [join(REPO, 'node_modules')],
    logLevel: 'warning',
  });
  // Each tree's own gazetteer (its build may differ between the trees), built by that tree's code.
  const places = (await import(join(root, 'functions/domain/places/index.ts'))) as {
    cachedFile(): string;
    BUNDLED_FILE_NAME: string;
  };
  symlinkSync(places.cachedFile(), join(dir, places.BUNDLED_FILE_NAME));
  return outfile;
}

/** Child: passes alternating between bundles a and b; prints main-thread CPU ms per pass of each. */
async function run(a: string, b: string): Promise<void> {
  const mods = [(await import(a)) as Core, (await import(b)) as Core];
  const models = mods.map((m) => m.defaultModel());
  const all = (await loadWorkload()).posts;
  const posts = values.gated ? all.filter((p) => (mods[0] as Core).scorePost(p, models[0]).gated) : all;
  const pass = (k: number): number => {
    const m = mods[k] as Core;
    const model = models[k];
    let acc = 0;
    for (let i = 0; i < posts.length; i++) {
      const s = m.scorePost(posts[i] as Post, model);
      if (s.gated) acc += m.partitionOf(s)?.length ?? 0;
      acc += s.cat;
    }
    return acc;
  };
  const cpu: number[][] = [[], []];
  let sink = 0;
  const load0 = loadavg()[0] as number;
  for (let r = 0; r < Number(values.warmup); r++) sink += pass(0) + pass(1);
  for (let r = 0; r < Number(values.reps); r++)
    for (let k = 0; k < 2; k++) {
      const t0 = process.threadCpuUsage();
      sink += pass(k);
      const t = process.threadCpuUsage(t0);
      (cpu[k] as number[]).push((t.user + t.system) / 1000);
    }
  if (sink === 0.5) console.error('unreachable');
  console.log(JSON.stringify({ posts: posts.length, cpu, load: [load0, loadavg()[0]] }));
}

/** Posts whose ScoredPost differs between the two bundles (ids, the first five) and their count. */
async function differences(a: string, b: string): Promise<{ differing: number; first: string[] }> {
  const A = (await import(a)) as Core;
  const B = (await import(b)) as Core;
  const ma = A.defaultModel();
  const mb = B.defaultModel();
  const replacer = (_k: string, v: unknown): unknown => (v instanceof Float32Array ? Array.from(v) : v);
  const first: string[] = [];
  let differing = 0;
  for (const p of (await loadWorkload()).posts)
    if (JSON.stringify(A.scorePost(p, ma), replacer) !== JSON.stringify(B.scorePost(p, mb), replacer)) {
      differing++;
      if (first.length < 5) first.push(p.id);
    }
  return { differing, first };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

if (values.run) {
  const [a, b] = values.run.split(',') as [string, string];
  await run(a, b);
} else {
  const base = values.base as string;
  const rev = execFileSync('git', ['-C', REPO, 'rev-parse', '--short', base], { encoding: 'utf8' }).trim();
  const dir = join(REPO, '.tocsin', 'ab-core');
  rmSync(dir, { recursive: true, force: true });
  const baseRoot = join(dir, `tree-${rev}`);
  mkdirSync(baseRoot, { recursive: true });
  execFileSync('sh', ['-c', `git -C '${REPO}' archive ${rev} | tar -x -C '${baseRoot}'`]);
  if (!existsSync(join(baseRoot, 'node_modules')))
    symlinkSync(join(REPO, 'node_modules'), join(baseRoot, 'node_modules'));
  const baseBundle = await bundleTree(baseRoot, join(dir, 'base'));
  const treeBundle = await bundleTree(REPO, join(dir, 'tree'));
  const same = await differences(baseBundle, treeBundle);
  const orders: { first: string; posts: number; base: number[]; tree: number[]; load: number[] }[] = [];
  for (const [first, a, b] of [
    ['base', baseBundle, treeBundle],
    ['tree', treeBundle, baseBundle],
  ] as const) {
    const child = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        import.meta.filename,
        '--run',
        `${a},${b}`,
        '--warmup',
        values.warmup as string,
        '--reps',
        values.reps as string,
        ...(values.gated ? ['--gated'] : []),
      ],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    if (child.status !== 0) throw new Error(`ab-core: the ${first}-first run failed`);
    const r = JSON.parse(child.stdout.trim().split('\n').pop() as string) as {
      posts: number;
      cpu: [number[], number[]];
      load: number[];
    };
    orders.push({
      first,
      posts: r.posts,
      base: first === 'base' ? r.cpu[0] : r.cpu[1],
      tree: first === 'base' ? r.cpu[1] : r.cpu[0],
      load: r.load,
    });
  }
  const posts = orders[0]?.posts ?? 0;
  const per = orders.map((o) => {
    const b = median(o.base);
    const t = median(o.tree);
    return {
      loadedFirst: o.first,
      load1m: o.load.map((x) => Math.round(x * 100) / 100),
      baseMedianMs: round(b),
      treeMedianMs: round(t),
      basePostsPerCpuSec: Math.round(posts / (b / 1000)),
      treePostsPerCpuSec: Math.round(posts / (t / 1000)),
      treeOverBaseTime: round(t / b),
      /** Median of the ratios of adjacent passes (robust to load drifting during the run). */
      treeOverBaseTimePaired: round(median(o.tree.map((x, i) => x / (o.base[i] as number)))),
    };
  });
  console.log(
    JSON.stringify(
      {
        base: `${base} (${rev})`,
        tree: REPO,
        workload: `${posts} posts${values.gated ? ' (the gated ones)' : ''}`,
        identicalScoredPosts: same.differing === 0,
        differingPosts: same,
        orders: per,
        treeOverBaseTimeGeomean: round(Math.sqrt(per.reduce((p, o) => p * o.treeOverBaseTime, 1))),
      },
      null,
      2,
    ),
  );
}
