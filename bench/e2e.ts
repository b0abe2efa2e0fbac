/**
 * End-to-end latency under load, on the local pipeline (DynamoDB Local +
 * fauxqs, the real handlers via startLocalEnvironment + startPipeline, one
 * customer with an SQS subscriber queue).
 *
 * Load: RATE posts/s (default 1,000) for SECONDS (BENCH_E2E_SECONDS, default
 * 60; --quick: 10), one ingest message of RATE/10 posts every 100 ms. Posts
 * are the workload's posts cycled (ids suffixed on later cycles), re-timed:
 * each post's createdAt is within the 100 ms before its message is sent, so
 * the detector sees a natural (real-time) rate. Every EVENT_EVERY seconds a
 * breaking event is injected: eyewitness posts by distinct authors about one
 * place, spread over a few seconds, each event with its own place and
 * category.
 *
 * Latency of an alert version = arrival in the customer's queue - the time
 * the message holding the post that triggered it was sent (SendMessage call).
 * The triggering post is the one whose createdAt equals alert.triggeredAt;
 * message windows are disjoint in createdAt, so the message is found by time.
 *
 * Loss checks at the end: per-message outcomes (pipeline onMessage hook) sum
 * to the posts sent, postsIn = scored + rejected, every message
 * handled once; every alert version in the alerts table reached the
 * subscriber queue exactly once.
 */

