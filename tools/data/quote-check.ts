/**
 * The quote check's inputs: the repository's text files (tracked, and new
 * ones not ignored), the post texts of every gzipped JSONL file of the data,
 * and the allow-list; tools/data/quotes.ts does the matching.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonl } from './jsonl';
import { type AllowedSpan, type Hit, QuoteIndex, type QuoteOptions, type SourceFile } from './quotes';

/** Spans that occur in the data but are not a post's own words; each says why. */
export const ALLOW_FILE = 'tools/data/quotes-allowed.json';

const AllowedSchema = z.array(z.object({ span: z.string().min(1), reason: z.string().min(10) }).strict());

export function readAllowed(root: string): AllowedSpan[] {
  const path = join(root, ALLOW_FILE);
  return existsSync(path) ? AllowedSchema.parse(JSON.parse(readFileSync(path, 'utf8'))) : [];
}

/** Text files of the working tree git would commit: tracked, or new and not ignored. Binary files are left out. */
export function repoFiles(root: string): SourceFile[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const out: SourceFile[] = [];
  for (const path of new Set(listed.split('\0'))) {
    if (!path || !existsSync(join(root, path))) continue;
    const bytes = readFileSync(join(root, path));
    if (bytes.subarray(0, 8192).includes(0)) continue;
    out.push({ path, text: bytes.toString('utf8'), code: !/\.(md|txt)$/.test(path) });
  }
  return out;
}

/** Every *.jsonl.gz under the data folder (training files and streams), sorted. */
export function dataFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.jsonl.gz'))
    .sort()
    .map((f) => join(dir, f));
}

const PostText = z.object({ text: z.string() });

export interface QuoteReport {
  hits: Hit[];
  allowed: AllowedSpan[];
  /** Allow-list entries no repository span needed: stale, to delete. */
  unused: AllowedSpan[];
  files: number;
  posts: number;
  /** Data lines without a text (not JSON, or no string `text`). */
  skipped: number;
  dataFiles: string[];
}

export async function checkQuotes(root: string, dataDir: string, options: QuoteOptions): Promise<QuoteReport> {
  const files = repoFiles(root);
  const allowed = readAllowed(root);
  const index = new QuoteIndex(files, options, allowed);
  const inputs = dataFiles(dataDir);
  if (inputs.length === 0) throw new Error(`no *.jsonl.gz under ${dataDir}`);
  let skipped = 0;
  for (const file of inputs)
    for await (const l of readJsonl(file)) {
      const p = PostText.safeParse(l.value);
      if (p.success) index.see(p.data.text);
      else skipped++;
    }
  const { hits, allowedUsed } = index.hits();
  return {
    hits,
    allowed,
    unused: allowed.filter((_, i) => !allowedUsed.has(i)),
    files: files.length,
    posts: index.postsSeen,
    skipped,
    dataFiles: inputs,
  };
}
