/** A local environment + pipeline for integration tests: real DynamoDB Local and fauxqs on free ports, real handlers. */
import { GetQueueUrlCommand } from '@aws-sdk/client-sqs';
import type { AggregateOutcome } from '../../../functions/aggregate/aggregate-messages';
import type { MessageOutcome } from '../../../functions/score/score-message';
import { type AdminContext, adminContext } from '../../../tools/admin/context';
import { addCustomer, type NewCustomer, subscribeCustomer } from '../../../tools/admin/customers';
import { type Emulators, startEmulators } from '../../../tools/local/emulators';
import type { StartOptions } from '../../../tools/local/environment';
import { type LocalEnvironment, startLocalEnvironment } from '../../../tools/local/environment';
import type { PipelineOptions } from '../../../tools/local/pipeline';
import { type LocalPipeline, type PipelineHooks, startPipeline } from '../../../tools/local/pipeline';
import { ReplayClock } from '../../../tools/local/replay-clock';
import { queueDepth } from '../../../tools/local/resources';
import { sendBodies } from '../../../tools/local/send';
import { type DeliveredAlert, drainQueue } from '../../../tools/local/subscriber';

export interface TestStack {
  env: LocalEnvironment;
  ctx: AdminContext;
  pipeline: LocalPipeline;
  /** Stage 1's outcomes (posts in = scored + rejected), stage 2's (evidence = applied + duplicates). */
  outcomes: MessageOutcome[];
  aggregates: AggregateOutcome[];
  errors: unknown[];
  /** The replay clock the score handler judges createdAt by (unless the test passed its own clock). */
  clock: ReplayClock;
  /** Sends message bodies to the ingest queue, each stamped with the replay's time. */
  send(bodies: string[]): Promise<number>;
  addCustomer(c: NewCustomer, filter?: unknown): Promise<void>;
  /** Everything that reached the customer's subscriber queue since the last call. */
  received(customerId: string): Promise<DeliveredAlert[]>;
  queueDepth(url: string): Promise<number>;
  stop(): Promise<void>;
}

// The handlers' expected error logs (injected faults) would bury the test report; TOCSIN_TEST_LOGS=ERROR shows them.
process.env.POWERTOOLS_LOG_LEVEL = process.env.TOCSIN_TEST_LOGS ?? 'SILENT';

/**
 * One pair of emulators per test process, emptied for each stack: a file's
 * stacks run one after another, and a new JVM per stack was most of a
 * fault test's time. A stack that persists data (dataDir: the restart
 * test) or starts while another is up gets emulators of its own.
 */
let shared: Promise<Emulators> | undefined;
let sharedInUse = false;

export async function startTestStack(
  opts: StartOptions & { hooks?: PipelineHooks; pipeline?: PipelineOptions } = {},
): Promise<TestStack> {
  const reuse = opts.dataDir === undefined && opts.emulators === undefined && !sharedInUse;
  let emulators: Emulators | undefined;
  if (reuse) {
    sharedInUse = true;
    shared ??= startEmulators();
    emulators = await shared;
  }
  const env = await startLocalEnvironment({
    visibilityTimeoutSeconds: 2,
    ...opts,
    ...(emulators ? { emulators } : {}),
    settings: { deliveryRetryDelaySeconds: 1, ...opts.settings },
  }).catch((e: unknown) => {
    if (reuse) sharedInUse = false;
    throw e;
  });
  // The tests replay recorded-style streams (fixed dates): the replay's own clock judges them.
  const clock = new ReplayClock();
  const ctx = adminContext('local', env.clients, async () => undefined);
  const outcomes: MessageOutcome[] = [];
  const aggregates: AggregateOutcome[] = [];
  const errors: unknown[] = [];
  const pipeline = await startPipeline(
    env,
    {
      ...opts.hooks,
      onMessage: (o) => {
        outcomes.push(o);
        opts.hooks?.onMessage?.(o);
      },
      onAggregate: (o) => {
        aggregates.push(o);
        opts.hooks?.onAggregate?.(o);
      },
      onError: (w, e) => {
        errors.push(e);
        opts.hooks?.onError?.(w, e);
      },
    },
    { streamRetryDelayMs: 100, clock: clock.clock, ...opts.pipeline },
  ).catch(async (e: unknown) => {
    await env.stop();
    if (reuse) sharedInUse = false;
    throw e;
  });
  const queues = new Map<string, string>();
  return {
    env,
    ctx,
    pipeline,
    outcomes,
    aggregates,
    errors,
    clock,
    send: (bodies) => sendBodies(env.clients.sqs, env.queues.ingestUrl, bodies, { clock }),
    async addCustomer(c, filter) {
      await addCustomer(ctx, c);
      await subscribeCustomer(ctx, c.id, 'sqs', `sub-${c.id}`, filter);
      queues.set(c.id, (await env.clients.sqs.send(new GetQueueUrlCommand({ QueueName: `sub-${c.id}` }))).QueueUrl!);
    },
    async received(id) {
      const url = queues.get(id);
      if (!url) throw new Error(`no subscriber queue for ${id}`);
      return drainQueue(env.clients.sqs, url);
    },
    queueDepth: (url) => queueDepth(env.clients.sqs, url),
    async stop() {
      await pipeline.stop();
      await env.stop();
      if (reuse) sharedInUse = false;
    },
  };
}

const year = (n: number) => new Date(Date.UTC(new Date().getUTCFullYear() + n, 0, 1)).toISOString();
export const activeContract = { status: 'active' as const, tier: 'standard', startsAt: year(-1), endsAt: year(2) };
export const everything = { categories: [], regions: [], minSeverity: 1 };
