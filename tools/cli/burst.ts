/**
 * npm run burst [-- --seed N] [--lang xx]... [--cat earthquake|explosion|attack]... [--start ISO] [--data DIR] [--json FILE]
 * npm run burst -- --pairs [--seed N] [--cat ...]... [--gap MIN]... [--start ISO] [--data DIR] [--json FILE]
 *
 * The burst kit (tools/eval/burst-kit.ts): one sudden event per language and
 * category, injected into a 2-hour slice of dev-heavy's background (read from
 * the data at run time), replayed with the committed model, judged. Prints
 * per language and category: event posts before the first right alert,
 * latency from the first event post, the first version's distance from the
 * city; then totals. The output is the same for the same seed and data.
 * With --pairs, two events of one category per run (tools/eval/burst-pairs.ts):
 * each event judged on its own, beside the other and alone.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../admin/usage-error';
import { BURST_CATEGORIES, type BurstCategory } from '../data/burst-templates';
import { dataDir } from '../data/data-dir';
import { PARITY_LANGS, type ParityLang } from '../data/first-reports';
import { readPosts } from '../data/post-file';
import { backgroundSlice, DEFAULT_SLICE_START, formatBurstKit, runBurstKit } from '../eval/burst-kit';
import { formatBurstPairs, PAIR_GAPS_MIN, PAIR_SLICE_MS, pairSpecs, runBurstPairs } from '../eval/burst-pairs';
import { readTruth } from '../eval/streams';
import { runMain } from './main';

runMain('burst', async () => {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '1' },
      lang: { type: 'string', multiple: true },
      cat: { type: 'string', multiple: true },
      start: { type: 'string', default: DEFAULT_SLICE_START },
      data: { type: 'string' },
      json: { type: 'string' },
      pairs: { type: 'boolean', default: false },
      gap: { type: 'string', multiple: true },
    },
  });
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed ${values.seed}: not an integer`);
  const start = Date.parse(values.start);
  if (Number.isNaN(start)) throw new UsageError(`--start ${values.start}: not a time`);
  const langs = values.lang?.map((l) => {
    if (!(PARITY_LANGS as readonly string[]).includes(l)) throw new UsageError(`--lang ${l}: not a parity language`);
    return l as ParityLang;
  });
  const cats = values.cat?.map((c) => {
    if (!(BURST_CATEGORIES as readonly string[]).includes(c))
      throw new UsageError(`--cat ${c}: one of ${BURST_CATEGORIES.join(', ')}`);
    return c as BurstCategory;
  });
  const gaps = values.gap?.map((g) => {
    const n = Number(g);
    if (!Number.isInteger(n) || n <= 0 || n > Math.max(...PAIR_GAPS_MIN))
      throw new UsageError(`--gap ${g}: minutes, 1-${Math.max(...PAIR_GAPS_MIN)}`);
    return n;
  });
  if (!values.pairs && gaps) throw new UsageError('--gap: with --pairs only');
  if (values.pairs && langs)
    throw new UsageError('--lang: not with --pairs (the city pairs are burst-pairs.ts DEFAULT_PAIRS)');
  const dir = join(dataDir(values.data), 'streams');
  const t0 = performance.now();
  const { posts } = await readPosts(join(dir, 'dev-heavy.jsonl.gz'));
  const truth = readTruth(join(dir, 'dev-heavy.truth.json'));
  if (values.pairs) {
    const background = backgroundSlice(posts, truth, start, PAIR_SLICE_MS);
    const t1 = performance.now();
    const result = await runBurstPairs({ seed, background, start, pairs: pairSpecs(cats, undefined, gaps) });
    console.log(formatBurstPairs(result));
    console.error(
      `read ${((t1 - t0) / 1000).toFixed(1)} s, ${result.runs.length} pair runs ${((performance.now() - t1) / 1000).toFixed(1)} s`,
    );
    if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 1)}\n`);
    return;
  }
  const background = backgroundSlice(posts, truth, start);
  const t1 = performance.now();
  const result = await runBurstKit({ seed, background, start, ...(langs ? { langs } : {}), ...(cats ? { cats } : {}) });
  console.log(formatBurstKit(result));
  console.error(
    `read ${((t1 - t0) / 1000).toFixed(1)} s, ${result.runs.length} runs ${((performance.now() - t1) / 1000).toFixed(1)} s`,
  );
  if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 1)}\n`);
});
