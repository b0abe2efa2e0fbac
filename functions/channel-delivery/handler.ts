/** The channel-delivery Lambda: one signed webhook, Slack or Teams post per job, decided again at send time. */
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { z } from 'zod';
import { CHANNEL_MAX_ATTEMPTS } from '../../resources';
import { AlertsRepo } from '../adapters/alerts-repo';
import { type AwsClients, createClients } from '../adapters/aws-clients';
import { ChannelDeliveriesRepo } from '../adapters/channel-deliveries-repo';
import { HttpChannelSender } from '../adapters/channel-http';
import { ChannelJobs } from '../adapters/channel-jobs';
import { cachedSecrets, SecretsManagerChannelSecrets } from '../adapters/channel-secrets';
import { ChannelsRepo } from '../adapters/channels-repo';
import { CustomersRepo } from '../adapters/customers-repo';
import { DeliveriesRepo } from '../adapters/deliveries-repo';
import { DynamoTombstoneStore } from '../adapters/dynamo-tombstones';
import { processBatch } from '../commons/batch';
import { type Config, loadConfig } from '../commons/config';
import { entryPoint } from '../commons/entry';
import { ChannelDeliveryFailedError } from '../commons/errors';
import { createTelemetry, METRICS, type Telemetry } from '../commons/observability';
import { type ChannelJob, ChannelJobSchema } from '../domain/channels/channel';
import { decide } from '../domain/entitlement';
import { type ChannelDeliveryDeps, deliverJob } from './deliver';

const DONE_METRIC = {
  delivered: METRICS.channelDelivered,
  withheld: METRICS.channelWithheld,
  duplicate: METRICS.channelDuplicates,
} as const;

export type ChannelDeliveryHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

export interface ChannelDeliveryHandlerDeps extends ChannelDeliveryDeps {
  /** Sets a failed job's backoff. */
  jobs: Pick<ChannelJobs, 'retryAfter'>;
}

/** CONSOLE_URL: where chat messages link to (the console's address; optional, the messages go without the link). */
const ConsoleUrl = z.url({ protocol: /^https?$/ }).optional();

function parseJob(body: string): { ok: true; job: ChannelJob } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const r = ChannelJobSchema.safeParse(raw);
  return r.success
    ? { ok: true, job: r.data }
    : { ok: false, reason: r.error.issues.map((i) => `${i.path.join('.') || '(job)'}: ${i.message}`).join('; ') };
}

/** The decision as the fan-out makes it, from the customer and the policies read now. */
export function decideFromStore(
  customers: Pick<CustomersRepo, 'get' | 'listPolicies'>,
): ChannelDeliveryDeps['decideNow'] {
  return async (alert, customerId, now) => {
    const [customer, policies] = await Promise.all([customers.get(customerId), customers.listPolicies()]);
    return customer ? { customer, decision: decide(alert, customer, policies, now) } : undefined;
  };
}

export function channelDeliveryDeps(
  config: Config<'channelDelivery'>,
  clients: AwsClients = createClients(),
  env: Readonly<Record<string, string | undefined>> = process.env,
): ChannelDeliveryHandlerDeps {
  return {
    alerts: new AlertsRepo(clients.doc, config.tables.alerts),
    deliveries: new DeliveriesRepo(clients.doc, config.tables.deliveries),
    channels: new ChannelsRepo(clients.doc, config.tables.channels),
    ledger: new ChannelDeliveriesRepo(clients.doc, config.tables.channelDeliveries),
    secrets: cachedSecrets(new SecretsManagerChannelSecrets(new SecretsManagerClient({}))),
    // No local override on Lambda: https and public addresses only.
    sender: new HttpChannelSender({}),
    tombstones: new DynamoTombstoneStore(clients.doc, config.tables.tombstones),
    decideNow: decideFromStore(new CustomersRepo(clients.doc, config.tables.customers)),
    jobs: new ChannelJobs(clients.sqs, config.queues.channelDelivery),
    now: () => new Date(),
    random: Math.random,
    consoleUrl: ConsoleUrl.parse(env.CONSOLE_URL || undefined),
  };
}

/**
 * The channel-delivery queue: a job that fails is given its backoff and
 * failed (SQS delivers it again then); after the last attempt it is failed
 * at once and the redrive policy parks it in the DLQ.
 */
export function createChannelDeliveryHandler(deps: ChannelDeliveryHandlerDeps, t: Telemetry): ChannelDeliveryHandler {
  const record = async (r: SQSRecord): Promise<void> => {
    const job = parseJob(r.body);
    if (!job.ok) {
      // Never valid, whatever the attempt: to the DLQ at once (each receive fails without waiting), with the reason logged.
      await deps.jobs.retryAfter(r.receiptHandle, 0);
      throw new ChannelDeliveryFailedError(`${r.messageId}: malformed channel job, parked: ${job.reason}`);
    }
    const attempt = Number(r.attributes.ApproximateReceiveCount) || 1;
    const res = await deliverJob(job.job, attempt, CHANNEL_MAX_ATTEMPTS, deps);
    if (res.kind === 'done') {
      t.metrics.addMetric(DONE_METRIC[res.outcome], MetricUnit.Count, 1);
      return;
    }
    t.metrics.addMetric(METRICS.channelFailures, MetricUnit.Count, 1);
    if (res.kind === 'park') {
      t.metrics.addMetric(METRICS.channelParked, MetricUnit.Count, 1);
      await deps.jobs.retryAfter(r.receiptHandle, 0);
      throw new ChannelDeliveryFailedError(`${r.messageId}: last attempt (${attempt}) failed, parked: ${res.reason}`);
    }
    await deps.jobs.retryAfter(r.receiptHandle, res.delaySeconds);
    throw new ChannelDeliveryFailedError(
      `${r.messageId}: attempt ${attempt} failed, next in ${res.delaySeconds} s: ${res.reason}`,
    );
  };
  return async (event, context) => {
    return processBatch(t, event, context, record);
  };
}

export const handler: ChannelDeliveryHandler = entryPoint(() =>
  createChannelDeliveryHandler(channelDeliveryDeps(loadConfig('channelDelivery')), createTelemetry()),
);
