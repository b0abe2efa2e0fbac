/**
 * The keyed state of stage-2 partitions around the EventStateStore: load a
 * set of partitions (their heads in one read, then their active candidates in
 * a second), and the conditional puts of what processing touched. Items that
 * do not decode (another state version, a damaged item) are discarded with
 * their reason and start afresh; their item version is kept, so the write
 * stays conditional on what was read.
 */
import type { z } from 'zod';
import type { EventStateStore, StatePut, StoredState } from '../store';
import { PARAMS } from './params';
import type { PartitionState } from './partition';
import { type Candidate, CandidateSchema, decodeItem, emptyHead, type Head, HeadSchema, headKey } from './state';

export interface LoadedPartitions {
  states: Map<string, PartitionState>;
  /** Item version of every key read (0: absent): the write's condition. */
  versions: Map<string, number>;
  /** Items read but not decoded, discarded. */
  discarded: { key: string; reason: string }[];
}

export async function loadPartitions(store: EventStateStore, families: readonly string[]): Promise<LoadedPartitions> {
  const versions = new Map<string, number>();
  const discarded: { key: string; reason: string }[] = [];
  const states = new Map<string, PartitionState>();
  if (families.length === 0) return { states, versions, discarded };
  const headKeys = [...new Set(families)].sort().map(headKey);
  const first = await store.load(headKeys);
  const wanted: string[] = [];
  for (const family of [...new Set(families)].sort()) {
    const key = headKey(family);
    const head = decodeOr(first.get(key), key, HeadSchema, versions, discarded) ?? emptyHead(family);
    states.set(family, { family, head, candidates: new Map(), touched: new Set() });
    for (const [ck] of head.active) wanted.push(ck);
  }
  if (wanted.length > 0) {
    const second = await store.load([...new Set(wanted)].sort());
    for (const s of states.values()) {
      for (const [ck] of s.head.active) {
        const c = decodeOr(second.get(ck), ck, CandidateSchema, versions, discarded);
        if (c) s.candidates.set(ck, c);
      }
    }
  }
  return { states, versions, discarded };
}

function decodeOr<S extends z.ZodType>(
  stored: StoredState | undefined,
  key: string,
  schema: S,
  versions: Map<string, number>,
  discarded: { key: string; reason: string }[],
): z.infer<S> | null {
  versions.set(key, stored?.version ?? 0);
  if (!stored) return null;
  const d = decodeItem(schema, stored.data);
  if (d.ok) return d.value;
  discarded.push({ key, reason: d.reason });
  return null;
}

/** The conditional puts of every item processing touched, in key order. */
export function touchedPuts(loaded: LoadedPartitions): StatePut[] {
  const puts: StatePut[] = [];
  for (const s of loaded.states.values()) {
    for (const key of s.touched) {
      const item: Head | Candidate | undefined = key === s.head.key ? s.head : s.candidates.get(key);
      if (!item) continue;
      const lastAt = 'clock' in item ? item.clock : item.lastAt;
      puts.push({
        key,
        expectedVersion: loaded.versions.get(key) ?? 0,
        data: JSON.stringify(item),
        expiresAt: Math.floor(lastAt / 1000) + PARAMS.stateTtlSeconds,
      });
    }
  }
  return puts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
