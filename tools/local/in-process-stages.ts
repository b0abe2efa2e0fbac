/**
 * The two detector stages in one process (tests, the same-results check, the
 * stages benchmark), with the code the Lambdas run:
 * stage 1 is scoreMessages (functions/score: one call per invocation, its
 * parts packed per partition), its evidence goes over the wire format of the
 * evidence queue (evidenceBodies -> JSON -> zod) with the FIFO queue's
 * deduplication by message id, and stage 2 is aggregateMessages
 * (functions/aggregate) on an in-memory store, per partition in order, up to
 * `groupBatch` messages per load and commit (Lambda's FIFO batch is 10).
 * With `deferred`, stage 2 runs only at flush() (stage 1 far ahead of it, as
 * under load); otherwise each stage-1 message's evidence is aggregated at once.
 */

import { decodeEvidenceBody, evidenceBodies } from '../../functions/adapters/evidence-queue';
import type { QuarantineEntry } from '../../functions/adapters/quarantine';
import { type AggregateOutcome, aggregateMessages } from '../../functions/aggregate/aggregate-messages';
import { InMemoryTombstoneStore } from '../../functions/connectors/tombstones';
import type { Alert } from '../../functions/domain/alert';
import {
  defaultModel,
  type EventStateStore,
  InMemoryEventStateStore,
  type Model,
  scoreBatch,
} from '../../functions/domain/detector';
import { SourceRegistry } from '../../functions/domain/sources';
import { type IngestClock, type MessageOutcome, type ScoreDeps, wallClock } from '../../functions/score/score-message';

export interface InProcessStages {
  deps: ScoreDeps;
  store: EventStateStore;
  alerts: Alert[];
  quarantined: QuarantineEntry[];
  /** Stage 1's outcomes, when recorded through record(). */
  stage1: MessageOutcome[];
  stage2: AggregateOutcome[];
  /** Evidence messages the FIFO queue's deduplication dropped. */
  deduplicated: number;
  /** Evidence messages queued (after deduplication) and the bytes of their bodies. */
  evidenceMessages: number;
  evidenceBytes: number;
  /** Evidence messages per stage-2 batch (aggregateMessages call), in the order of stage2. */
  stage2Messages: number[];
  record(o: MessageOutcome): void;
  /** Runs stage 2 over everything queued (deferred mode). */
  flush(): Promise<void>;
  /** Posts counted once: stage 1's scored minus stage 2's duplicates (the single-stage detector's `scored`). */
  readonly scored: number;
  readonly duplicates: number;
  readonly rejected: number;
}

export function inProcessStages(
  opts: { model?: Model; clock?: IngestClock; deferred?: boolean; groupBatch?: number; store?: EventStateStore } = {},
): InProcessStages {
  const model = opts.model ?? defaultModel();
  const store = opts.store ?? new InMemoryEventStateStore();
  const alerts: Alert[] = [];
  const quarantined: QuarantineEntry[] = [];
  const stage1: MessageOutcome[] = [];
  const stage2: AggregateOutcome[] = [];
  const seen = new Set<string>();
  /** Evidence bodies as the queue holds them, per partition (group), decoded by stage 2. */
  const queued = new Map<string, string[]>();
  const groupBatch = opts.groupBatch ?? 10;
  const aggDeps = {
    store,
    // In-process stages see no deletions.
    tombstones: new InMemoryTombstoneStore(),
    alerts: {
      put: async (a: Alert) => {
        alerts.push(a);
        return 'created' as const;
      },
    },
    sleep: async () => undefined,
  };
  const drain = async () => {
    for (const [partition, list] of [...queued].sort(([a], [b]) => a.localeCompare(b))) {
      while (list.length > 0) {
        const bodies = list.splice(0, groupBatch);
        const parts = bodies.flatMap((body) => {
          const d = decodeEvidenceBody(body);
          if (!d.ok) throw new Error(`evidence body: ${d.reason}`);
          if (d.bad[0]) throw new Error(`evidence body: ${d.bad[0].reason}`);
          return d.parts;
        });
        stage2.push(await aggregateMessages(partition, parts, aggDeps));
        s.stage2Messages.push(bodies.length);
      }
    }
  };
  const s: InProcessStages = {
    store,
    alerts,
    quarantined,
    stage1,
    stage2,
    deduplicated: 0,
    evidenceMessages: 0,
    evidenceBytes: 0,
    stage2Messages: [],
    deps: {
      score: (batchId, posts) => scoreBatch(batchId, posts, model),
      evidence: {
        send: async (parts) => {
          for (const b of evidenceBodies(parts)) {
            const id = b.partIds.join(',');
            if (seen.has(id)) {
              s.deduplicated++;
              continue;
            }
            seen.add(id);
            s.evidenceMessages++;
            s.evidenceBytes += b.body.length;
            const list = queued.get(b.partition) ?? [];
            list.push(b.body);
            queued.set(b.partition, list);
          }
          if (!opts.deferred) await drain();
          return [];
        },
      },
      quarantine: { put: async (e) => void quarantined.push(e) },
      sources: { current: async () => SourceRegistry.of() },
      clock: opts.clock ?? wallClock,
    },
    record: (o) => void stage1.push(o),
    flush: drain,
    get scored() {
      return stage1.reduce((n, o) => n + o.scored, 0) - s.duplicates;
    },
    get duplicates() {
      return stage2.reduce((n, o) => n + o.duplicates, 0);
    },
    get rejected() {
      return stage1.reduce((n, o) => n + o.rejected, 0);
    },
  };
  return s;
}
