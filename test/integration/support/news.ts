import type { Post } from '../../../functions/domain/post';
import type { TestStack } from './local-stack';
import { breakingEvent, chatter } from './posts';

let n = 0;

/** One breaking event (a distinct hour of stream time) amid chatter, through the ingest queue, then wait for the pipeline to be idle. */
export async function breakNews(s: TestStack, texts: string[], idleTimeoutMs?: number): Promise<void> {
  const hour = String(n++).padStart(2, '0');
  const start = `2026-06-01T${hour}:00:00.000Z`;
  const posts: Post[] = [
    ...chatter({ prefix: `bg${hour}`, start, count: 60, everySeconds: 4 }),
    ...breakingEvent({ prefix: `ev${hour}`, start: `2026-06-01T${hour}:01:00.000Z`, authors: 12, texts }),
  ].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const bodies = Array.from({ length: Math.ceil(posts.length / 24) }, (_, i) =>
    JSON.stringify({ batchId: `h${hour}-${i}`, source: 'twitter', posts: posts.slice(i * 24, i * 24 + 24) }),
  );
  await s.send(bodies);
  await s.pipeline.waitIdle(idleTimeoutMs);
}
