/**
 * Event state persistence: ONE interface, two implementations (in-memory
 * here; DynamoDB in functions/adapters/dynamo-event-store.ts). Items are
 * opaque JSON strings with a version for optimistic concurrency and an
 * expiry (epoch seconds, stream time based) for TTL.
 */

export interface StoredState {
  version: number;
  data: string;
  /** Epoch seconds; the domain also checks freshness itself (TTL deletion is lazy). */
  expiresAt: number;
}

export interface StatePut {
  key: string;
  /** Version the item had when loaded; 0 when it did not exist. The write stores expectedVersion + 1. */
  expectedVersion: number;
  data: string;
  expiresAt: number;
}

export interface EventStateStore {
  /** Loads the given keys in one go (batch); absent keys are missing from the map. */
  load(keys: readonly string[]): Promise<Map<string, StoredState>>;
  /** Conditionally writes changed items; throws an error named 'ConcurrentUpdateError' if any version moved. */
  save(puts: readonly StatePut[]): Promise<void>;
}

export class ConcurrentUpdateError extends Error {
  override name = 'ConcurrentUpdateError';
  constructor(message: string) {
    super(message);
  }
}

export class InMemoryEventStateStore implements EventStateStore {
  private readonly items = new Map<string, StoredState>();

  async load(keys: readonly string[]): Promise<Map<string, StoredState>> {
    const out = new Map<string, StoredState>();
    for (const k of keys) {
      const v = this.items.get(k);
      if (v) out.set(k, { ...v });
    }
    return out;
  }

  async save(puts: readonly StatePut[]): Promise<void> {
    for (const p of puts) {
      const cur = this.items.get(p.key);
      if ((cur?.version ?? 0) !== p.expectedVersion) {
        throw new ConcurrentUpdateError(`state item ${p.key} is at version ${cur?.version ?? 0}, expected ${p.expectedVersion}`);
      }
    }
    for (const p of puts) this.items.set(p.key, { version: p.expectedVersion + 1, data: p.data, expiresAt: p.expiresAt });
  }

  /** Number of stored items (tests, diagnostics). */
  get size(): number {
    return this.items.size;
  }
}
