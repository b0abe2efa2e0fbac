/** The evaluation streams of the data directory: streams/NAME.jsonl.gz + NAME.truth.json, also one folder down (cv/). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Post } from '../../functions/domain/post';
import { type StreamPost, type Truth, TruthSchema } from './judge';

export interface EvalStream {
  name: string;
  postsFile: string;
  truthFile: string;
}

export function findStreams(dataDir: string): EvalStream[] {
  const root = join(dataDir, 'streams');
  if (!existsSync(root)) throw new Error(`no streams at ${root} (use --data DIR or TOCSIN_DATA)`);
  const dirs = [
    root,
    ...readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => join(root, d.name)),
  ];
  const out: EvalStream[] = [];
  for (const dir of dirs) {
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.truth.json'))) {
      const name = f.slice(0, -'.truth.json'.length);
      const postsFile = [`${name}.jsonl.gz`, `${name}.jsonl`].map((p) => join(dir, p)).find((p) => existsSync(p));
      if (!postsFile) throw new Error(`${join(dir, f)} has no ${name}.jsonl[.gz] beside it`);
      out.push({ name, postsFile, truthFile: join(dir, f) });
    }
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

export function readTruth(file: string): Truth {
  const r = TruthSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!r.success) throw new Error(`${file}: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
  return r.data;
}

/** What the judge needs of each post: id, time and the language the stream gives. */
export function streamOrder(posts: readonly Post[]): StreamPost[] {
  return posts.map((p) => ({ id: p.id, t: Date.parse(p.createdAt), lang: p.lang }));
}
