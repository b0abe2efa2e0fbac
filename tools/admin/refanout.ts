/**
 * `refanout --since TIME`: decides and delivers again every alert version
 * stored since TIME, from the alerts table. For what the alerts stream lost:
 * batches the fan-out gave up on (kept in the stream-failure bucket, which
 * says since when), or versions older than the stream's 24 hours.
 *
 * It runs the fan-out's own handler, wired as the stack wires it, on stream
 * records made from the stored items: the decision, the ledger's conditional
 * writes and the retry of a failed publish are the fan-out's. So it is
 * idempotent: a version already decided for a customer stays as recorded and
 * is not published again; one not decided yet is decided now, with the
 * contracts and policies of now (a bar or suspension that came meanwhile wins).
 *
 * On AWS the operator cannot publish: customer topics let only the delivery
 * roles publish. There it queues every (version, customer) the ledger holds
 * no final decision for on the delivery-retry queue, and the deployed
 * delivery-retry function decides and delivers each with its own role, as
 * for any retry: the same decision, the same ledger writes, no delay.
 */
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { z } from 'zod';
import { DeliveryRetries, type DeliveryRetry } from '../../functions/adapters/delivery-retries';
import { loadConfig } from '../../functions/commons/config';
import { createTelemetry, powertoolsEnvironment } from '../../functions/commons/observability';
import type { FanOutResult } from '../../functions/fan-out/fan-out';
import { createFanOutHandler, fanOutDeps } from '../../functions/fan-out/handler';
import { ALERT_STREAM, bindingsOf, DELIVERY_RETRY, FUNCTIONS, QUEUE_NAMES, TABLES } from '../../resources';
import { localContext } from '../local/lambda-context';
import type { AdminContext } from './context';

export interface RefanoutReport {
  since: string;
  /** Alert versions stored since then, each handed to the fan-out once. */
  versions: number;
  delivered: number;
  withheld: number;
  /** Publishes that failed now: queued for the delivery-retry function, as the fan-out does. */
  failed: number;
  /** Decisions the ledger already held, left as they were. */
  alreadyDecided: number;
  /** (version, customer) pairs handed to the deployed delivery-retry function to decide and deliver (the AWS route). */
  queued: number;
  /** Versions the fan-out failed on (`alertId#version`): nothing was recorded for them; run again. */
  notFannedOut: string[];
}

/** The fan-out's configuration as the stack sets it, pointing at the target's tables and queues by name. */
async function fanOutConfig(ctx: AdminContext) {
  const b = bindingsOf('fanOut');
  const env: Record<string, string> = {};
  for (const t of b.tables) env[t.variable] = TABLES[t.table].id;
  for (const q of b.queues) env[q.variable] = await ctx.queueUrl(QUEUE_NAMES[q.queue]);
  for (const s of b.settings) env[s.variable] = String(s.value);
  return loadConfig('fanOut', env);
}

/** A stored item as the alerts stream delivers it to the fan-out (INSERT, new image). */
function insertRecord(item: Record<string, unknown>, seq: number): DynamoDBRecord {
  const image = marshall(item, { removeUndefinedValues: true });
  return {
    eventID: `refanout-${seq}`,
    eventName: 'INSERT',
    eventSource: 'aws:dynamodb',
    dynamodb: {
      Keys: marshall({ alertId: item.alertId, version: item.version }) as never,
      NewImage: image as never,
      SequenceNumber: String(seq).padStart(21, '0'),
      StreamViewType: 'NEW_IMAGE',
    },
  };
}

/** How the versions reach a decision: the fan-out's handler run here, or the deployed delivery-retry function. */
export type RefanoutRoute = 'handler' | 'retryQueue';

const CustomerId = z.object({ id: z.string().min(1) });

/** Every (version, customer) without a final decision in the ledger, queued for the delivery-retry function. */
async function queueForRetry(ctx: AdminContext, items: Record<string, unknown>[], report: RefanoutReport) {
  const ids = (await ctx.customers.readAudience()).customers.flatMap((c) => {
    const r = CustomerId.safeParse(c);
    // A malformed item without an id cannot be addressed; the fan-out withholds and counts it.
    return r.success ? [r.data.id] : [];
  });
  const jobs: DeliveryRetry[] = [];
  for (const item of items) {
    const alertId = String(item.alertId);
    const version = Number(item.version);
    for (const customerId of ids) {
      const rec = await ctx.deliveries.get(customerId, alertId, version);
      if (rec?.outcome === 'delivered' || rec?.outcome === 'withheld') report.alreadyDecided++;
      else jobs.push({ alertId, version, customerId });
    }
  }
  await new DeliveryRetries(ctx.clients.sqs, await ctx.queueUrl(DELIVERY_RETRY.queueName), 0).schedule(jobs);
  report.queued = jobs.length;
}

export async function refanout(
  ctx: AdminContext,
  since: string,
  route: RefanoutRoute = ctx.target === 'aws' ? 'retryQueue' : 'handler',
): Promise<RefanoutReport> {
  const items = await ctx.alerts.storedSince(since);
  const report: RefanoutReport = {
    since,
    versions: items.length,
    delivered: 0,
    withheld: 0,
    failed: 0,
    alreadyDecided: 0,
    queued: 0,
    notFannedOut: [],
  };
  if (items.length === 0) return report;
  if (route === 'retryQueue') {
    await queueForRetry(ctx, items, report);
    return report;
  }
  // The handler's metrics would go to stdout as EMF here: a recovery is counted in its report instead.
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  const handle = createFanOutHandler(
    fanOutDeps(await fanOutConfig(ctx), ctx.clients),
    createTelemetry(powertoolsEnvironment('fanOut')),
    (_alertId, _version, r: FanOutResult) => {
      report.delivered += r.delivered;
      report.withheld += r.withheld;
      report.failed += r.failed;
      report.alreadyDecided += r.alreadyDecided;
    },
  );
  // The fan-out publishes to topics of its context's account and region: the target's, with --aws too.
  const where = await ctx.where();
  for (let i = 0; i < items.length; i += ALERT_STREAM.batchSize) {
    const records = items.slice(i, i + ALERT_STREAM.batchSize).map((item, j) => insertRecord(item, i + j + 1));
    const res = await handle({ Records: records }, localContext(FUNCTIONS.fanOut.id, where));
    for (const f of res.batchItemFailures) {
      const image = records.find((r) => r.dynamodb?.SequenceNumber === f.itemIdentifier)?.dynamodb?.NewImage;
      report.notFannedOut.push(`${image?.alertId?.S ?? '?'}#${image?.version?.N ?? '?'}`);
    }
  }
  return report;
}
