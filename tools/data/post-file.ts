import type { Post } from '../../functions/domain/post';
import { PostSchema } from '../../functions/domain/post';
import { readJsonl } from './jsonl';

/** A post stream file read whole (replay, evaluation). */
export interface ReadResult {
  posts: Post[];
  /** Lines that are not posts, by reason (the first problem found, with its field). */
  rejected: Map<string, number>;
  invalid: number;
}

/** Every line counts: a post, or a rejection with its reason. */
export async function readPosts(file: string): Promise<ReadResult> {
  const posts: Post[] = [];
  const rejected = new Map<string, number>();
  const reject = (reason: string) => rejected.set(reason, (rejected.get(reason) ?? 0) + 1);
  for await (const l of readJsonl(file)) {
    if (l.error !== undefined) {
      reject('not JSON');
      continue;
    }
    const p = PostSchema.safeParse(l.value);
    if (p.success) posts.push(p.data);
    else reject(`${p.error.issues[0]?.path.join('.') || '(post)'}: ${p.error.issues[0]?.message}`);
  }
  return { posts, rejected, invalid: [...rejected.values()].reduce((a, b) => a + b, 0) };
}
