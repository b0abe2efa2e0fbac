/** The aggregate Lambda, stage 2: the evidence queue (FIFO, group = partition) through the keyed detector into the alerts outbox. */
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { EVIDENCE } from '../../resources';
import { AlertsRepo } from '../adapters/alerts-repo';
import { type AwsClients, createClients } from '../adapters/aws-clients';
import { DynamoEventStateStore } from '../adapters/dynamo-event-store';
import { DynamoTombstoneStore } from '../adapters/dynamo-tombstones';
import { type BadPart, decodeEvidenceBody, type EvidenceEnvelope } from '../adapters/evidence-queue';
import { Quarantine } from '../adapters/quarantine';
import { settleBatch } from '../commons/batch';
import { type Config, loadConfig } from '../commons/config';
import { entryPoint } from '../commons/entry';
import { errorMessage } from '../commons/errors';
import { createTelemetry, METRICS, type Telemetry } from '../commons/observability';
import { preloadGazetteer } from '../domain/places';
import { type AggregateDeps, type AggregateOutcome, aggregateMessages } from './aggregate-messages';

export type AggregateHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

// Alert versions name their place from the gazetteer: loaded at init, as in the score function.
const gazetteerLoad = preloadGazetteer();

export interface AggregateHandlerDeps extends AggregateDeps {
  /** Poison (a message that does not decode, or failed on every attempt) to the evidence DLQ with its reason. */
  quarantine: Pick<Quarantine, 'put'>;
}

export function aggregateDeps(
  config: Config<'aggregate'>,
  clients: AwsClients = createClients(),
): AggregateHandlerDeps {
  return {
    store: new DynamoEventStateStore({ client: clients.doc, tableName: config.tables.events }),
    alerts: new AlertsRepo(clients.doc, config.tables.alerts),
    tombstones: new DynamoTombstoneStore(clients.doc, config.tables.tombstones),
    // Both kinds to the evidence DLQ: nothing in this queue is producers' input.
    quarantine: new Quarantine(clients.sqs, { badInput: config.queues.evidenceDlq, poison: config.queues.evidenceDlq }),
  };
}

/**
 * The batch's messages by partition (their FIFO group), each partition's
 * parts in order through one load and one commit; partitions in parallel (they never
 * share state items). A partition that fails fails all its messages in the
 * batch (SQS hands them back in order); on a message's last receive it is
 * parked in the evidence DLQ with the error, so that its group moves on.
 * A message that does not decode is parked at once: retrying cannot fix it.
 */
export function createAggregateHandler(
  deps: AggregateHandlerDeps,
  t: Telemetry,
  onOutcome?: (o: AggregateOutcome) => void,
): AggregateHandler {
  const poison = async (r: SQSRecord, reason: string) => {
    t.logger.error('evidence message quarantined', { messageId: r.messageId, reason });
    await deps.quarantine.put({ kind: 'poison', reason, sourceMessageId: r.messageId, payload: r.body });
    t.metrics.addMetric(METRICS.messagesPoisoned, MetricUnit.Count, 1);
  };
  return async (event) => {
    const failed: SQSRecord[] = [];
    const errors: Error[] = [];
    // A message that cannot be parked stays on the queue alone (its own redrive parks it later, without the
    // reason); the rest of the batch goes on.
    const park = async (r: SQSRecord, reason: string) => {
      try {
        await poison(r, reason);
      } catch (e) {
        failed.push(r);
        errors.push(e instanceof Error ? e : new Error(errorMessage(e)));
      }
    };
    const groups = new Map<string, { record: SQSRecord; parts: EvidenceEnvelope[]; bad: BadPart[] }[]>();
    for (const r of event.Records) {
      const d = decodeEvidenceBody(r.body);
      if (!d.ok) {
        await park(r, `not an evidence message: ${d.reason}`);
        continue;
      }
      const g = groups.get(d.partition) ?? [];
      g.push({ record: r, parts: d.parts, bad: d.bad });
      groups.set(d.partition, g);
    }
    // A part that does not decode is parked alone, once its message's other parts are applied (before, a retry
    // of the message would park it again); on the message's last failure the whole message is parked instead.
    const parkBad = async (r: SQSRecord, bad: readonly BadPart[]) => {
      for (const b of bad) {
        const reason = `part ${b.index} of evidence message ${r.messageId} is not evidence: ${b.reason}`;
        t.logger.error('evidence part quarantined', { messageId: r.messageId, part: b.index, reason });
        await deps.quarantine.put({
          kind: 'poison',
          reason,
          sourceMessageId: `${r.messageId}#part-${b.index}`,
          payload: b.body,
        });
        t.metrics.addMetric(METRICS.messagesPoisoned, MetricUnit.Count, 1);
      }
    };
    const processor = { failureMessages: failed, errors };
    return settleBatch(t, processor, async () => {
      await Promise.all(
        [...groups].map(async ([partition, items]) => {
          try {
            const o = await aggregateMessages(
              partition,
              items.flatMap((i) => i.parts),
              deps,
            );
            t.metrics.addMetric(METRICS.evidenceApplied, MetricUnit.Count, o.applied);
            t.metrics.addMetric(METRICS.evidenceDuplicates, MetricUnit.Count, o.duplicates);
            t.metrics.addMetric(METRICS.alertsCreated, MetricUnit.Count, o.alertsCreated);
            if (o.stateConflicts > 0) t.metrics.addMetric(METRICS.stateConflicts, MetricUnit.Count, o.stateConflicts);
            onOutcome?.(o);
            for (const { record, bad } of items) await parkBad(record, bad);
          } catch (e) {
            for (const { record } of items) {
              const receives = Number(record.attributes.ApproximateReceiveCount ?? 1);
              if (receives >= EVIDENCE.maxReceiveCount)
                await park(record, `failed ${receives} times in the aggregate function: ${errorMessage(e)}`);
              else {
                failed.push(record);
                errors.push(e instanceof Error ? e : new Error(errorMessage(e)));
              }
            }
          }
        }),
      );
      return { batchItemFailures: failed.map((r) => ({ itemIdentifier: r.messageId })) };
    });
  };
}

export const handler: AggregateHandler = entryPoint(() => {
  const config = loadConfig('aggregate');
  const t = createTelemetry();
  t.logger.info('gazetteer loaded', gazetteerLoad);
  return createAggregateHandler(aggregateDeps(config), t);
});
