import { z } from 'zod';

/**
 * What to read on a Mastodon server: `public` (federated), `public:local`,
 * `hashtag:<tag>` or `hashtag:local:<tag>`. Each has its streaming endpoint
 * and the REST timeline that backfills it after a reconnect.
 */
export const TimelineSpec = z
  .string()
  .regex(
    /^(public|public:local|hashtag:(local:)?[\p{L}\p{N}_]{1,100})$/u,
    'public, public:local, hashtag:TAG or hashtag:local:TAG',
  );

export const TokenSpec = z.union([
  z.object({ env: z.string().regex(/^[A-Z_][A-Z0-9_]*$/) }),
  z.object({ secret: z.string().min(1).max(2048) }),
]);
export type TokenSpec = z.infer<typeof TokenSpec>;

export const MastodonServerSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  /** When the server streams from another host (its /api/v1/instance says so). */
  streamingUrl: z.url({ protocol: /^https?$/ }).optional(),
  timelines: z.array(TimelineSpec).min(1).max(50),
  /** An access token: many servers refuse anonymous streaming. */
  token: TokenSpec.optional(),
});
export type MastodonServer = z.infer<typeof MastodonServerSchema>;

/** The servers one connector reads (on AWS: the stack's `mastodonServers`, in the MASTODON_SERVERS variable). */
export const MastodonServersSchema = z.array(MastodonServerSchema).max(20);

export interface TimelineEndpoints {
  /** Checkpoint key. */
  stream: string;
  streamPath: string;
  restPath: string;
}

export function timelineEndpoints(host: string, spec: string): TimelineEndpoints {
  const stream = `mastodon:${host}:${spec}`;
  if (spec === 'public')
    return { stream, streamPath: '/api/v1/streaming/public', restPath: '/api/v1/timelines/public' };
  if (spec === 'public:local')
    return { stream, streamPath: '/api/v1/streaming/public/local', restPath: '/api/v1/timelines/public?local=true' };
  const local = spec.startsWith('hashtag:local:');
  const tag = encodeURIComponent(spec.slice(local ? 'hashtag:local:'.length : 'hashtag:'.length));
  return {
    stream,
    streamPath: `/api/v1/streaming/hashtag${local ? '/local' : ''}?tag=${tag}`,
    restPath: `/api/v1/timelines/tag/${tag}${local ? '?local=true' : ''}`,
  };
}

/** Reads a secret's value (Secrets Manager: functions/adapters/secrets.ts). */
export interface SecretReader {
  get(id: string): Promise<string>;
}

export async function resolveToken(
  spec: TokenSpec | undefined,
  secrets: SecretReader | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  if (!spec) return undefined;
  if ('env' in spec) {
    const v = env[spec.env];
    if (!v) throw new Error(`Mastodon token: environment variable ${spec.env} is not set`);
    return v.trim();
  }
  if (!secrets)
    throw new Error('Mastodon token: a Secrets Manager secret is configured but no secret reader was given');
  return (await secrets.get(spec.secret)).trim();
}

/** Snowflake ids carry their millisecond in the bits above 16: `ms` earlier is this many ids earlier. */
export function idMinusMs(id: string, ms: number): string {
  const v = BigInt(id) - (BigInt(Math.max(0, Math.floor(ms))) << 16n);
  return v > 0n ? v.toString() : '0';
}
