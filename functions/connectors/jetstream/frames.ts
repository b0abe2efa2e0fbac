/**
 * Jetstream (github.com/bluesky-social/jetstream) frames: one JSON object per
 * WebSocket text message. Every frame is parsed with zod; a frame that does
 * not parse is counted and skipped (its time_us, when readable, still moves
 * the cursor on).
 */
import { z } from 'zod';

export const POST_COLLECTION = 'app.bsky.feed.post';

const Did = z
  .string()
  .min(8)
  .max(2048)
  .regex(/^did:[a-z]+:[A-Za-z0-9._:%-]+$/);
/** Microseconds since the epoch, as Jetstream stamps events (and takes as `cursor`). */
const TimeUs = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const StrongRef = z.object({ uri: z.string().min(1).max(8192) });

/** The part of an app.bsky.feed.post record Tocsin reads (lexicon: text ≤ 3,000 bytes, langs ≤ 3). */
export const PostRecordSchema = z.object({
  text: z.string().max(10_000),
  createdAt: z.string().max(64),
  langs: z.array(z.string().max(64)).max(16).optional(),
  reply: z.object({ parent: StrongRef, root: StrongRef.optional() }).optional(),
  embed: z
    .object({
      $type: z.string().max(128),
      /** app.bsky.embed.record: the quoted post. */
      record: z.object({ uri: z.string().max(8192).optional(), record: StrongRef.optional() }).optional(),
    })
    .optional(),
});
export type PostRecord = z.infer<typeof PostRecordSchema>;

const CommitSchema = z.object({
  did: Did,
  time_us: TimeUs,
  kind: z.literal('commit'),
  commit: z.object({
    rev: z.string().max(64).optional(),
    operation: z.enum(['create', 'update', 'delete']),
    collection: z.string().min(1).max(317),
    rkey: z.string().min(1).max(512),
    /** Checked against PostRecordSchema only for posts: other collections pass through unread. */
    record: z.unknown().optional(),
    cid: z.string().max(256).optional(),
  }),
});

const IdentitySchema = z.object({
  did: Did,
  time_us: TimeUs,
  kind: z.literal('identity'),
  identity: z.object({
    did: Did,
    handle: z.string().max(253).optional(),
    seq: z.number().optional(),
    time: z.string().optional(),
  }),
});

const AccountSchema = z.object({
  did: Did,
  time_us: TimeUs,
  kind: z.literal('account'),
  account: z.object({
    did: Did,
    active: z.boolean(),
    status: z.string().max(64).optional(),
    seq: z.number().optional(),
    time: z.string().optional(),
  }),
});

export const FrameSchema = z.discriminatedUnion('kind', [CommitSchema, IdentitySchema, AccountSchema]);
export type Frame = z.infer<typeof FrameSchema>;
export type CommitFrame = z.infer<typeof CommitSchema>;

export type ParsedFrame =
  | { ok: true; frame: Frame }
  /** Jetstream's reply to a client heartbeat, or a kind this connector does not know: not an error. */
  | { ok: 'ignored'; kind: string; timeUs?: number }
  | { ok: false; reason: string; timeUs?: number };

const describe = (e: z.ZodError): string => {
  const i = e.issues[0];
  return i ? `${i.path.join('.') || '(frame)'}: ${i.message}` : 'invalid';
};

/** One WebSocket message. Never throws. */
export function parseFrame(data: string): ParsedFrame {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch (e) {
    return { ok: false, reason: `not JSON: ${(e as Error).message.slice(0, 100)}` };
  }
  const timeUs =
    typeof json === 'object' && json !== null && Number.isSafeInteger((json as { time_us?: unknown }).time_us)
      ? (json as { time_us: number }).time_us
      : undefined;
  const kind = typeof json === 'object' && json !== null ? (json as { kind?: unknown }).kind : undefined;
  if (typeof kind === 'string' && kind !== 'commit' && kind !== 'identity' && kind !== 'account')
    return { ok: 'ignored', kind: kind.slice(0, 32), ...(timeUs ? { timeUs } : {}) };
  const r = FrameSchema.safeParse(json);
  return r.success
    ? { ok: true, frame: r.data }
    : { ok: false, reason: describe(r.error), ...(timeUs ? { timeUs } : {}) };
}

export function parsePostRecord(record: unknown): { ok: true; record: PostRecord } | { ok: false; reason: string } {
  const r = PostRecordSchema.safeParse(record);
  return r.success ? { ok: true, record: r.data } : { ok: false, reason: `commit.record: ${describe(r.error)}` };
}
