/**
 * Stage 2 of two source trees in one process, alternating (speed work on a shared machine: compare ratios, not runs):
 * stage 1 once (this tree's scoreMessage, the evidence bodies as the FIFO queue holds them), then per pass each tree's
 * aggregateMessages over every group's messages in groups of 10 on a fresh in-memory store. Prints the median CPU per
 * pass and per batch, and a SHA-1 of every put (key, expected version, text) and every alert version: the same digest
 * means the same results.
 *
 *   node --import tsx bench/stage2-ab.ts PASSES TREE_A [TREE_B ...]   # e.g. a `git archive main` copy and this tree
 *
 * TOCSIN_DEV_STREAM picks the workload (dev-heavy: .../dev-heavy.jsonl.gz); BENCH_AB_GZIP=1 adds the DynamoDB
 * adapter's gzip on write and gunzip on read; BENCH_AB_DIGEST=0 leaves the digest out of the timed passes.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { GZIP_OVER } from '../functions/adapters/dynamo-event-store';
import { decodeEvidenceBody, type EvidenceEnvelope, evidenceBodies } from '../functions/adapters/evidence-queue';
import type { AggregateDeps } from '../functions/aggregate/aggregate-messages';
import type { EventStateStore, StatePut } from '../functions/domain/detector';
import { scoreMessage } from '../functions/score/score-message';
import { inProcessStages } from '../tools/local/in-process-stages';
import { ingestClocks, loadWorkload, median } from './common';

interface Tree {
  root: string;
  aggregateMessages: typeof import('../functions/aggregate/aggregate-messages').aggregateMessages;
  /** A queued body as the parts the tree's stage 2 applies. */
  parse: (body: string) => EvidenceEnvelope[];
  newStore: () => EventStateStore;
  tombstones: () => AggregateDeps['tombstones'];
}

async function treeAt(root: string): Promise<Tree> {
  const agg = (await import(
    `${root}/functions/aggregate/aggregate-messages.ts`
  )) as typeof import('../functions/aggregate/aggregate-messages');
  const q = (await import(
    `${root}/functions/adapters/evidence-queue.ts`
  )) as typeof import('../functions/adapters/evidence-queue');
  const det = (await import(
    `${root}/functions/domain/detector/index.ts`
  )) as typeof import('../functions/domain/detector');
  const tomb = (await import(
    `${root}/functions/connectors/tombstones.ts`
  )) as typeof import('../functions/connectors/tombstones');
  return {
    root,
    aggregateMessages: agg.aggregateMessages,
    // A tree from before packing decodes each part as the single message it took then.
    parse: (body) => {
      if ('decodeEvidenceBody' in q) {
        const d = q.decodeEvidenceBody(body);
        if (!d.ok) throw new Error(d.reason);
        return d.parts;
      }
      const d = decodeEvidenceBody(body);
      if (!d.ok) throw new Error(d.reason);
      return d.parts.map((x) =>
        (q as { EvidenceEnvelopeSchema: { parse(v: unknown): EvidenceEnvelope } }).EvidenceEnvelopeSchema.parse(
          JSON.parse(JSON.stringify(x)),
        ),
      );
    },
    newStore: () => new det.InMemoryEventStateStore(),
    tombstones: () => new tomb.InMemoryTombstoneStore(),
  };
}

const gzip = process.env.BENCH_AB_GZIP === '1';
const digest = process.env.BENCH_AB_DIGEST !== '0';

/** One pass of a tree's stage 2 over the queued bodies: CPU ms, batches, digest. */
async function pass(tree: Tree, queued: ReadonlyMap<string, readonly string[]>) {
  const inner = tree.newStore();
  const zipped = new Map<string, Buffer>();
  const h = createHash('sha1');
  const store: EventStateStore = {
    load: async (keys) => {
      const out = await inner.load(keys);
      if (gzip)
        for (const k of out.keys()) {
          const z = zipped.get(k);
          if (z) gunzipSync(z);
        }
      return out;
    },
    save: async (puts: readonly StatePut[]) => {
      await inner.save(puts);
      for (const p of puts) {
        if (digest) h.update(`${p.key}\t${p.expectedVersion}\t${p.data}\n`);
        if (gzip && p.data.length > GZIP_OVER) zipped.set(p.key, gzipSync(p.data));
      }
    },
  };
  const deps: AggregateDeps = {
    store,
    tombstones: tree.tombstones(),
    alerts: {
      put: async (a) => {
        if (digest) h.update(`${JSON.stringify(a)}\n`);
        return 'created';
      },
    },
    sleep: async () => undefined,
  };
  let batches = 0;
  const c0 = process.cpuUsage();
  for (const [partition, bodies] of [...queued].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (let i = 0; i < bodies.length; i += 10) {
      await tree.aggregateMessages(partition, bodies.slice(i, i + 10).flatMap(tree.parse), deps);
      batches++;
    }
  }
  const d = process.cpuUsage(c0);
  return { ms: (d.user + d.system) / 1000, batches, digest: digest ? h.digest('hex').slice(0, 12) : '-' };
}

async function main(): Promise<void> {
  const [passesArg, ...roots] = process.argv.slice(2);
  const passes = Number(passesArg);
  if (!Number.isInteger(passes) || passes < 1 || roots.length === 0)
    throw new Error('usage: stage2-ab.ts PASSES TREE_A [TREE_B ...]');
  const w = await loadWorkload();
  const clocks = ingestClocks(w.bodies);
  const s = inProcessStages({ deferred: true, clock: (id) => clocks.get(id) ?? new Date(0) });
  const queued = new Map<string, string[]>();
  const seen = new Set<string>();
  s.deps.evidence = {
    send: async (parts) => {
      for (const b of evidenceBodies(parts)) {
        const id = b.partIds.join(',');
        if (seen.has(id)) continue;
        seen.add(id);
        queued.set(b.partition, [...(queued.get(b.partition) ?? []), b.body]);
      }
      return [];
    },
  };
  for (const [i, b] of w.bodies.entries()) await scoreMessage(b, `m${i}`, s.deps);
  const trees = await Promise.all(roots.map((r) => treeAt(resolve(r))));
  process.stderr.write(`${w.label}: ${seen.size} evidence messages in ${queued.size} groups\n`);
  for (const t of trees) await pass(t, queued);
  const ms = trees.map((): number[] => []);
  const digests = trees.map(() => new Set<string>());
  let batches = 0;
  for (let p = 0; p < passes; p++) {
    const order = trees.map((_, i) => (p % 2 === 0 ? i : trees.length - 1 - i));
    for (const i of order) {
      const r = await pass(trees[i] as Tree, queued);
      ms[i]?.push(r.ms);
      digests[i]?.add(r.digest);
      batches = r.batches;
    }
  }
  const medians = ms.map((xs) => median(xs));
  for (const [i, t] of trees.entries())
    console.log(
      `${t.root}: median ${medians[i]?.toFixed(1)} ms CPU a pass, ${((medians[i] ?? 0) / batches).toFixed(3)} ms a batch (${batches} batches); passes ${ms[i]?.map((x) => x.toFixed(0)).join(' ')}; digest ${[...(digests[i] ?? [])].join(',')}`,
    );
  for (let i = 1; i < trees.length; i++)
    console.log(`${trees[i]?.root} / ${trees[0]?.root}: ${((medians[i] ?? 0) / (medians[0] ?? 1)).toFixed(3)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
