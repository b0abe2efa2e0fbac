/**
 * npm run quotes [-- --n 7] [--min 4] [--data DIR]
 *
 * Lists the repository's spans that are the data's words (tools/data/quotes.ts):
 * every run of --n words (default 6) of a tracked or new text file that also
 * occurs in a post of ../shared/data, with --min N also whole quoted strings
 * of N to n-1 words. Prints file:line, the span and how many posts hold it;
 * exits 1 when there is any span not in tools/data/quotes-allowed.json.
 * The spans are printed for the terminal only: never paste them anywhere.
 */
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../../resources/repo';
import { UsageError } from '../admin/usage-error';
import { dataDir } from '../data/data-dir';
import { ALLOW_FILE, checkQuotes } from '../data/quote-check';
import { DEFAULT_N } from '../data/quotes';
import { runMain } from './main';

function intOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const v = Number(value);
  if (!Number.isInteger(v) || v < 1) throw new UsageError(`--${name} takes a positive integer, got ${value}`);
  return v;
}

runMain('quotes', async () => {
  const { values } = parseArgs({
    options: { n: { type: 'string' }, min: { type: 'string' }, data: { type: 'string' } },
  });
  const n = intOption(values.n, 'n') ?? DEFAULT_N;
  const min = intOption(values.min, 'min');
  if (min !== undefined && min >= n) throw new UsageError(`--min must be below --n (${n})`);
  const started = performance.now();
  const r = await checkQuotes(REPO_ROOT, dataDir(values.data), min === undefined ? { n } : { n, min });
  const perFile = new Map<string, number>();
  for (const h of r.hits) {
    perFile.set(h.path, (perFile.get(h.path) ?? 0) + 1);
    const posts = h.posts.min === h.posts.max ? `${h.posts.min}` : `${h.posts.min}-${h.posts.max}`;
    const span = h.text.replace(/\s+/g, ' ');
    console.log(`${h.path}:${h.line}  ${h.kind} ${h.words} words, ${posts} posts  ${span.slice(0, 240)}`);
  }
  console.log(
    `\n${r.hits.length} spans in ${perFile.size} files (${r.files} files scanned, ${r.posts.toLocaleString('en')} posts of ${r.dataFiles.length} data files, ${r.skipped} lines without text; ${r.allowed.length} allowed spans; n ${n}${min === undefined ? '' : `, quoted strings from ${min} words`}; ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  for (const [path, count] of [...perFile].sort((a, b) => b[1] - a[1])) console.log(`  ${count}\t${path}`);
  for (const a of r.unused) console.log(`unused entry of ${ALLOW_FILE} (delete it): ${a.span}`);
  if (r.hits.length > 0) process.exitCode = 1;
});