import { parseArgs } from 'node:util';
import { DeleteMessageBatchCommand, GetQueueUrlCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { anyMessage } from '../functions/adapters/ingest-message';
import { sendIngestMessages } from '../functions/adapters/ingest-queue';
import { sqsSafeJson } from '../functions/adapters/sqs-json';
import type { AggregateOutcome } from '../functions/aggregate/aggregate-messages';
import type { AggregateHandlerDeps } from '../functions/aggregate/handler';
import { errorMessage } from '../functions/commons/errors';
import type { MessageOutcome, ScoreDeps } from '../functions/score/score-message';
import { adminContext } from '../tools/admin/context';
import { addCustomer, subscribeCustomer } from '../tools/admin/customers';
import { startLocalEnvironment } from '../tools/local/environment';
import { startPipeline } from '../tools/local/pipeline';
import { parseDelivery } from '../tools/local/subscriber';
import { emit, loadWorkload, percentile } from './common';

const CUSTOMER = 'bench-customer';

/** Places and categories for injected events: each event is a distinct place, with wording the detector knows. */
const EVENTS: { city: string; country: string; texts: string[] }[] = [
  {
    city: 'Houston',
    country: 'Texas',
    texts: [
      'Huge explosion at the chemical works in {c}, smoke everywhere',
      'Just heard a massive explosion near the plant in {c}, windows shook',
      'BREAKING: explosion reported at a chemical plant in {c}, {k}, injuries feared',
      'Explosion in {c}!! Fire trucks rushing to the plant',
      'A blast at the chemical plant in {c}, we felt it at home',
    ],
  },
  {
    city: 'Lima',
    country: 'Peru',
    texts: [
      'Strong earthquake just now in {c}, buildings shaking',
      'Earthquake! Everything shook here in {c}, {k}',
      'Big quake felt in {c}, people running into the streets',
      'Magnitude 6.9 earthquake hits {c}, {k}, reports of damage',
      'That earthquake in {c} was terrifying, still shaking',
    ],
  },
  {
    city: 'Sydney',
    country: 'Australia',
    texts: [
      'Massive fire in {c}, huge flames and black smoke over the city',
      'Huge fire burning near the harbour in {c}, firefighters everywhere',
      'BREAKING: large fire in {c}, residents evacuated',
      'The fire in {c} is spreading fast, you can see the smoke for miles',
      'Building on fire in {c} right now, flames through the roof',
    ],
  },
  {
    city: 'Madrid',
    country: 'Spain',
    texts: [
      'Train crash in {c}, carriages derailed, many injured',
      'Terrible train derailment near {c} station, ambulances arriving',
      'BREAKING: passenger train crashed in {c}, casualties reported',
      'Just saw the train crash in {c}, emergency services on scene',
      'Train derailed in {c}, people trapped inside the carriages',
    ],
  },
  {
    city: 'Denver',
    country: 'Colorado',
    texts: [
      'Shooting at a shopping mall in {c}, people running, police everywhere',
      'Shots fired at the mall in {c}, we are hiding in a store',
      'BREAKING: active shooter reported at a {c} shopping mall',
      'Gunman opened fire at a mall in {c}, several people shot',
      'Police responding to a shooting at the {c} mall, stay away',
    ],
  },
  {
    city: 'Manila',
    country: 'Philippines',
    texts: [
      'Flooding everywhere in {c}, streets under water after the typhoon',
      'Typhoon hitting {c} hard, roofs torn off, flooding in the streets',
      'BREAKING: severe floods in {c}, thousands evacuated',
      'Water rising fast in our street in {c}, flood is getting worse',
      'The flood in {c} is terrible, cars floating',
    ],
  },
  {
    city: 'Nairobi',
    country: 'Kenya',
    texts: [
      'Building collapsed in {c}, people trapped under the rubble',
      'A building just collapsed near us in {c}, rescuers digging',
      'BREAKING: residential building collapse in {c}, {k}, many feared trapped',
      'Collapse of a building in {c}, dust everywhere, ambulances coming',
      'Terrible building collapse in {c}, rescue teams on site',
    ],
  },
  {
    city: 'Toronto',
    country: 'Canada',
    texts: [
      'Explosion downtown {c}, huge bang and smoke',
      'Loud explosion in {c} just now, windows rattled',
      'BREAKING: explosion reported in downtown {c}, injuries',
      'Massive blast in {c}, police closing streets',
      'Heard an explosion in {c}, smoke rising over the buildings',
    ],
  },
  {
    city: 'Santiago',
    country: 'Chile',
    texts: [
      'Strong earthquake in {c}, everything shaking',
      'Earthquake in {c}, {k} right now, people outside',
      'BREAKING: magnitude 7.1 earthquake strikes near {c}',
      'Huge quake in {c}, buildings swaying',
      'That earthquake in {c} lasted so long, scary',
    ],
  },
  {
    city: 'Istanbul',
    country: 'Turkey',
    texts: [
      'Huge fire in {c}, flames everywhere near the market',
      'Massive fire burning in {c}, firefighters on scene',
      'BREAKING: big fire in {c}, {k}, people evacuated',
      'Smoke over {c}, a huge fire is spreading',
      'The fire in {c} is out of control',
    ],
  },
  {
    city: 'Mumbai',
    country: 'India',
    texts: [
      'Train crash in {c}, coaches overturned, many injured',
      'Horrible train accident near {c}, people trapped',
      'BREAKING: train derailed outside {c}, casualties feared',
      'Just saw the derailment in {c}, ambulances everywhere',
      'Train collided in {c}, rescue underway',
    ],
  },
  {
    city: 'Chicago',
    country: 'Illinois',
    texts: [
      'Shooting at a school in {c}, police everywhere',
      'Shots fired near the school in {c}, lockdown',
      'BREAKING: gunman opened fire at a {c} school, people shot',
      'Active shooter in {c}, we are hiding',
      'Police responding to a shooting in {c}, avoid the area',
    ],
  },
];

interface SentMessage {
  messageId: string;
  sentAt: number;
  fromT: number;
  toT: number;
  posts: number;
}

export interface E2EResult {
  seconds: number;
  targetRate: number;
  postsSent: number;
  messagesSent: number;
  achievedRate: number;
  eventsInjected: number;
  workload: string;
  latency: {
    alertVersions: number;
    measured: number;
    p50Ms: number;
    p95Ms: number;
    p99Ms: number;
    maxMs: number;
    minMs: number;
  };
  /**
   * Injected events found in an alert version's evidence (a new alert, or a new version of one they were merged into),
   * and the latency of the first such version per event.
   */
  injected: { events: number; alerted: number; firstVersionP50Ms: number; firstVersionMaxMs: number };
  scoreConcurrency: number;
  /** Score handler, per message (ms, median / p95): detector.processBatch (CPU + DynamoDB state loads), commit (state save), and per alert put. */
  scorePhases: {
    processBatchP50: number;
    processBatchP95: number;
    commitP50: number;
    commitP95: number;
    alertPutP50: number;
    alertPuts: number;
  };
  /** Send -> scored (per message): whether the score function keeps up; trend = median lag of the first and last fifth of messages. */
  scoreLag: {
    p50Ms: number;
    p95Ms: number;
    p99Ms: number;
    maxMs: number;
    firstFifthP50Ms: number;
    lastFifthP50Ms: number;
    scoredPostsPerSec: number;
  };
  accounting: {
    messagesHandled: number;
    distinctMessagesHandled: number;
    invalidMessages: number;
    postsIn: number;
    scored: number;
    duplicates: number;
    rejected: number;
    alertsCreated: number;
    postsInEqualsSent: boolean;
    postsInEqualsParts: boolean;
    everyMessageOnce: boolean;
  };
  delivery: {
    alertVersionsInTable: number;
    arrived: number;
    exactlyOnce: number;
    missing: string[];
    duplicated: string[];
    unexpected: string[];
    ledger: Record<string, number>;
  };
  errors: string[];
  ok: boolean;
}

export async function runE2E(opts: {
  seconds: number;
  rate?: number;
  eventEverySeconds?: number;
  scoreConcurrency?: number;
}): Promise<E2EResult> {
  const rate = opts.rate ?? 1000;
  const tickMs = 100;
  const perMessage = Math.round((rate * tickMs) / 1000);
  const eventEvery = (opts.eventEverySeconds ?? 5) * 1000;
  const w = await loadWorkload();
  const background = w.posts;
  const errors: string[] = [];

  // Where a message's time goes: stage 1's scoring (CPU), stage 2's commit (state save) and alert puts.
  const phases = { processBatch: [] as number[], commit: [] as number[], alertPuts: [] as number[] };
  const timed = (d: ScoreDeps): ScoreDeps => ({
    ...d,
    score(batchId, posts) {
      const t0 = performance.now();
      try {
        return d.score(batchId, posts);
      } finally {
        phases.processBatch.push(performance.now() - t0);
      }
    },
  });
  const timedAggregate = (d: AggregateHandlerDeps): AggregateHandlerDeps => ({
    ...d,
    store: {
      load: (keys) => d.store.load(keys),
      async save(puts) {
        const t1 = performance.now();
        await d.store.save(puts);
        phases.commit.push(performance.now() - t1);
      },
    },
    alerts: {
      async put(a) {
        const t0 = performance.now();
        try {
          return await d.alerts.put(a);
        } finally {
          phases.alertPuts.push(performance.now() - t0);
        }
      },
    },
  });
  const aggregates: AggregateOutcome[] = [];
  const env = await startLocalEnvironment({ visibilityTimeoutSeconds: 30 });
  const outcomes: (MessageOutcome & { at: number })[] = [];
  let pipeline: Awaited<ReturnType<typeof startPipeline>> | undefined;
  try {
    const ctx = adminContext('local', env.clients, async () => undefined);
    const year = (n: number) => new Date(Date.UTC(new Date().getUTCFullYear() + n, 0, 1)).toISOString();
    await addCustomer(ctx, {
      id: CUSTOMER,
      name: 'Benchmark customer',
      sector: 'news_media',
      contract: { status: 'active', tier: 'enterprise', startsAt: year(-1), endsAt: year(2) },
      entitlements: { categories: [], regions: [], minSeverity: 1 },
    });
    await subscribeCustomer(ctx, CUSTOMER, 'sqs', 'bench-subscriber');
    const subUrl = (await env.clients.sqs.send(new GetQueueUrlCommand({ QueueName: 'bench-subscriber' }))).QueueUrl!;
    pipeline = await startPipeline(
      env,
      {
        onMessage: (o) => outcomes.push({ ...o, at: Date.now() }),
        onAggregate: (o) => aggregates.push(o),
        onError: (where, e) => {
          errors.push(`${where}: ${errorMessage(e)}`);
        },
        onDiscard: (_r, e) => {
          errors.push(`fan-out discarded a record: ${e}`);
        },
      },
      {
        streamRetryDelayMs: 100,
        scoreConcurrency: opts.scoreConcurrency ?? 1,
        wrapScore: timed,
        wrapAggregate: timedAggregate,
      },
    );

    // Subscriber: receive, stamp arrival, delete.
    const arrivals: { key: string; at: number }[] = [];
    let receiving = true;
    const receiver = (async () => {
      while (receiving) {
        try {
          const r = await env.clients.sqs.send(
            new ReceiveMessageCommand({ QueueUrl: subUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
          );
          const at = Date.now();
          const ms = r.Messages ?? [];
          if (ms.length === 0) continue;
          for (const m of ms) {
            const d = parseDelivery(m.Body!);
            arrivals.push({ key: `${d.alertId}#${d.version}`, at });
          }
          await env.clients.sqs.send(
            new DeleteMessageBatchCommand({
              QueueUrl: subUrl,
              Entries: ms.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })),
            }),
          );
        } catch (e) {
          if (receiving) errors.push(`subscriber: ${errorMessage(e)}`);
        }
      }
    })();

    // Injected events: schedule (ms from start) of posts.
    const start = Date.now() + 500;
    const end = start + opts.seconds * 1000;
    const injected: { due: number; post: Record<string, unknown> }[] = [];
    let events = 0;
    for (let t = 2000, e = 0; t < opts.seconds * 1000 - 4000; t += eventEvery, e++) {
      const ev = EVENTS[e % EVENTS.length]!;
      const round = Math.floor(e / EVENTS.length);
      const authors = 10;
      for (let i = 0; i < authors; i++) {
        const text =
          ev.texts[i % ev.texts.length]!.replaceAll('{c}', ev.city).replaceAll('{k}', ev.country) +
          (i >= ev.texts.length ? ` #${ev.city}` : '');
        injected.push({
          due: start + t + Math.round((i * 3000) / authors),
          post: {
            id: `bench-ev${e}-${i}`,
            text,
            source: 'twitter',
            lang: 'en',
            author: {
              id: `bench-ev${e}-r${round}-a${i}`,
              handle: `witness_${e}_${i}`,
              followers: 150 + i * 91,
              verified: i === 2,
            },
          },
        });
      }
      events++;
    }
    injected.sort((a, b) => a.due - b.due);

    // Sender: one message every tickMs; posts' createdAt inside (previous send, this send].
    const runId = Date.now().toString(36);
    const sent: SentMessage[] = [];
    const inflight = new Set<Promise<void>>();
    let bg = 0;
    let nextInjected = 0;
    let prevT = start - tickMs;
    let postsSent = 0;
    while (Date.now() < start) await sleep(start - Date.now());
    for (let k = 0; ; k++) {
      const due = start + k * tickMs;
      if (due >= end) break;
      if (due > Date.now()) await sleep(due - Date.now());
      const now = Math.max(Date.now(), prevT + 1);
      const posts: Record<string, unknown>[] = [];
      while (nextInjected < injected.length && injected[nextInjected]!.due <= now && posts.length < perMessage)
        posts.push(injected[nextInjected++]!.post);
      while (posts.length < perMessage) {
        const p = background[bg % background.length]!;
        const cycle = Math.floor(bg / background.length);
        posts.push({ ...p, id: cycle === 0 ? p.id : `${p.id}~${cycle}`, source: 'twitter' });
        bg++;
      }
      // Spread createdAt over the window (prevT, now], injected posts first (their due time is in the window).
      const span = now - prevT;
      posts.forEach((p, i) => {
        p.createdAt = new Date(prevT + 1 + Math.floor((i * span) / posts.length)).toISOString();
      });
      const fromT = prevT + 1;
      prevT = now;
      // Emoji written as \u escapes: fauxqs refuses astral characters in a body (AWS accepts them).
      const body = sqsSafeJson({ batchId: `bench-${runId}-${k}`, source: 'twitter', posts });
      const sentAt = Date.now();
      const p = sendIngestMessages(env.clients.sqs, env.queues.ingestUrl, [anyMessage(body)])
        .then(([messageId]) => {
          sent.push({ messageId: messageId!, sentAt, fromT, toT: now, posts: posts.length });
          postsSent += posts.length;
        })
        .catch((e: unknown) => {
          errors.push(`send: ${errorMessage(e)}`);
        })
        .finally(() => inflight.delete(p));
      inflight.add(p);
      if (inflight.size > 50) await Promise.race(inflight);
    }
    await Promise.all(inflight);
    const sendSeconds = (Date.now() - start) / 1000;

    await pipeline.waitIdle(180_000);
    // Let the last deliveries arrive: stop when nothing new for 3 s.
    for (let last = arrivals.length, quiet = 0; quiet < 3; ) {
      await sleep(1000);
      if (arrivals.length === last) quiet++;
      else {
        quiet = 0;
        last = arrivals.length;
      }
    }
    receiving = false;
    await receiver;

    // Alert versions in the table vs arrivals.
    const alerts = await ctx.alerts.list();
    const arrivedBy = new Map<string, number[]>();
    for (const a of arrivals) arrivedBy.set(a.key, [...(arrivedBy.get(a.key) ?? []), a.at]);
    const keys = alerts.map((a) => `${a.alertId}#${a.version}`);
    const missing = keys.filter((k) => !arrivedBy.has(k));
    const duplicated = keys.filter((k) => (arrivedBy.get(k)?.length ?? 0) > 1);
    const unexpected = [...arrivedBy.keys()].filter((k) => !keys.includes(k));
    const ledgerRecs = await ctx.deliveries.listByCustomer(CUSTOMER);
    const ledger: Record<string, number> = {};
    for (const r of ledgerRecs) ledger[r.outcome] = (ledger[r.outcome] ?? 0) + 1;

    // Latency: trigger post's message send time -> arrival.
    sent.sort((a, b) => a.fromT - b.fromT);
    const findMessage = (t: number): SentMessage | undefined => {
      let lo = 0;
      let hi = sent.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const m = sent[mid]!;
        if (t < m.fromT) hi = mid - 1;
        else if (t > m.toT) lo = mid + 1;
        else return m;
      }
      return undefined;
    };
    const latencies: number[] = [];
    const injectedFirst = new Map<number, number>();
    for (const a of alerts) {
      const at = arrivedBy.get(`${a.alertId}#${a.version}`)?.[0];
      const m = findMessage(Date.parse(a.triggeredAt));
      if (at === undefined || !m) continue;
      latencies.push(at - m.sentAt);
      const ev = a.evidence.map((id) => /^bench-ev(\d+)-/.exec(id)?.[1]).find((x) => x !== undefined);
      if (ev !== undefined && !injectedFirst.has(Number(ev))) injectedFirst.set(Number(ev), at - m.sentAt);
    }
    const injLat = [...injectedFirst.values()];
    const byId = new Map(sent.map((m) => [m.messageId, m]));
    const lagged = outcomes
      .map((o) => {
        const m = byId.get(o.messageId);
        return m ? { sentAt: m.sentAt, lag: o.at - m.sentAt, at: o.at, posts: o.postsIn } : undefined;
      })
      .filter((x): x is { sentAt: number; lag: number; at: number; posts: number } => x !== undefined)
      .sort((a, b) => a.sentAt - b.sentAt);
    const lags = lagged.map((x) => x.lag);
    const fifth = Math.max(1, Math.floor(lagged.length / 5));
    const scoredSpan =
      lagged.length > 1 ? (Math.max(...lagged.map((x) => x.at)) - Math.min(...lagged.map((x) => x.at))) / 1000 : NaN;

    const sum = (f: (o: MessageOutcome) => number) => outcomes.reduce((s, o) => s + f(o), 0);
    const acc = {
      messagesHandled: outcomes.length,
      distinctMessagesHandled: new Set(outcomes.map((o) => o.messageId)).size,
      invalidMessages: outcomes.filter((o) => !o.valid).length,
      postsIn: sum((o) => o.postsIn),
      scored: sum((o) => o.scored),
      duplicates: aggregates.reduce((n, o) => n + o.duplicates, 0),
      rejected: sum((o) => o.rejected),
      alertsCreated: aggregates.reduce((n, o) => n + o.alertsCreated, 0),
      postsInEqualsSent: false,
      postsInEqualsParts: false,
      everyMessageOnce: false,
    };
    acc.postsInEqualsSent = acc.postsIn === postsSent;
    // Stage 1 (posts in = scored + rejected); stage 2's duplicates are evidence recognised as counted before.
    acc.postsInEqualsParts = acc.postsIn === acc.scored + acc.rejected;
    acc.everyMessageOnce = acc.messagesHandled === sent.length && acc.distinctMessagesHandled === sent.length;
    const exactlyOnce = keys.filter((k) => arrivedBy.get(k)?.length === 1).length;
    const ok =
      acc.postsInEqualsSent &&
      acc.postsInEqualsParts &&
      acc.everyMessageOnce &&
      missing.length === 0 &&
      duplicated.length === 0 &&
      unexpected.length === 0 &&
      latencies.length > 0;
    const r0 = (x: number) => Math.round(x);
    return {
      seconds: opts.seconds,
      targetRate: rate,
      postsSent,
      messagesSent: sent.length,
      achievedRate: Math.round(postsSent / sendSeconds),
      eventsInjected: events,
      workload: `${w.label}, cycled and re-timed to real time, + injected events`,
      latency: {
        alertVersions: keys.length,
        measured: latencies.length,
        p50Ms: r0(percentile(latencies, 50)),
        p95Ms: r0(percentile(latencies, 95)),
        p99Ms: r0(percentile(latencies, 99)),
        maxMs: r0(Math.max(...latencies)),
        minMs: r0(Math.min(...latencies)),
      },
      injected: {
        events,
        alerted: injectedFirst.size,
        firstVersionP50Ms: r0(percentile(injLat, 50)),
        firstVersionMaxMs: r0(Math.max(...injLat)),
      },
      scoreConcurrency: opts.scoreConcurrency ?? 1,
      scorePhases: {
        processBatchP50: r0(percentile(phases.processBatch, 50)),
        processBatchP95: r0(percentile(phases.processBatch, 95)),
        commitP50: r0(percentile(phases.commit, 50)),
        commitP95: r0(percentile(phases.commit, 95)),
        alertPutP50: r0(percentile(phases.alertPuts, 50)),
        alertPuts: phases.alertPuts.length,
      },
      scoreLag: {
        p50Ms: r0(percentile(lags, 50)),
        p95Ms: r0(percentile(lags, 95)),
        p99Ms: r0(percentile(lags, 99)),
        maxMs: r0(Math.max(...lags)),
        firstFifthP50Ms: r0(percentile(lags.slice(0, fifth), 50)),
        lastFifthP50Ms: r0(percentile(lags.slice(-fifth), 50)),
        scoredPostsPerSec: r0(lagged.reduce((s2, x) => s2 + x.posts, 0) / scoredSpan),
      },
      accounting: acc,
      delivery: {
        alertVersionsInTable: keys.length,
        arrived: arrivals.length,
        exactlyOnce,
        missing: missing.slice(0, 20),
        duplicated: duplicated.slice(0, 20),
        unexpected: unexpected.slice(0, 20),
        ledger,
      },
      errors: [...new Set(errors)].slice(0, 20),
      ok,
    };
  } finally {
    await pipeline?.stop();
    await env.stop();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

if (import.meta.main) {
  const quick = parseArgs({ options: { quick: { type: 'boolean', default: false } } }).values.quick;
  const seconds = Number(process.env.BENCH_E2E_SECONDS ?? (quick ? 10 : 60));
  emit(
    await runE2E({
      seconds,
      rate: Number(process.env.BENCH_E2E_RATE ?? 1000),
      scoreConcurrency: Number(process.env.BENCH_E2E_SCORE_CONCURRENCY ?? 1),
    }),
  );
  process.exit(0);
}
