/**
 * Runs the deployed functions' handler code against the local environment,
 * wired the way the stack wires them: the ingest queue drives the score
 * handler (stage 1), the evidence queue the aggregate handler (stage 2), the
 * alerts table's stream the fan-out handler (the splitter), the fan-out-shard
 * queue the fan-out-shard handler, the delivery-retry queue the delivery-retry
 * handler, the channel-delivery queue the channel-delivery handler.
 */
import type { DynamoDBRecord } from 'aws-lambda';
import { HttpChannelSender } from '../../functions/adapters/channel-http';
import { cachedSecrets, FileChannelSecrets } from '../../functions/adapters/channel-secrets';
import type { AggregateOutcome } from '../../functions/aggregate/aggregate-messages';
import type { AggregateHandlerDeps } from '../../functions/aggregate/handler';
import { aggregateDeps, createAggregateHandler } from '../../functions/aggregate/handler';
import { channelDeliveryDeps, createChannelDeliveryHandler } from '../../functions/channel-delivery/handler';
import { loadConfig } from '../../functions/commons/config';
import { createTelemetry, powertoolsEnvironment } from '../../functions/commons/observability';
import { createDeliveryRetryHandler, deliveryRetryDeps } from '../../functions/delivery-retry/handler';
import type { FanOutDeps, FanOutResult } from '../../functions/fan-out/fan-out';
import { createFanOutHandler, fanOutDeps } from '../../functions/fan-out/handler';
import { createFanOutShardHandler, fanOutShardDeps } from '../../functions/fan-out-shard/handler';
import { createRedactHandler, redactDeps } from '../../functions/redact/handler';
import { createScoreHandler, scoreDeps } from '../../functions/score/handler';
import type { IngestClock, MessageOutcome, ScoreDeps } from '../../functions/score/score-message';
import {
  ALERT_STREAM,
  CHANNEL_DELIVERY,
  DELIVERY_RETRY,
  EVIDENCE,
  FAN_OUT_SHARD,
  FUNCTIONS,
  type FunctionKind,
  INGEST,
} from '../../resources';
import { LOCAL_ACCOUNT } from './emulators';
import { type LocalEnvironment, localChannelSecretsDir } from './environment';
import { type LocalIngestModeOptions, LocalIngestModeSwitch } from './ingest-mode';
import { alertsStreamArn, queueDepth } from './resources';
import { type SqsHandler, SqsPoller } from './sqs-poller';
import { AlertStreamReader } from './stream-reader';
import { TombstonePoller } from './tombstone-poller';

export interface PipelineHooks {
  /** Stage 1: an ingest message scored. */
  onMessage?: (o: MessageOutcome) => void;
  /** Stage 2: a partition's evidence messages applied (one state load and commit). */
  onAggregate?: (o: AggregateOutcome) => void;
  onFanOut?: (alertId: string, version: number, r: FanOutResult) => void;
  onDiscard?: (r: DynamoDBRecord, error: string) => void;
  onError?: (where: FunctionKind, e: unknown) => void;
}

