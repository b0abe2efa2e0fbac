/**
 * One reader per source at a time, across Lambda invocations: a lease item
 * taken with a conditional write (free, expired, or already ours), renewed
 * while reading, released after the final checkpoint. `endsAt` announces
 * when the holder's shift ends, so that its successor can wait for it and
 * take over at once instead of leaving a gap until the next schedule tick.
 */
import { sleep } from './backoff';
import type { RunningConnector } from './running';

export interface Lease {
  owner: string;
  /** Epoch ms: after this, anyone may take the lease (the holder died). */
  expiresAt: number;
  /** Epoch ms: when the holder plans to hand over. */
  endsAt: number;
}

export interface LeaseStore {
  read(name: string): Promise<Lease | undefined>;
  /** Takes the lease if it is free, expired at `now`, or already the owner's. */
  acquire(name: string, lease: Lease, now: number): Promise<boolean>;
  /** Extends it; false when someone else holds it now. */
  renew(name: string, lease: Lease): Promise<boolean>;
  release(name: string, owner: string): Promise<void>;
}

export class InMemoryLeaseStore implements LeaseStore {
  readonly items = new Map<string, Lease>();
  async read(name: string): Promise<Lease | undefined> {
    const l = this.items.get(name);
    return l ? { ...l } : undefined;
  }
  async acquire(name: string, lease: Lease, now: number): Promise<boolean> {
    const cur = this.items.get(name);
    if (cur && cur.expiresAt >= now && cur.owner !== lease.owner) return false;
    this.items.set(name, { ...lease });
    return true;
  }
  async renew(name: string, lease: Lease): Promise<boolean> {
    if (this.items.get(name)?.owner !== lease.owner) return false;
    this.items.set(name, { ...lease });
    return true;
  }
  async release(name: string, owner: string): Promise<void> {
    if (this.items.get(name)?.owner === owner) this.items.delete(name);
  }
}

export interface ShiftOptions {
  /** Lease name, e.g. "bluesky". */
  name: string;
  /** This invocation (e.g. the Lambda request id). */
  owner: string;
  lease: LeaseStore;
  /** How long this shift reads. */
  runForMs: number;
  /** Epoch ms by which reading must stop whatever runForMs says (the invocation's time limit less the final flush). */
  stopBy?: number;
  /** A holder that stops renewing loses the lease after this. */
  leaseTtlMs?: number;
  /** A newcomer waits for a holder whose shift ends within this, then takes over; otherwise it leaves. */
  handoverWaitMs?: number;
  pollMs?: number;
  flushMs?: number;
  start: () => RunningConnector | Promise<RunningConnector>;
  now?: () => number;
}

export type ShiftResult =
  | { ran: false; reason: 'held'; holder?: string }
  | {
      ran: true;
      flushed: boolean;
      lostLease: boolean;
      startedAt: number;
      endedAt: number;
      connector: RunningConnector;
    };

export const SHIFT_DEFAULTS = { leaseTtlMs: 60_000, handoverWaitMs: 90_000, pollMs: 1000, flushMs: 30_000 } as const;

export async function runShift(o: ShiftOptions): Promise<ShiftResult> {
  const now = o.now ?? Date.now;
  const ttl = o.leaseTtlMs ?? SHIFT_DEFAULTS.leaseTtlMs;
  const waitUntil = now() + (o.handoverWaitMs ?? SHIFT_DEFAULTS.handoverWaitMs);
  let mine: Lease;
  for (;;) {
    const t = now();
    mine = { owner: o.owner, expiresAt: t + ttl, endsAt: Math.min(t + o.runForMs, o.stopBy ?? Infinity) };
    if (await o.lease.acquire(o.name, mine, t)) break;
    const held = await o.lease.read(o.name);
    if (held && (held.endsAt > waitUntil || t > waitUntil)) return { ran: false, reason: 'held', holder: held.owner };
    await sleep(o.pollMs ?? SHIFT_DEFAULTS.pollMs);
  }
  const startedAt = now();
  const connector = await o.start();
  let lostLease = false;
  const renewEvery = Math.max(10, Math.floor(ttl / 3));
  for (let left = mine.endsAt - now(); left > 0; left = mine.endsAt - now()) {
    await sleep(Math.min(renewEvery, left));
    if (!(await o.lease.renew(o.name, { ...mine, expiresAt: now() + ttl }))) {
      lostLease = true;
      break;
    }
  }
  const flushed = await connector.stop(o.flushMs ?? SHIFT_DEFAULTS.flushMs);
  if (!lostLease) await o.lease.release(o.name, o.owner);
  return { ran: true, flushed, lostLease, startedAt, endedAt: now(), connector };
}
