import type { Backoff } from '../backoff';
import { type ConnectorDeps, type RunningConnector, runConnector } from '../running';
import { type MastodonReaderOptions, readMastodonTimeline } from './reader';
import { SOURCE } from './status';
import { type MastodonServer, resolveToken, type SecretReader } from './timelines';

export interface MastodonConnectorOptions
  extends ConnectorDeps,
    Pick<MastodonReaderOptions, 'overlapMs' | 'idleTimeoutMs' | 'healthyAfterMs' | 'deleteCacheSize' | 'log'> {
  /** Servers with their tokens resolved (resolveServers). */
  servers: readonly (Omit<MastodonServer, 'token'> & { token?: string })[];
  backoff?: () => Backoff;
}

/** Tokens from the environment or Secrets Manager, read once at start. */
export async function resolveServers(
  servers: readonly MastodonServer[],
  secrets?: SecretReader,
  env: NodeJS.ProcessEnv = process.env,
): Promise<(Omit<MastodonServer, 'token'> & { token?: string })[]> {
  return Promise.all(
    servers.map(async ({ token, ...s }) => {
      const t = await resolveToken(token, secrets, env);
      return t ? { ...s, token: t } : s;
    }),
  );
}

/** Every configured timeline of every server into the ingest queue as source "mastodon", one reader each, one forwarder for all. */
export function startMastodon(o: MastodonConnectorOptions): RunningConnector {
  return runConnector(SOURCE, o, async (forwarder, stats, signal) => {
    const { servers, backoff, ...shared } = o;
    await Promise.all(
      servers.flatMap((s) =>
        s.timelines.map((timeline) =>
          readMastodonTimeline({
            ...shared,
            url: s.url,
            timeline,
            forwarder,
            stats,
            signal,
            ...(s.streamingUrl ? { streamingUrl: s.streamingUrl } : {}),
            ...(s.token ? { token: s.token } : {}),
            ...(backoff ? { backoff: backoff() } : {}),
          }),
        ),
      ),
    );
  });
}
