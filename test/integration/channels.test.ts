/**
 * Channels end to end on the emulators, through the real handlers: fan-out
 * -> channel queue -> channel-delivery -> a local receiver. Signed webhooks
 * with retries, Slack and Teams payloads, a barred sector that gets nothing,
 * a suspension that lands between the fan-out and the send, and a dead
 * endpoint parked in the DLQ after its last attempt.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CHANNEL_MAX_ATTEMPTS } from '../../resources';
import { addChannel, type ChannelAdmin, channelAdmin } from '../../tools/admin/channels';
import { setContractStatus } from '../../tools/admin/customers';
import { barSector } from '../../tools/admin/policies';
import { run as cli } from '../../tools/cli/tocsin';
import { localChannelSecretsDir } from '../../tools/local/environment';
import { ChannelReceiver, slackShape, teamsShape } from './support/channel-receiver';
import { activeContract, everything, startTestStack, type TestStack } from './support/local-stack';
import { breakNews } from './support/news';
import { EARTHQUAKE_TEXTS, EXPLOSION_TEXTS } from './support/posts';

process.env.TOCSIN_HOME = mkdtempSync(join(tmpdir(), 'tocsin-home-'));
// Where the CLI keeps local channel secrets: the pipeline reads the same place.
const secretsDir = localChannelSecretsDir();

describe('channels: signed webhooks, Slack and Teams, end to end', { timeout: 300_000 }, () => {
  let s: TestStack;
  let admin: ChannelAdmin;
  const rx = new ChannelReceiver();
  const ids: Record<string, string> = {};

  const add = async (customerId: string, kind: 'webhook' | 'slack' | 'teams', path: string) => {
    const r = await addChannel(s.ctx, admin, { customerId, kind, url: `${rx.url}${path}`, allowLocalHttp: true });
    ids[path] = r.channel.channelId;
    if (r.signingSecret) rx.webhook(path, r.signingSecret);
    return r;
  };
  const customer = (id: string, sector: 'finance' | 'intelligence') =>
    s.addCustomer({ id, name: id, sector, contract: activeContract, entitlements: everything });

  before(async () => {
    await rx.start();
    s = await startTestStack({
      register: true,
      pipeline: {
        channels: {
          allowLocalHttp: true,
          secretsDir,
          retryDelaySeconds: 1,
          consoleUrl: 'https://console.tocsin.test/',
        },
      },
    });
    admin = channelAdmin(s.ctx);
    await customer('bank', 'finance');
    await customer('spy', 'intelligence');
    await customer('down', 'finance');
    await add('bank', 'webhook', '/bank-hook');
    await add('bank', 'slack', '/slack');
    await add('bank', 'teams', '/teams');
    await add('spy', 'webhook', '/spy-hook');
    await add('down', 'webhook', '/down-hook');
    rx.chat('/slack', slackShape);
    rx.chat('/teams', teamsShape);
    rx.failFirst('/bank-hook', 2);
    rx.failFirst('/down-hook', Number.POSITIVE_INFINITY);
    await barSector(s.ctx, 'twitter', 'intelligence', new Date(Date.now() - 1000).toISOString());
  });
  after(async () => {
    await s?.stop();
    await rx.stop();
  });

  test('every version decided for the bank reaches its webhook (signed, after two failures), Slack and Teams; the barred sector gets nothing; a dead endpoint is parked', async () => {
    await breakNews(s, EXPLOSION_TEXTS);
    const decided = (await s.ctx.deliveries.listByCustomer('bank')).filter((r) => r.outcome === 'delivered');
    assert.ok(decided.length >= 1, 'the event raised an alert the bank is entitled to');
    const outcomes = await admin.outcomes.listByCustomer('bank');
    for (const path of ['/bank-hook', '/slack', '/teams']) {
      const mine = outcomes.filter((o) => o.channelId === ids[path]);
      assert.deepEqual(
        mine.map((o) => `${o.alertId}#${o.version}:${o.outcome}`).sort(),
        decided.map((d) => `${d.alertId}#${d.version}:delivered`).sort(),
        `${path}: one delivered record per decided version`,
      );
      const got = rx.on(path);
      assert.ok(
        got.every((r) => r.valid),
        `${path}: ${got.find((r) => !r.valid)?.problem}`,
      );
      const ok = got.filter((r) => r.status === 204).map((r) => r.headers['tocsin-delivery-id']);
      assert.equal(new Set(ok).size, decided.length, `${path}: each version accepted once`);
    }
    const hook = rx.on('/bank-hook');
    assert.equal(hook.length, decided.length + 2, 'two failed attempts, then each version once');
    const hookAttempts = outcomes
      .filter((o) => o.channelId === ids['/bank-hook'])
      .reduce((sum, o) => sum + o.attempts, 0);
    assert.equal(hookAttempts, decided.length + 2, 'the ledger counts every attempt, the two failed ones included');

    assert.equal(rx.on('/spy-hook').length, 0, 'a barred sector: no job, no post');
    assert.deepEqual(await admin.outcomes.listByCustomer('spy'), []);

    const down = await admin.outcomes.listByCustomer('down');
    assert.ok(down.length >= 1);
    for (const o of down) {
      assert.equal(o.outcome, 'parked');
      assert.equal(o.attempts, CHANNEL_MAX_ATTEMPTS);
      assert.match(o.reason ?? '', /HTTP 503/);
    }
    assert.equal(rx.on('/down-hook').length, down.length * CHANNEL_MAX_ATTEMPTS);
    assert.equal(await s.queueDepth(s.env.queues.channelDlqUrl), down.length, 'parked jobs rest in the channel DLQ');
  });

  test('a suspension that lands between the fan-out and the send withholds: nothing is posted after it', async () => {
    await customer('late', 'finance');
    await add('late', 'webhook', '/late-hook');
    rx.failFirst('/late-hook', Number.POSITIVE_INFINITY);
    // The first attempt reaches the receiver, which suspends the customer before it answers (503): every later attempt must be withheld.
    let suspended = false;
    rx.beforeAnswer('/late-hook', async () => {
      if (suspended) return;
      suspended = true;
      await setContractStatus(s.ctx, 'late', 'suspended');
    });
    const bankBefore = rx.on('/bank-hook').length;
    await breakNews(s, EARTHQUAKE_TEXTS);

    const fanned = (await s.ctx.deliveries.listByCustomer('late')).filter((r) => r.outcome === 'delivered');
    assert.ok(fanned.length >= 1, 'the fan-out decided deliver before the suspension');
    const late = await admin.outcomes.listByCustomer('late');
    assert.ok(late.length >= 1);
    for (const o of late) {
      assert.equal(o.outcome, 'withheld', JSON.stringify(o));
      assert.match(o.reason ?? '', /^contract_suspended/);
    }
    assert.ok(suspended);
    const posted = rx.on('/late-hook');
    assert.ok(
      posted.length >= 1 && posted.length <= late.length,
      `posted ${posted.length} for ${late.length} jobs: none after the suspension`,
    );
    assert.ok(rx.on('/bank-hook').length > bankBefore, 'the other customer is served meanwhile');
  });

  test('the CLI refuses what may not be reached, prints a webhook secret once, lists and removes channels with their secret', async (t) => {
    for (const [kind, url, why] of [
      ['webhook', `${rx.url}/cli-hook`, /only https/],
      ['webhook', 'https://169.254.169.254/latest/meta-data/', /not a public address/],
      ['webhook', 'https://[::ffff:10.0.0.1]/hook', /not a public address/],
      ['webhook', 'https://localhost/hook', /local name/],
      ['slack', 'https://hooks.slack.com.evil.example/services/T/B/x', /not a slack incoming-webhook URL/],
      ['teams', 'https://hooks.slack.com/services/T/B/x', /not a teams incoming-webhook URL/],
    ] as const) {
      await assert.rejects(cli(['channels', 'add', 'bank', kind, url]), why, url);
    }
    await assert.rejects(
      cli(['channels', 'add', 'bank', 'webhook', `${rx.url}/cli-hook`, '--allow-local-http', '--aws']),
      /local environment only/,
    );
    const out: string[] = [];
    t.mock.method(console, 'log', (line: string) => void out.push(line));
    await cli(['channels', 'add', 'bank', 'webhook', `${rx.url}/cli-hook`, '--allow-local-http', '--json']);
    const added = JSON.parse(out.splice(0).join('\n')) as {
      channel: { channelId: string; secretRef: string };
      signingSecret: string;
    };
    assert.match(added.signingSecret, /^whsec_/);
    assert.deepEqual(await admin.secrets.get(added.channel.secretRef), {
      url: `${rx.url}/cli-hook`,
      signingSecret: added.signingSecret,
    });
    await cli(['channels', 'list', 'bank', '--json']);
    const listed = JSON.parse(out.splice(0).join('\n')) as { channelId: string; display: string }[];
    assert.ok(listed.some((c) => c.channelId === added.channel.channelId));
    assert.ok(!JSON.stringify(listed).includes(added.signingSecret), 'the secret is never listed');
    await cli(['channels', 'remove', 'bank', added.channel.channelId]);
    await assert.rejects(admin.secrets.get(added.channel.secretRef), /ENOENT/);
    assert.equal(await admin.channels.get('bank', added.channel.channelId), undefined);
  });
});
