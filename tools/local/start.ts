/**
 * npm start: the whole pipeline on this machine. Starts DynamoDB Local and
 * fauxqs, creates the stack's resources, onboards demo customers, replays a
 * stream through the real handlers, shows alerts as they fire and who got
 * them, prints a summary and stops, leaving no process behind.
 *
 * The customer API and the live console are served throughout (their URL and
 * a demo customer's key are printed first).
 *
 *   npm start [-- --stream FILE.jsonl[.gz]] [--rate POSTS_PER_S] [--keep] [--port N]
 *   npm start -- --source jetstream [--jetstream-url URL]… [--seconds N]
 *   npm start -- --source mastodon --mastodon-server URL [--timeline SPEC]… [--token-env VAR] [--seconds N]
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { GetQueueAttributesCommand, GetQueueUrlCommand } from '@aws-sdk/client-sqs';
import { errorMessage } from '../../functions/commons/errors';
import type { Post } from '../../functions/domain/post';
import { createApiKey } from '../admin/api-keys';
import { adminContext } from '../admin/context';
import { addCustomer, subscribeCustomer } from '../admin/customers';
import { readJsonl } from '../data/jsonl';
import { type ApiServer, startApiServer } from './api-server';
import { DEMO_CONSOLE_CUSTOMER, demoCustomers } from './demo-customers';
import { startLocalEnvironment, stateDir } from './environment';
import { startLiveSource } from './live-source';
import { startPipeline } from './pipeline';
import { ReplayClock } from './replay-clock';
import { sendBodies, toBatches } from './send';
import { drainQueue } from './subscriber';

const { values: args } = parseArgs({
  options: {
    stream: { type: 'string' },
    rate: { type: 'string', default: '3000' },
    'batch-posts': { type: 'string', default: '100' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
    source: { type: 'string', default: 'sample' },
    'jetstream-url': { type: 'string', multiple: true },
    'mastodon-server': { type: 'string' },
    timeline: { type: 'string', multiple: true },
    'token-env': { type: 'string' },
    seconds: { type: 'string' },
    port: { type: 'string', default: '8787' },
    // Lets channels post to http://127.0.0.1 (a receiver on this machine, for trying webhooks out); never on by default.
    'allow-local-http': { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(
    [
      'usage: npm start [-- --stream FILE.jsonl[.gz]] [--rate POSTS_PER_S] [--batch-posts N] [--keep] [--allow-local-http] [--port N (console and API, default 8787)]',
      '       npm start -- --source jetstream [--jetstream-url wss://HOST/subscribe]... [--seconds N]      (live Bluesky; Ctrl-C to stop)',
      '       npm start -- --source mastodon --mastodon-server https://HOST [--timeline public|public:local|hashtag:TAG]... [--token-env VAR] [--seconds N]',
    ].join('\n'),
  );
  process.exit(0);
}
if (!['sample', 'jetstream', 'mastodon'].includes(args.source)) {
  console.error(`--source must be sample, jetstream or mastodon (got ${JSON.stringify(args.source)})`);
  process.exit(2);
}

const log = (s: string) => process.stderr.write(`${s}\n`);
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`.padStart(6);

async function loadPosts(): Promise<{ posts: unknown[]; label: string }> {
  if (args.stream) {
    const posts: unknown[] = [];
    // A line that is not JSON still goes in (as its text): the pipeline must reject it with its reason.
    for await (const l of readJsonl(args.stream)) posts.push(l.value);
    return { posts, label: args.stream };
  }
  const { generateStream } = await import('../data/sample-stream');
  const { posts } = generateStream({ seed: 42 });
  return { posts, label: 'generated sample stream (seed 42)' };
}

async function main(): Promise<void> {
  const dataDir = join(stateDir(), 'data');
  rmSync(dataDir, { recursive: true, force: true });
  log(`${elapsed()}  starting DynamoDB Local and fauxqs …`);
  const env = await startLocalEnvironment({ dataDir, register: true });
  let stopped = false;
  const shutdown = async () => {
    if (stopped) return;
    stopped = true;
    await pipeline?.stop();
    await server?.close();
    await env.stop();
  };
  process.once('SIGINT', () => {
    log('\ninterrupted: stopping');
    void shutdown().then(() => process.exit(130));
  });
  let pipeline: Awaited<ReturnType<typeof startPipeline>> | undefined;
  let server: ApiServer | undefined;
  try {
    log(`${elapsed()}  DynamoDB Local ${env.dynamoEndpoint}, fauxqs ${env.awsEndpoint}; tables and queues created`);
    const ctx = adminContext('local', env.clients, async () => undefined);

    const subscribers = new Map<string, string>();
    for (const { customer, filter } of demoCustomers()) {
      await addCustomer(ctx, customer);
      const queue = `demo-${customer.id}`;
      await subscribeCustomer(ctx, customer.id, 'sqs', queue, filter);
      subscribers.set(
        customer.id,
        (await env.clients.sqs.send(new GetQueueUrlCommand({ QueueName: queue }))).QueueUrl!,
      );
      log(
        `${elapsed()}  customer ${customer.id.padEnd(16)} ${customer.sector.padEnd(18)} ${customer.contract.status.padEnd(9)} → queue ${queue}${filter ? ` (filter ${JSON.stringify(filter)})` : ''}`,
      );
    }

    server = await startApiServer(env, { port: Number(args.port) });
    const demo = await createApiKey(ctx, DEMO_CONSOLE_CUSTOMER);
    log(
      `${elapsed()}  live console ${server.url} (API ${server.url}v1/…)\n          key for ${DEMO_CONSOLE_CUSTOMER}, shown once: ${demo.key}`,
    );

    // A recorded stream is judged by its own clock; a live source by the wall clock (the handler's own).
    const replay = new ReplayClock();
    const totals = {
      postsIn: 0,
      scored: 0,
      rejected: 0,
      evidence: 0,
      applied: 0,
      duplicates: 0,
      invalidMessages: 0,
      alerts: 0,
      batches: 0,
    };
    const shownSoon = new Map<string, NodeJS.Timeout>();
    const show = (alertId: string, version: number, tries = 0): void =>
      void (async () => {
        const alert = await ctx.alerts.get(alertId, version);
        if (!alert) return;
        // The ledger keyed by customer (no index by alert: it doubled every ledger write).
        // Every customer item, malformed ones too (the fan-out records a withhold for them).
        const ids = (await ctx.customers.readAudience()).customers.flatMap((c) => {
          const id = (c as { id?: unknown }).id;
          return typeof id === 'string' ? [id] : [];
        });
        const recs = [...(await ctx.deliveries.getMany(ids, alertId, version)).values()];
        // Other shards' jobs may not have reported yet: the version is shown once every customer has its record.
        if (recs.length < ids.length && tries < 10) {
          const key = `${alertId}#${version}`;
          shownSoon.set(
            key,
            setTimeout(() => {
              shownSoon.delete(key);
              show(alertId, version, tries + 1);
            }, 500),
          );
          return;
        }
        const got = recs.filter((r) => r.outcome === 'delivered').map((r) => r.customerId);
        const not = recs
          .filter((r) => r.outcome !== 'delivered')
          .map((r) => `${r.customerId} (${r.error ?? r.reason})`);
        log(
          `${elapsed()}  ▲ ${alert.level.toUpperCase()} v${version} sev ${alert.severity} ${alert.category}: ${alert.title}` +
            `\n          at ${alert.triggeredAt} after ${alert.posts} posts by ${alert.authors} authors` +
            `\n          delivered → ${got.join(', ') || 'nobody'}\n          withheld  → ${not.join('; ') || 'nobody'}`,
        );
      })().catch(() => undefined);
    pipeline = await startPipeline(
      env,
      {
        onMessage: (o) => {
          totals.batches++;
          totals.postsIn += o.postsIn;
          totals.scored += o.scored;
          totals.rejected += o.rejected;
          totals.evidence += o.evidence;
          if (!o.valid) totals.invalidMessages++;
        },
        onAggregate: (o) => {
          totals.applied += o.applied;
          totals.duplicates += o.duplicates;
          totals.alerts += o.alertsCreated;
        },
        // Each shard job of a version reports on its own: the version is shown once, a second after its last job.
        onFanOut: (alertId, version) => {
          const key = `${alertId}#${version}`;
          clearTimeout(shownSoon.get(key));
          shownSoon.set(
            key,
            setTimeout(() => {
              shownSoon.delete(key);
              show(alertId, version);
            }, 1000),
          );
        },
        onError: (where, e) => log(`${elapsed()}  ${where} error (will retry): ${errorMessage(e)}`),
      },
      {
        // Chat messages link to the console this run serves.
        channels: { allowLocalHttp: args['allow-local-http'], consoleUrl: server.url },
        ...(args.source === 'sample' ? { clock: replay.clock } : {}),
        // Stage 1's burst mode, switched on the queues' backlog as on AWS (INGEST.burst).
        ingestMode: {
          onSwitch: (to, signals) =>
            log(
              `${elapsed()}  stage 1 batching -> ${to.batchSize} messages, window ${to.maxBatchingWindowSeconds} s (backlog ${signals.backlog}, calm ${signals.calm})`,
            ),
        },
      },
    );

    const perMessage = Number(args['batch-posts']);
    let label: string;
    let postsRead: string;
    if (args.source === 'sample') {
      const loaded = await loadPosts();
      label = loaded.label;
      postsRead = `${loaded.posts.length} (+1 malformed post and 1 malformed message injected)`;
      log(`${elapsed()}  replaying ${loaded.posts.length} posts from ${label} at up to ${args.rate} posts/s`);
      // Bad input travels with the good, as it would from a real firehose: it must be quarantined, not fail its neighbours.
      const bodies = [...toBatches(loaded.posts as Post[], perMessage, 'replay')];
      bodies.splice(
        Math.floor(bodies.length / 2),
        0,
        '{"batchId": "broken", "posts": [',
        JSON.stringify({
          batchId: 'half-bad',
          source: 'twitter',
          posts: [{ id: 'no-text', createdAt: 'yesterday', source: 'twitter' }],
        }),
      );
      let lastProgress = 0;
      await sendBodies(env.clients.sqs, env.queues.ingestUrl, bodies, {
        perSecond: Number(args.rate) / perMessage,
        clock: replay,
        onSent: (n) => {
          if (Date.now() - lastProgress > 2000) {
            lastProgress = Date.now();
            log(
              `${elapsed()}  … sent ${n}/${bodies.length} messages; scored ${totals.scored} posts; ${totals.alerts} alert versions`,
            );
          }
        },
      });
    } else {
      const source = args.source as 'jetstream' | 'mastodon';
      label = `live ${source}`;
      log(
        `${elapsed()}  starting the ${source} connector${args.seconds ? ` for ${args.seconds} s` : ' (Ctrl-C to stop)'}`,
      );
      const connector = await startLiveSource(
        {
          source,
          jetstreamUrls: args['jetstream-url'],
          timelines: args.timeline,
          ...(args['mastodon-server'] ? { mastodonServer: args['mastodon-server'] } : {}),
          ...(args['token-env'] ? { tokenEnv: args['token-env'] } : {}),
        },
        env,
        log,
      );
      const stop = new Promise<void>((resolve) => {
        process.removeAllListeners('SIGINT');
        process.once('SIGINT', () => {
          log('\ninterrupted: stopping the connector (flushing what it read)');
          resolve();
        });
        if (args.seconds) setTimeout(resolve, Number(args.seconds) * 1000).unref();
      });
      const progress = setInterval(() => {
        const s = connector.stats;
        log(
          `${elapsed()}  … ${source}: ${s.postsAccepted} posts, ${s.deletionsAccepted} deletions sent (${s.malformed} malformed, ${s.disconnects} disconnects, lag ${((s.lagMs() ?? 0) / 1000).toFixed(1)} s); scored ${totals.scored}; ${totals.alerts} alert versions`,
        );
      }, 5000);
      await stop;
      clearInterval(progress);
      await connector.stop(30_000);
      postsRead = `${connector.stats.postsAccepted} sent by the connector (${JSON.stringify(connector.stats.summary())})`;
    }
    await pipeline.waitIdle(300_000);
    // The last versions' lines are shown a second after their last shard job.
    while (shownSoon.size > 0) await new Promise((r) => setTimeout(r, 200));
    await new Promise((r) => setTimeout(r, 300));

    const depth = async (url: string) =>
      (
        await env.clients.sqs.send(
          new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages'] }),
        )
      ).Attributes?.ApproximateNumberOfMessages ?? '?';
    const [quarantined, poisoned] = [await depth(env.queues.quarantineUrl), await depth(env.queues.dlqUrl)];
    const received = new Map<string, number>();
    for (const [id, url] of subscribers) received.set(id, (await drainQueue(env.clients.sqs, url)).length);
    const ledger = await Promise.all(
      [...subscribers.keys()].map(async (id) => [id, await ctx.deliveries.listByCustomer(id)] as const),
    );

    console.log(`\nTocsin local run: ${label}`);
    console.log(`  posts read        ${postsRead}`);
    console.log(
      `  messages          ${totals.batches} (up to ${perMessage} posts of one source each); ${totals.invalidMessages} not a post batch`,
    );
    console.log(
      `  posts in          ${totals.postsIn} = scored ${totals.scored} + rejected ${totals.rejected} (stage 1; a batch delivered twice is scored twice)`,
    );
    console.log(
      `  evidence          ${totals.evidence} = applied ${totals.applied} + duplicates ${totals.duplicates} (stage 2: evidence counted before is dropped)`,
    );
    const stored = await ctx.alerts.list();
    console.log(
      `  alerts            ${new Set(stored.map((a) => a.alertId)).size} events, ${stored.length} versions (escalations)`,
    );
    console.log(
      `  quarantine / DLQ  ${quarantined} bad input, ${poisoned} poison message(s) (npm run tocsin -- dlq list)`,
    );
    console.log('  customer           delivered  withheld  failed  in its queue (after its own SNS filter policy)');
    for (const [id, recs] of ledger) {
      const n = (o: string) => recs.filter((r) => r.outcome === o).length;
      console.log(
        `  ${id.padEnd(18)} ${String(n('delivered')).padStart(9)} ${String(n('withheld')).padStart(9)} ${String(n('failed')).padStart(7)} ${String(received.get(id)).padStart(13)}`,
      );
    }
    console.log(`\nThe run's data stays in ${dataDir}: try npm run tocsin -- alerts list`);
    if (args.keep) {
      log(
        `${elapsed()}  --keep: pipeline still running; the CLI acts on it (npm run tocsin -- …); console ${server.url}. Ctrl-C to stop.`,
      );
      await new Promise(() => undefined);
    }
  } finally {
    await shutdown();
    log(`${elapsed()}  stopped`);
  }
}

main().catch((e: unknown) => {
  console.error(`npm start failed: ${e instanceof Error ? e.stack : String(e)}`);
  process.exit(1);
});
