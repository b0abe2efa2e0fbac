/**
 * `npm start -- --source jetstream|mastodon`: a real connector reading into
 * the local pipeline's ingest queue, with its checkpoints and tombstones in
 * the local tables, the same code the Lambda runs (functions/connectors/).
 */
import { DynamoCheckpointStore } from '../../functions/adapters/dynamo-connector-state';
import { DynamoTombstoneStore } from '../../functions/adapters/dynamo-tombstones';
import { SqsIngestSink } from '../../functions/adapters/ingest-queue';
import { startJetstream } from '../../functions/connectors/jetstream/connector';
import { resolveServers, startMastodon } from '../../functions/connectors/mastodon/connector';
import { MastodonServerSchema } from '../../functions/connectors/mastodon/timelines';
import type { RunningConnector } from '../../functions/connectors/running';
import { JETSTREAM, TABLES } from '../../resources';
import type { LocalEnvironment } from './environment';

export interface LiveSourceArgs {
  source: 'jetstream' | 'mastodon';
  jetstreamUrls?: string[] | undefined;
  mastodonServer?: string | undefined;
  timelines?: string[] | undefined;
  tokenEnv?: string | undefined;
}

export async function startLiveSource(
  a: LiveSourceArgs,
  env: LocalEnvironment,
  log: (s: string) => void,
): Promise<RunningConnector> {
  const common = {
    sink: new SqsIngestSink(env.clients.sqs, env.queues.ingestUrl),
    checkpoints: new DynamoCheckpointStore(env.clients.doc, TABLES.connectorState.id),
    tombstones: new DynamoTombstoneStore(env.clients.doc, TABLES.tombstones.id),
    log: (m: string, f?: Record<string, unknown>) => log(`          ${m} ${f ? JSON.stringify(f) : ''}`),
  };
  if (a.source === 'jetstream') {
    const endpoints = a.jetstreamUrls?.length ? a.jetstreamUrls : [...JETSTREAM.endpoints];
    log(`          reading Bluesky's firehose from ${endpoints.join(', ')}`);
    return startJetstream({ ...common, endpoints });
  }
  if (!a.mastodonServer)
    throw new Error(
      '--source mastodon needs --mastodon-server URL (and --timeline public|public:local|hashtag:TAG, repeatable)',
    );
  const parsed = MastodonServerSchema.safeParse({
    url: a.mastodonServer,
    timelines: a.timelines?.length ? a.timelines : ['public'],
    ...(a.tokenEnv ? { token: { env: a.tokenEnv } } : {}),
  });
  if (!parsed.success)
    throw new Error(
      `Mastodon settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const servers = await resolveServers([parsed.data]);
  log(
    `          reading ${parsed.data.timelines.join(', ')} on ${parsed.data.url}${a.tokenEnv ? ` with the token in $${a.tokenEnv}` : ' without a token'}`,
  );
  return startMastodon({ ...common, servers });
}
