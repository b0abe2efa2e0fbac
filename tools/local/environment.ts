/**
 * The local environment: emulators, the resources of the stack, and a small
 * file (.tocsin/local.json) through which the CLI finds a running one.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { type AwsClients, createClients } from '../../functions/adapters/aws-clients';
import { loadConfig } from '../../functions/commons/config';
import { createTelemetry, powertoolsEnvironment } from '../../functions/commons/observability';
import { createShardMigrationHandler } from '../../functions/shard-migration/handler';
import { bindingsOf, FUNCTIONS, type FunctionKind, type QueueRef, type SettingName, TABLES } from '../../resources';
import { type EmulatorOptions, type Emulators, LOCAL_CREDENTIALS, startEmulators } from './emulators';
import { localContext } from './lambda-context';
import { createQueues, createTables, deleteEverything, type LocalQueues } from './resources';

/** Where local data and the running environment's address live (TOCSIN_HOME, default .tocsin). */
export const stateDir = (): string => resolve(process.env.TOCSIN_HOME ?? '.tocsin');
const envFile = (): string => join(stateDir(), 'local.json');
/** Where the local environment keeps channel secrets (no Secrets Manager emulator): with the run's data, so a new npm start forgets them too. */
export const localChannelSecretsDir = (): string => join(stateDir(), 'data', 'channel-secrets');

export interface LocalEndpoints {
  dynamoEndpoint: string;
  awsEndpoint: string;
  region: string;
  queues: LocalQueues;
  pid: number;
}

export interface LocalEnvironment extends LocalEndpoints {
  emulators: Emulators;
  clients: AwsClients;
  streams: DynamoDBStreamsClient;
  /** The variables a function gets (functionEnvironment). */
  environmentOf(kind: FunctionKind): Record<string, string>;
  stop(): Promise<void>;
}

export function clientsFor(e: Pick<LocalEndpoints, 'dynamoEndpoint' | 'awsEndpoint' | 'region'>): AwsClients {
  return createClients({
    region: e.region,
    dynamoEndpoint: e.dynamoEndpoint,
    messagingEndpoint: e.awsEndpoint,
    credentials: LOCAL_CREDENTIALS,
  });
}

/**
 * A function's own variables, as the stack sets them (resources/functions.ts),
 * pointing at the local resources: each handler gets these and nothing else.
 */
export function functionEnvironment(
  kind: FunctionKind,
  queues: LocalQueues,
  settings: Partial<Record<SettingName, number>> = {},
): Record<string, string> {
  const urls: Record<QueueRef, string> = {
    ingest: queues.ingestUrl,
    ingestDlq: queues.dlqUrl,
    ingestQuarantine: queues.quarantineUrl,
    evidence: queues.evidenceUrl,
    evidenceDlq: queues.evidenceDlqUrl,
    deliveryRetry: queues.retryUrl,
    channelDelivery: queues.channelUrl,
    fanOutShard: queues.fanOutShardUrl,
  };
  const b = bindingsOf(kind);
  return Object.fromEntries([
    ...b.tables.map((t) => [t.variable, TABLES[t.table].id]),
    ...b.queues.map((q) => [q.variable, urls[q.queue]]),
    ...b.settings.map((s) => [s.variable, String(settings[s.setting] ?? s.value)]),
  ]);
}

export interface StartOptions extends EmulatorOptions {
  /** Publish the endpoints in .tocsin/local.json for the CLI. */
  register?: boolean;
  visibilityTimeoutSeconds?: number;
  /** Functions' settings other than their definitions' (tests shorten delays and bounds); the only local override besides visibility. */
  settings?: Partial<Record<SettingName, number>>;
  /** Running emulators to use, emptied first, instead of starting new ones; stop() leaves them running. */
  emulators?: Emulators;
}

export async function startLocalEnvironment(opts: StartOptions = {}): Promise<LocalEnvironment> {
  const emulators = opts.emulators ?? (await startEmulators(opts));
  const ownEmulators = opts.emulators === undefined;
  const clients = clientsFor({
    dynamoEndpoint: emulators.dynamoEndpoint,
    awsEndpoint: emulators.awsEndpoint,
    region: emulators.region,
  });
  const streams = new DynamoDBStreamsClient({
    region: emulators.region,
    endpoint: emulators.dynamoEndpoint,
    credentials: LOCAL_CREDENTIALS,
  });
  try {
    if (!ownEmulators) await deleteEverything(clients);
    await createTables(clients.ddb);
    const queues = await createQueues(
      clients.sqs,
      opts.visibilityTimeoutSeconds !== undefined ? { visibilityTimeoutSeconds: opts.visibilityTimeoutSeconds } : {},
    );
    // Powertools' own settings hold for the whole process; each function's variables are its own (environmentOf).
    process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
    process.env.POWERTOOLS_METRICS_DISABLED = 'true';
    // What every deploy runs (the stack's ShardMigrationTrigger): customers left by an older version get their shard.
    await createShardMigrationHandler(
      loadConfig('shardMigration', functionEnvironment('shardMigration', queues, opts.settings)),
      clients,
      createTelemetry(powertoolsEnvironment('shardMigration')),
    )({}, localContext(FUNCTIONS.shardMigration.id));
    const endpoints: LocalEndpoints = {
      dynamoEndpoint: emulators.dynamoEndpoint,
      awsEndpoint: emulators.awsEndpoint,
      region: emulators.region,
      queues,
      pid: process.pid,
    };
    if (opts.register) {
      mkdirSync(stateDir(), { recursive: true });
      writeFileSync(envFile(), JSON.stringify(endpoints, null, 2));
    }
    return {
      ...endpoints,
      emulators,
      clients,
      streams,
      environmentOf: (kind) => functionEnvironment(kind, queues, opts.settings),
      async stop() {
        if (opts.register && readRegistered()?.pid === process.pid) rmSync(envFile());
        streams.destroy();
        for (const c of [clients.doc, clients.ddb, clients.sqs, clients.sns]) c.destroy();
        if (ownEmulators) await emulators.stop();
      },
    };
  } catch (e) {
    if (ownEmulators) await emulators.stop();
    throw e;
  }
}

function readRegistered(): LocalEndpoints | undefined {
  if (!existsSync(envFile())) return undefined;
  return JSON.parse(readFileSync(envFile(), 'utf8')) as LocalEndpoints;
}

/** The running local environment, if one is up (its owner process alive and DynamoDB answering). */
export async function findRunningEnvironment(): Promise<LocalEndpoints | undefined> {
  const e = readRegistered();
  if (!e) return undefined;
  try {
    process.kill(e.pid, 0);
  } catch {
    return undefined;
  }
  const c = clientsFor(e);
  try {
    await c.ddb.send(new ListTablesCommand({}));
    return e;
  } catch {
    return undefined;
  } finally {
    c.ddb.destroy();
    c.doc.destroy();
    c.sqs.destroy();
    c.sns.destroy();
  }
}
