/**
 * The keyed state of stage-2 partitions around the EventStateStore: load a
 * set of partitions (their heads in one read, then their active candidates in
 * a second), and the conditional puts of what processing touched. Items that
 * do not decode (another state version, a damaged item) are discarded with
 * their reason and start afresh; their item version is kept, so the write
 * stays conditional on what was read.
 *
 * Decoding (JSON.parse + zod) was a quarter of a replay's CPU, and a
 * partition's next message mostly reads back what the last one committed. So
 * each store keeps, per key, the decoded object of the item as last committed
 * (or read and left unchanged), with the item's version and text: a load that
 * reads that very item (same version, same text) takes the object instead of
 * decoding the text again. Anything else decodes: another writer's version, a
 * failed commit, an item the store no longer returns. A load takes the object
 * out (only one batch may change it), a successful commit puts back what it
 * wrote, so a conflict leaves nothing behind. Items read and not written are
 * kept as read: this relies on processing marking every item it changes in
 * `touched` (processPartition's contract); kept-state.test.ts checks after
 * every commit that each kept object is what its text decodes to.
 */
import type { z } from 'zod';
import type { EventStateStore, StatePut, StoredState } from '../store';
import { PARAMS } from './params';
import type { PartitionState } from './partition';
import { familyOfGroup, NO_REGION } from './evidence';
import { type Candidate, CandidateSchema, decodeItem, emptyHead, type Head, HeadSchema, headKey } from './state';

export interface LoadedPartitions {
  states: Map<string, PartitionState>;
  /** Item version of every key read (0: absent): the write's condition. */
  versions: Map<string, number>;
  /** Items read but not decoded, discarded. */
  discarded: { key: string; reason: string }[];
  /** The text of every item read and decoded: kept with its object after a commit that leaves it unchanged. */
  read: Map<string, string>;
}

/** A decoded item and the exact stored item it decodes from. */
export interface Kept<T> {
  version: number;
  data: string;
  value: T;
}

/** Decoded items kept for one store, by key (the most recently committed last). */
export interface KeptItems {
  heads: Map<string, Kept<Head>>;
  candidates: Map<string, Kept<Candidate>>;
}

/** Items kept per store; past it the oldest go (a load reads at most a head and PARAMS.activeCap candidates per family: ~300 today). */
export const KEPT_MAX = 1000;

const keptByStore = new WeakMap<EventStateStore, KeptItems>();

/** The decoded items kept for a store (exported for the test of the invariant: each decodes from its text). */
export function keptItems(store: EventStateStore): KeptItems {
  let k = keptByStore.get(store);
  if (!k) {
    k = { heads: new Map(), candidates: new Map() };
    keptByStore.set(store, k);
  }
  return k;
}

/** Loads the partitions of these stage-2 groups (a family, or a finer key of one: evidence.ts groupOf). */
export async function loadPartitions(store: EventStateStore, groups: readonly string[]): Promise<LoadedPartitions> {
  const versions = new Map<string, number>();
  const discarded: { key: string; reason: string }[] = [];
  const states = new Map<string, PartitionState>();
  const read = new Map<string, string>();
  if (groups.length === 0) return { states, versions, discarded, read };
  const kept = keptItems(store);
  const headKeys = [...new Set(groups)].sort().map(headKey);
  const first = await store.load(headKeys);
  const wanted: string[] = [];
  for (const group of [...new Set(groups)].sort()) {
    const key = headKey(group);
    const head = decodeOr(first.get(key), key, HeadSchema, kept.heads, versions, discarded, read) ?? emptyHead(group);
    states.set(group, { group, head, candidates: new Map(), touched: new Set() });
    for (const [ck] of head.active) wanted.push(ck);
  }
  if (wanted.length > 0) {
    const second = await store.load([...new Set(wanted)].sort());
    for (const s of states.values()) {
      for (const [ck] of s.head.active) {
        const c = decodeOr(second.get(ck), ck, CandidateSchema, kept.candidates, versions, discarded, read);
        if (c) s.candidates.set(ck, c);
      }
    }
  }
  return { states, versions, discarded, read };
}

