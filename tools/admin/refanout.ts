/**
 * `refanout --since TIME`: decides and delivers again every alert version
 * stored since TIME, from the alerts table. For what the alerts stream lost:
 * batches the fan-out gave up on (kept in the stream-failure bucket, which
 * says since when), or versions older than the stream's 24 hours.
 *
 * It splits each version into shard jobs as the fan-out does and runs the
 * fan-out-shard function's own handler on them, wired as the stack wires it:
 * the decision, the ledger's conditional writes and the retry of a failed
 * publish are the fan-out's. So it is
 * idempotent: a version already decided for a customer stays as recorded and
 * is not published again; one not decided yet is decided now, with the
 * contracts and policies of now (a bar or suspension that came meanwhile wins).
 *
 * On AWS the operator cannot publish: customer topics let only the delivery
 * roles publish. There it reads the customers shard by shard (the byShard
 * index, as the fan-out does) and queues every (version, customer) the
 * ledger holds no final decision for on the delivery-retry queue, and the deployed
 * delivery-retry function decides and delivers each with its own role, as
 * for any retry: the same decision, the same ledger writes, no delay.
 */
import type { SQSRecord } from 'aws-lambda';
import { DeliveryRetries, type DeliveryRetry } from '../../functions/adapters/delivery-retries';
import type { ShardJob } from '../../functions/adapters/fan-out-shards';
import { loadConfig } from '../../functions/commons/config';
import { createTelemetry, powertoolsEnvironment } from '../../functions/commons/observability';
import type { FanOutResult } from '../../functions/fan-out/fan-out';
import { firstJob } from '../../functions/fan-out/split';
import { createFanOutShardHandler, fanOutShardDeps } from '../../functions/fan-out-shard/handler';
import {
  bindingsOf,
  DELIVERY_RETRY,
  FAN_OUT_SHARD,
  FAN_OUT_SHARDS,
  FUNCTIONS,
  QUEUE_NAMES,
  TABLES,
} from '../../resources';
import { localContext } from '../local/lambda-context';
import { toSqsRecord } from '../local/sqs-poller';
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

/** The fan-out-shard function's configuration as the stack sets it, pointing at the target's tables and queues by name. */
async function shardWorkerConfig(ctx: AdminContext) {
  const b = bindingsOf('fanOutShard');
  const env: Record<string, string> = {};
  for (const t of b.tables) env[t.variable] = TABLES[t.table].id;
  for (const q of b.queues) env[q.variable] = await ctx.queueUrl(QUEUE_NAMES[q.queue]);
  for (const s of b.settings) env[s.variable] = String(s.value);
  return loadConfig('fanOutShard', env);
}

/** A shard job as its queue delivers it to the worker. */
function jobRecord(job: ShardJob, seq: number): SQSRecord {
  return toSqsRecord(
    { MessageId: `refanout-${seq}`, ReceiptHandle: `refanout-${seq}`, Body: JSON.stringify(job) },
    `arn:aws:sqs:local:000000000000:${FAN_OUT_SHARD.queueName}`,
    'local',
  );
}

/** How the versions reach a decision: the fan-out's handler run here, or the deployed delivery-retry function. */
export type RefanoutRoute = 'handler' | 'retryQueue';

/**
 * Every (version, customer) without a final decision in the ledger, queued
 * for the delivery-retry function. Customers are read as the fan-out reads
 * them, shard by shard through the byShard index (a page of ids at a time,
 * never the whole table), and the ledger of a page for one version in one
 * BatchGetItem.
 */
async function queueForRetry(ctx: AdminContext, items: Record<string, unknown>[], report: RefanoutReport) {
  const versions = items.map((i) => ({ alertId: String(i.alertId), version: Number(i.version) }));
  const retries = new DeliveryRetries(ctx.clients.sqs, await ctx.queueUrl(DELIVERY_RETRY.queueName), 0);
  for (let shard = 0; shard < FAN_OUT_SHARDS.count; shard++) {
    let after: string | undefined;
    for (;;) {
      const page = await ctx.customers.shardPage(shard, after);
      const jobs: DeliveryRetry[] = [];
      for (const { alertId, version } of versions) {
        const ledger = await ctx.deliveries.getMany(page.ids, alertId, version);
        for (const customerId of page.ids) {
          const rec = ledger.get(customerId);
          if (rec?.outcome === 'delivered' || rec?.outcome === 'withheld') report.alreadyDecided++;
          else jobs.push({ alertId, version, customerId });
        }
      }
      await retries.schedule(jobs);
      report.queued += jobs.length;
      if (!page.more || page.ids.length === 0) break;
      after = page.ids.at(-1);
    }
  }
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
  // Every version as the fan-out queues it; the rest of a range or of an oversized shard comes back to this loop, not to a queue.
  const jobs: ShardJob[] = items.map((item) =>
    firstJob({ alertId: String(item.alertId), version: Number(item.version) }, FAN_OUT_SHARDS.count),
  );
  const handle = createFanOutShardHandler(
    {
      ...fanOutShardDeps(await shardWorkerConfig(ctx), ctx.clients),
      shardJobs: { enqueue: async (j) => void jobs.push(...j) },
    },
    createTelemetry(powertoolsEnvironment('fanOutShard')),
    (_alertId, _version, r: FanOutResult) => {
      report.delivered += r.delivered;
      report.withheld += r.withheld;
      report.failed += r.failed;
      report.alreadyDecided += r.alreadyDecided;
    },
  );
  // The worker publishes to topics of its context's account and region: the target's, with --aws too.
  const where = await ctx.where();
  const failed = new Set<string>();
  for (let seq = 1; jobs.length > 0; seq += FAN_OUT_SHARD.batchSize) {
    const batch = jobs.splice(0, FAN_OUT_SHARD.batchSize);
    const records = batch.map((job, j) => jobRecord(job, seq + j));
    const res = await handle({ Records: records }, localContext(FUNCTIONS.fanOutShard.id, where));
    for (const f of res.batchItemFailures) {
      const job = batch[records.findIndex((r) => r.messageId === f.itemIdentifier)];
      if (job) failed.add(`${job.alertId}#${job.version}`);
    }
  }
  report.notFannedOut = [...failed];
  return report;
}
