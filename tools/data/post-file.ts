/** Reading a post stream file (one post per line, optionally gzipped), as the replay and the evaluation do. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { PostSchema, type Post } from '../../functions/domain/post';

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
