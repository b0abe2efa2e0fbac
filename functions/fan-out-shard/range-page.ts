/**
 * Which customers a fan-out job decides itself, and which jobs take the rest
 * of its range. The job reads its shards in order (a window of them at once)
 * and takes whole shards while they fit in one page; at the first shard that
 * does not fit, it takes what fits of it and hands the rest on: that shard
 * from the last id taken, and every later shard of the range as a job of its
 * own. Every customer of the range is thus in exactly one job's page (the
 * property test checks it for any layout), a few customers cost one job, and
 * many spread over one job per shard page, as when every version was split
 * into one job per shard.
 */
import type { ShardJob } from '../adapters/fan-out-shards';

export interface ShardPage {
  ids: string[];
  /** More ids follow the last one (the index query stopped at its limit). */
  more: boolean;
}

/** The ids of one shard in id order, after `after`, at most `limit` (CustomersRepo.shardPage). */
export type ReadShard = (shard: number, after: string | undefined, limit: number) => Promise<ShardPage>;

/**
 * Shards read at once: 64 shards in 4 round trips when customers are few; at
 * most 15 reads wasted when the first shard already fills the page.
 */
export const SHARDS_READ_AT_ONCE = 16;

export interface RangePage {
  /** The customers this job decides, at most a page. */
  ids: string[];
  /** The jobs that cover the rest of the range (queued before this job's page is worked). */
  rest: ShardJob[];
}

export async function rangePage(job: ShardJob, read: ReadShard, pageSize: number): Promise<RangePage> {
  const { alertId, version } = job;
  const last = job.through ?? job.shard;
  const ids: string[] = [];
  const handOn = (shard: number, after: string | undefined): ShardJob[] => [
    { alertId, version, shard, ...(after === undefined ? {} : { after }) },
    ...Array.from({ length: last - shard }, (_, i) => ({ alertId, version, shard: shard + 1 + i })),
  ];
  const afterIn = (shard: number) => (shard === job.shard ? job.after : undefined);
  for (let from = job.shard; from <= last; from += SHARDS_READ_AT_ONCE) {
    // A full page: the later shards are not read here (each would only become a job of its own).
    if (ids.length === pageSize) return { ids, rest: handOn(from, afterIn(from)) };
    const shards = Array.from({ length: Math.min(SHARDS_READ_AT_ONCE, last - from + 1) }, (_, i) => from + i);
    const pages = await Promise.all(shards.map((s) => read(s, afterIn(s), pageSize)));
    for (const [i, page] of pages.entries()) {
      const shard = from + i;
      const room = pageSize - ids.length;
      if (page.ids.length <= room && !page.more) {
        ids.push(...page.ids);
        continue;
      }
      const taken = page.ids.slice(0, room);
      ids.push(...taken);
      return { ids, rest: handOn(shard, taken.at(-1) ?? afterIn(shard)) };
    }
  }
  return { ids, rest: [] };
}
