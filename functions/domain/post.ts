import { z } from 'zod';

/** ISO 8601 UTC timestamp, e.g. 2026-03-02T12:00:27.658Z. */
export const IsoTime = z.iso.datetime({ offset: true });

/** One post of the firehose (format documented in README "Post format"). */
export const PostSchema = z.object({
  id: z.string().min(1).max(128),
  text: z.string().max(10_000),
  createdAt: IsoTime,
  source: z.string().min(1).max(64),
  lang: z.string().max(16).optional(),
  author: z
    .object({
      id: z.string().max(128).optional(),
      handle: z.string().max(128).optional(),
      followers: z.number().int().nonnegative().optional(),
      verified: z.boolean().optional(),
    })
    .optional(),
  retweetOf: z.string().max(128).optional(),
  /** Id of the post this one replies to (a reply is marked, not dropped: it can be an eyewitness answering a question). */
  replyTo: z.string().max(512).optional(),
  /** Id of the post this one quotes. */
  quoteOf: z.string().max(512).optional(),
  geo: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
});
export type Post = z.infer<typeof PostSchema>;

/** Body of one ingest-queue message. */
export const PostBatchSchema = z.object({
  batchId: z.string().min(1).max(256),
  source: z.string().min(1).max(64),
  posts: z.array(z.unknown()).max(1000),
});
export type PostBatch = { batchId: string; source: string; posts: Post[] };
