/**
 * The Mastodon connector Lambda: one shift of reading the configured servers'
 * timelines into the ingest queue (connectors/shift-handler.ts). The servers
 * come from MASTODON_SERVERS (set by the stack from its `mastodonServers`
 * context); tokens are read from Secrets Manager once per container.
 */
import type { Context } from 'aws-lambda';
import { MASTODON } from '../../resources';
import { type AwsClients, createClients } from '../adapters/aws-clients';
import { SecretsManagerReader } from '../adapters/secrets';
import { type Config, loadConfig } from '../commons/config';
import { ConfigError } from '../commons/errors';
import { createTelemetry, type Telemetry } from '../commons/observability';
import { resolveServers, startMastodon } from '../connectors/mastodon/connector';
import { type MastodonServer, MastodonServersSchema, type SecretReader } from '../connectors/mastodon/timelines';
import { createShiftHandler } from '../connectors/shift-handler';

type Env = Readonly<Record<string, string | undefined>>;

/** The configured servers; a missing or malformed list fails the cold start with what is wrong. */
export function loadMastodonServers(env: Env = process.env): MastodonServer[] {
  const raw = env[MASTODON.serversVariable];
  if (raw === undefined) throw new ConfigError(`${MASTODON.serversVariable} is not set`);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ConfigError(`${MASTODON.serversVariable} is not JSON`);
  }
  const r = MastodonServersSchema.safeParse(json);
  if (!r.success)
    throw new ConfigError(
      `${MASTODON.serversVariable}: ${r.error.issues.map((i) => `${i.path.join('.') || '(list)'}: ${i.message}`).join('; ')}`,
    );
  return r.data;
}

export function createMastodonHandler(
  config: Config<'mastodonConnector'>,
  servers: readonly MastodonServer[],
  t: Telemetry,
  clients: AwsClients = createClients(),
  secrets: SecretReader = new SecretsManagerReader(),
) {
  let resolved: ReturnType<typeof resolveServers> | undefined;
  return async (event: unknown, context: Pick<Context, 'awsRequestId' | 'getRemainingTimeInMillis'>) => {
    if (servers.length === 0) return { ran: false, reason: 'no Mastodon servers configured' };
    resolved ??= resolveServers(servers, secrets);
    const withTokens = await resolved.catch((e: unknown) => {
      resolved = undefined; // a secret that could not be read is read again next tick
      throw e;
    });
    return createShiftHandler({
      lease: 'mastodon',
      config,
      t,
      clients,
      start: (deps) => startMastodon({ ...deps, servers: withTokens }),
    })(event, context);
  };
}

let handle: ReturnType<typeof createMastodonHandler> | undefined;
export const handler = (event: unknown, context: Context) => {
  handle ??= createMastodonHandler(loadConfig('mastodonConnector'), loadMastodonServers(), createTelemetry());
  return handle(event, context);
};
