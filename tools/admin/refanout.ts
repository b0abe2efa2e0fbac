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
 */
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { loadConfig } from '../../functions/commons/config';
import { createTelemetry, powertoolsEnvironment } from '../../functions/commons/observability';
import type { FanOutResult } from '../../functions/fan-out/fan-out';
import { createFanOutHandler, fanOutDeps } from '../../functions/fan-out/handler';
import { ALERT_STREAM, bindingsOf, FUNCTIONS, QUEUE_NAMES, TABLES } from '../../resources';
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

export async function refanout(ctx: AdminContext, since: string): Promise<RefanoutReport> {
  const items = await ctx.alerts.storedSince(since);
  const report: RefanoutReport = {
    since,
    versions: items.length,
    delivered: 0,
    withheld: 0,
    failed: 0,
    alreadyDecided: 0,
    notFannedOut: [],
  };
  if (items.length === 0) return report;
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
  for (let i = 0; i < items.length; i += ALERT_STREAM.batchSize) {
    const records = items.slice(i, i + ALERT_STREAM.batchSize).map((item, j) => insertRecord(item, i + j + 1));
    const res = await handle({ Records: records }, localContext(FUNCTIONS.fanOut.id));
    for (const f of res.batchItemFailures) {
      const image = records.find((r) => r.dynamodb?.SequenceNumber === f.itemIdentifier)?.dynamodb?.NewImage;
      report.notFannedOut.push(`${image?.alertId?.S ?? '?'}#${image?.version?.N ?? '?'}`);
    }
  }
  return report;
}
