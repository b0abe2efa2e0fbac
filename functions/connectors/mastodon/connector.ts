import type { Backoff } from '../backoff';
import type { CheckpointStore } from '../checkpoint';
import { Forwarder, type ForwarderLimits, type IngestSink } from '../forwarder';
import { type RunningConnector, runConnector } from '../running';
import { ConnectorStats } from '../stats';
import type { TombstoneStore } from '../tombstones';
import { type MastodonReaderOptions, readMastodonTimeline } from './reader';
import { SOURCE } from './status';
import { type MastodonServer, resolveToken, type SecretReader } from './timelines';

export interface MastodonConnectorOptions
  extends Pick<MastodonReaderOptions, 'overlapMs' | 'idleTimeoutMs' | 'healthyAfterMs' | 'deleteCacheSize' | 'log'> {
  /** Servers with their tokens resolved (resolveServers). */
  servers: readonly (Omit<MastodonServer, 'token'> & { token?: string })[];
  sink: IngestSink;
  checkpoints: CheckpointStore;
  tombstones: TombstoneStore;
  limits?: Partial<ForwarderLimits>;
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
  const stats = new ConnectorStats();
  const forwarder = new Forwarder({
    source: SOURCE,
    sink: o.sink,
    checkpoints: o.checkpoints,
    tombstones: o.tombstones,
    ...(o.limits ? { limits: o.limits } : {}),
    onEvent: stats.onForwarderEvent,
  });
  return runConnector(forwarder, stats, async (signal) => {
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