function decodeOr<S extends z.ZodType>(
  stored: StoredState | undefined,
  key: string,
  schema: S,
  kept: Map<string, Kept<z.infer<S>>>,
  versions: Map<string, number>,
  discarded: { key: string; reason: string }[],
  read: Map<string, string>,
): z.infer<S> | null {
  versions.set(key, stored?.version ?? 0);
  const k = kept.get(key);
  if (k) kept.delete(key);
  if (!stored) return null;
  if (k && k.version === stored.version && k.data === stored.data) {
    read.set(key, stored.data);
    return k.value;
  }
  const d = decodeItem(schema, stored.data);
  if (d.ok) {
    read.set(key, stored.data);
    return d.value;
  }
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

/**
 * Writes what processing touched (conditionally) and, once written, keeps the
 * decoded items for the store's next load: the ones written at their new
 * version, the ones read and left unchanged at theirs. The loaded state must
 * not be changed after this (the next load may hand its objects out).
 */
export async function commitLoaded(store: EventStateStore, loaded: LoadedPartitions): Promise<void> {
  const puts = touchedPuts(loaded);
  if (puts.length > 0) await store.save(puts);
  const kept = keptItems(store);
  const written = new Map(puts.map((p) => [p.key, p]));
  for (const s of loaded.states.values()) {
    keep(kept.heads, s.head.key, s.head, written, loaded);
    for (const [key, c] of s.candidates) keep(kept.candidates, key, c, written, loaded);
  }
}

function keep<T>(
  into: Map<string, Kept<T>>,
  key: string,
  value: T,
  written: Map<string, StatePut>,
  loaded: LoadedPartitions,
): void {
  const w = written.get(key);
  let k: Kept<T>;
  if (w) k = { version: w.expectedVersion + 1, data: w.data, value };
  else {
    const data = loaded.read.get(key);
    // Not written and not read as it is (absent, discarded, or created and left untouched): nothing to keep.
    if (data === undefined) return;
    k = { version: loaded.versions.get(key) ?? 0, data, value };
  }
  into.delete(key);
  into.set(key, k);
  if (into.size > KEPT_MAX) {
    const oldest = into.keys().next();
    if (!oldest.done) into.delete(oldest.value);
  }
}

/**
 * The unplaced group (`family#none`) of each placed group of a regional family among `states`, read only, attached
 * to those states (PartitionState.unplaced): the group's own state when it is in this batch, else as stored (not
 * kept, never written). One more head and its active candidates per family in the loads.
 */
export async function loadUnplaced(store: EventStateStore, states: ReadonlyMap<string, PartitionState>): Promise<void> {
  const readers = [...states.values()].filter((s) => {
    const [family, region] = s.group.split('#');
    return region !== undefined && region !== NO_REGION && !region.startsWith(`${NO_REGION}/`) && !PARAMS.pointFamilies.includes(family as string);
  });
  const wanted = [...new Set(readers.map((s) => `${familyOfGroup(s.group)}#${NO_REGION}`))].sort();
  const stored = wanted.filter((g) => !states.has(g));
  const heads = stored.length > 0 ? await store.load(stored.map(headKey)) : new Map<string, StoredState>();
  const byGroup = new Map<string, { head: Head; candidates: Map<string, Candidate> }>();
  const keys: string[] = [];
  for (const g of stored) {
    const h = heads.get(headKey(g));
    const d = h ? decodeItem(HeadSchema, h.data) : null;
    const head = d?.ok ? d.value : emptyHead(g);
    byGroup.set(g, { head, candidates: new Map() });
    for (const [ck] of head.active) keys.push(ck);
  }
  if (keys.length > 0) {
    const items = await store.load([...new Set(keys)].sort());
    for (const u of byGroup.values())
      for (const [ck] of u.head.active) {
        const item = items.get(ck);
        const d = item ? decodeItem(CandidateSchema, item.data) : null;
        if (d?.ok) u.candidates.set(ck, d.value);
      }
  }
  for (const s of readers) {
    const g = `${familyOfGroup(s.group)}#${NO_REGION}`;
    const own = states.get(g);
    s.unplaced = own ? { head: own.head, candidates: own.candidates } : byGroup.get(g);
  }
}
