/**
 * Which fan-out shard a customer is in: FNV-1a of its id, modulo the shard
 * count (FAN_OUT_SHARDS in resources/). Stable across runs and machines, so
 * the CLI that writes a customer and the migration that re-shards agree.
 */
import { hashStr } from './detector/hash';

export function shardOf(customerId: string, count: number): number {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`shard count must be a positive integer, not ${count}`);
  return hashStr(customerId) % count;
}