export interface LocalPipeline {
  poller: SqsPoller;
  aggregatePoller: SqsPoller;
  reader: AlertStreamReader;
  /** Stage 1's burst-mode switch, when the pipeline runs one (PipelineOptions.ingestMode). */
  ingestMode?: LocalIngestModeSwitch;
  /** Resolves once the ingest, evidence, fan-out-shard, retry and channel queues are empty (nothing in flight, nothing delayed) and the fan-out has caught up. */
  waitIdle(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export interface PipelineOptions {
  /** Batches in flight per stage (Lambda's concurrency; stage 2 runs one batch per FIFO group at a time whatever this is). */
  scoreConcurrency?: number;
  aggregateConcurrency?: number;
  /** Fan-out-shard batches in flight at once (Lambda: FAN_OUT_SHARD.maxConcurrency; here one process). */
  shardConcurrency?: number;
  streamRetryDelayMs?: number;
  /** Channels: where their secrets are (default: with the run's data), the local test override (never on by default), the console's address, a shorter backoff for tests. */
  channels?: { secretsDir?: string; allowLocalHttp?: boolean; consoleUrl?: string; retryDelaySeconds?: number };
  /** Fault injection for tests: wraps the handlers' dependencies (wrapFanOut: the fan-out-shard's and the delivery-retry's, which decide and deliver). */
  wrapScore?: (d: ScoreDeps) => ScoreDeps;
  wrapAggregate?: (d: AggregateHandlerDeps) => AggregateHandlerDeps;
  wrapFanOut?: (d: FanOutDeps) => FanOutDeps;
  /**
   * Stage 1's burst mode, switched as on AWS (tools/local/ingest-mode.ts): off unless given (`npm start` runs it), so
   * that the fault tests see ordinary batching whatever their retries' ages.
   */
  ingestMode?: Omit<LocalIngestModeOptions, 'score' | 'watched'>;
  /** The score handler's ingest clock: a replay's own (tools/local/replay-clock.ts); default the wall clock, as on Lambda. */
  clock?: IngestClock;
}

export async function startPipeline(
  env: LocalEnvironment,
  hooks: PipelineHooks = {},
  opts: PipelineOptions = {},
): Promise<LocalPipeline> {
  // Each handler gets its own configuration and service name, as on Lambda.
  const config = <K extends FunctionKind>(kind: K) => loadConfig(kind, env.environmentOf(kind));
  const telemetry = (kind: FunctionKind) => createTelemetry(powertoolsEnvironment(kind));
  const wrapDelivery = <D extends FanOutDeps>(d: D): D => ({ ...d, ...opts.wrapFanOut?.(d) });
  const scoreLive = scoreDeps(config('score'), env.clients);
  const scoreWith = opts.clock ? { ...scoreLive, clock: opts.clock } : scoreLive;
  let ingestMode: LocalIngestModeSwitch | undefined;
  const score = createScoreHandler(opts.wrapScore?.(scoreWith) ?? scoreWith, telemetry('score'), (o) => {
    ingestMode?.received(o.postsIn);
    hooks.onMessage?.(o);
  });
  const aggregateLive = aggregateDeps(config('aggregate'), env.clients);
  const aggregate = createAggregateHandler(
    opts.wrapAggregate?.(aggregateLive) ?? aggregateLive,
    telemetry('aggregate'),
    hooks.onAggregate,
  );
  const fanOut = createFanOutHandler(fanOutDeps(config('fanOut'), env.clients), telemetry('fanOut'));
  const fanOutShard = createFanOutShardHandler(
    wrapDelivery(fanOutShardDeps(config('fanOutShard'), env.clients)),
    telemetry('fanOutShard'),
    hooks.onFanOut,
  );
  const retry = createDeliveryRetryHandler(
    wrapDelivery(deliveryRetryDeps(config('deliveryRetry'), env.clients)),
    telemetry('deliveryRetry'),
    hooks.onFanOut,
  );

  const channelOpts = opts.channels ?? {};
  const channelDelivery = createChannelDeliveryHandler(
    {
      ...channelDeliveryDeps(config('channelDelivery'), env.clients, {}),
      secrets: cachedSecrets(new FileChannelSecrets(channelOpts.secretsDir ?? localChannelSecretsDir())),
      sender: new HttpChannelSender({ allowLocalHttp: channelOpts.allowLocalHttp ?? false }),
      consoleUrl: channelOpts.consoleUrl,
      ...(channelOpts.retryDelaySeconds !== undefined ? { retryDelay: () => channelOpts.retryDelaySeconds ?? 0 } : {}),
    },
    telemetry('channelDelivery'),
  );

  /** The local event source mapping of a function on its queue, as the stack wires it. */
  const pollerOf = (
    kind: FunctionKind,
    queue: { queueName: string; batchSize: number; maxBatchingWindowSeconds?: number },
    queueUrl: string,
    handler: SqsHandler,
    concurrency?: number,
  ) =>
    new SqsPoller({
      sqs: env.clients.sqs,
      queueUrl,
      queueArn: `arn:aws:sqs:${env.region}:${LOCAL_ACCOUNT}:${queue.queueName}`,
      region: env.region,
      batchSize: queue.batchSize,
      ...(queue.maxBatchingWindowSeconds ? { maxBatchingWindowSeconds: queue.maxBatchingWindowSeconds } : {}),
      handler,
      functionName: FUNCTIONS[kind].id,
      ...(concurrency !== undefined ? { concurrency } : {}),
      onError: (e) => hooks.onError?.(kind, e),
    });
  const poller = pollerOf('score', INGEST, env.queues.ingestUrl, score, opts.scoreConcurrency ?? 1);
  const shardPoller = pollerOf(
    'fanOutShard',
    FAN_OUT_SHARD,
    env.queues.fanOutShardUrl,
    fanOutShard,
    opts.shardConcurrency ?? 8,
  );
  const aggregatePoller = pollerOf(
    'aggregate',
    EVIDENCE,
    env.queues.evidenceUrl,
    aggregate,
    opts.aggregateConcurrency ?? 1,
  );
  if (opts.ingestMode)
    ingestMode = new LocalIngestModeSwitch({ ...opts.ingestMode, score: poller, watched: [poller, aggregatePoller] });
  const retryPoller = pollerOf('deliveryRetry', DELIVERY_RETRY, env.queues.retryUrl, retry);
  const channelPoller = pollerOf('channelDelivery', CHANNEL_DELIVERY, env.queues.channelUrl, channelDelivery);
  const reader = new AlertStreamReader({
    streams: env.streams,
    streamArn: await alertsStreamArn(env.clients.ddb),
    region: env.region,
    batchSize: ALERT_STREAM.batchSize,
    retryAttempts: ALERT_STREAM.retryAttempts,
    handler: fanOut,
    functionName: FUNCTIONS.fanOut.id,
    ...(opts.streamRetryDelayMs !== undefined ? { retryDelayMs: opts.streamRetryDelayMs } : {}),
    ...(hooks.onDiscard ? { onDiscard: hooks.onDiscard } : {}),
    onError: (e) => hooks.onError?.('fanOut', e),
  });
  // The tombstones stream into the redact function (locally a poller stands in for the stream: tombstone-poller.ts).
  const redactReader = new TombstonePoller({
    doc: env.clients.doc,
    handler: createRedactHandler(redactDeps(config('redact'), env.clients), telemetry('redact')),
    functionName: FUNCTIONS.redact.id,
    onError: (e) => hooks.onError?.('redact', e),
  });
  poller.start();
  ingestMode?.start();
  aggregatePoller.start();
  redactReader.start();
  shardPoller.start();
  retryPoller.start();
  channelPoller.start();
  reader.start();

  const queueEmpty = async (url: string): Promise<boolean> => (await queueDepth(env.clients.sqs, url)) === 0;

  return {
    poller,
    aggregatePoller,
    reader,
    async waitIdle(timeoutMs = 120_000) {
      const deadline = Date.now() + timeoutMs;
      let quietPasses = 0;
      while (quietPasses < 3) {
        if (Date.now() > deadline) throw new Error(`pipeline not idle after ${timeoutMs / 1000} s`);
        await new Promise((r) => setTimeout(r, 250));
        const before = reader.invocations;
        quietPasses =
          (await queueEmpty(env.queues.ingestUrl)) &&
          (await queueEmpty(env.queues.evidenceUrl)) &&
          (await queueEmpty(env.queues.fanOutShardUrl)) &&
          (await queueEmpty(env.queues.retryUrl)) &&
          (await queueEmpty(env.queues.channelUrl)) &&
          reader.caughtUp &&
          redactReader.caughtUp &&
          reader.invocations === before
            ? quietPasses + 1
            : 0;
      }
    },
    ...(ingestMode ? { ingestMode } : {}),
    async stop() {
      ingestMode?.stop();
      await Promise.all([
        poller.stop(),
        aggregatePoller.stop(),
        shardPoller.stop(),
        retryPoller.stop(),
        channelPoller.stop(),
        reader.stop(),
        redactReader.stop(),
      ]);
    },
  };
}
