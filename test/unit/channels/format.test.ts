/** What Slack, Teams and webhook receivers get: shapes their services accept, text that stays text, a signature that verifies. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { channelRequest, LEVEL_COLOURS, slackMessage, teamsMessage } from '../../../functions/domain/channels/format';
import { verifySignature } from '../../../functions/domain/channels/signature';
import { alert } from '../functions/fakes';

const job = { alertId: alert.alertId, version: 1, customerId: 'bank', channelId: 'webhook-0000000b' };
const hostile = {
  ...alert,
  title: 'Blast <!channel> & <https://evil.example|click> **bold** [x](https://evil.example)',
};
const at = new Date('2026-05-01T10:03:05Z');

type Slack = {
  text: string;
  attachments: {
    color: string;
    blocks: { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: { text: string }[] }[];
  }[];
};

test('Slack: one attachment in the level colour, header, level/severity/category/place fields, evidence and console links', () => {
  const m = slackMessage({ ...alert, evidence: ['1234567890'] }, 'https://console.tocsin.example/') as Slack;
  const a = m.attachments[0];
  assert.equal(a?.color, LEVEL_COLOURS.flash);
  assert.deepEqual(
    a?.blocks.map((b) => b.type),
    ['header', 'section', 'section', 'context'],
  );
  assert.equal(a?.blocks[0]?.text?.text, '[FLASH] Explosion in Houston, US (sev 4)');
  assert.deepEqual(
    a?.blocks[1]?.fields?.map((f) => f.text.split('\n')[0]),
    ['*Level*', '*Severity*', '*Category*', '*Place*'],
  );
  assert.match(a?.blocks[1]?.fields?.[3]?.text ?? '', /Houston, US/);
  assert.match(a?.blocks[2]?.text?.text ?? '', /<https:\/\/x\.com\/i\/web\/status\/1234567890\|representative post>/);
  assert.match(
    a?.blocks[3]?.elements?.[0]?.text ?? '',
    /<https:\/\/console\.tocsin\.example\/#alert=a-harbour\|Open in the Tocsin console>/,
  );
  assert.equal(m.text, '[FLASH] Explosion in Houston, US (sev 4)');
});

test('Slack: alert text cannot ping, link or format (mrkdwn control characters escaped)', () => {
  const m = slackMessage(hostile, undefined) as Slack;
  const all = JSON.stringify(m);
  assert.ok(!all.includes('<!channel>'), 'no mention');
  assert.ok(!all.includes('<https://evil.example'), 'no link');
  assert.match(m.text, /&lt;!channel&gt; &amp; &lt;https:\/\/evil\.example\|click&gt;/);
  assert.ok(!all.includes('Open in the Tocsin console'), 'no console link when its address is unknown');
});

test('Teams: an Adaptive Card 1.4 in a message, container style by level, facts, console action; markdown escaped', () => {
  const m = teamsMessage({ ...hostile, level: 'urgent' }, 'https://console.tocsin.example/') as {
    type: string;
    attachments: {
      contentType: string;
      content: Record<string, unknown> & {
        body: { type: string; style?: string; items?: { text: string }[]; facts?: { title: string }[] }[];
        actions: { url: string }[];
      };
    }[];
  };
  assert.equal(m.type, 'message');
  const card = m.attachments[0];
  assert.equal(card?.contentType, 'application/vnd.microsoft.card.adaptive');
  assert.equal(card?.content.type, 'AdaptiveCard');
  assert.equal(card?.content.version, '1.4');
  assert.equal(card?.content.body[0]?.style, 'warning');
  assert.deepEqual(
    card?.content.body[1]?.facts?.map((f) => f.title),
    ['Level', 'Severity', 'Category', 'Place', 'Evidence', 'Alert'],
  );
  assert.equal(card?.content.actions[0]?.url, 'https://console.tocsin.example/#alert=a-harbour');
  const headline = card?.content.body[0]?.items?.[0]?.text ?? '';
  assert.ok(!headline.includes('**bold**') && !headline.includes('[x](https'), headline);
});

test('webhook: the alert JSON subscribers know, signed over timestamp.body; chat requests carry no signature', () => {
  const req = channelRequest({
    kind: 'webhook',
    alert,
    customer: { id: 'bank' },
    job,
    signingSecret: 'whsec_test_secret_of_sufficient_length_000',
    now: at,
  });
  const body = JSON.parse(req.body) as Record<string, unknown>;
  assert.equal(body.alertId, 'a-harbour');
  assert.equal(body.customerId, 'bank');
  assert.equal(body.deliveryId, 'a-harbour#1#bank');
  assert.equal(req.headers['Tocsin-Delivery-Id'], 'a-harbour#1#bank#webhook-0000000b');
  const v = verifySignature(
    req.headers['Tocsin-Signature'],
    req.body,
    'whsec_test_secret_of_sufficient_length_000',
    at,
  );
  assert.ok(v.ok);
  assert.equal(v.timestamp, at.getTime() / 1000);
  const slack = channelRequest({ kind: 'slack', alert, customer: { id: 'bank' }, job, now: at });
  assert.equal(slack.headers['Tocsin-Signature'], undefined);
  assert.throws(
    () => channelRequest({ kind: 'webhook', alert, customer: { id: 'bank' }, job, now: at }),
    /signing secret/,
  );
});

const quoting = {
  ...alert,
  version: 2,
  title: 'Explosion reported in Houston, TX, US; at least 3 dead',
  location: { name: 'Houston, TX, US', lat: 29.76, lon: -95.37, country: 'US', radiusKm: 18 },
  post: {
    id: '1234567890',
    source: 'twitter',
    text: 'Huge blast at the port <!here> *now*, windows shaking',
    lang: 'en',
    handle: 'harbourwatch',
    url: 'https://x.com/harbourwatch/status/1234567890',
  },
  changes: [
    { field: 'deaths' as const, from: 0, to: 3, text: 'at least 3 dead' },
    { field: 'place' as const, from: 'Texas, US', to: 'Houston, TX, US', text: 'place refined to Houston, TX, US' },
  ],
};

test('Slack and Teams: the excerpt with its handle, language and link, the place with its radius, what changed; the excerpt stays text', () => {
  const slack = JSON.stringify(slackMessage(quoting, undefined));
  assert.match(
    slack,
    /> Huge blast at the port &lt;!here&gt; \*now\*, windows shaking\\n@harbourwatch · en · <https:\/\/x\.com\/harbourwatch\/status\/1234567890\|open the post>/,
  );
  assert.match(slack, /\*What changed:\* at least 3 dead; place refined to Houston, TX, US/);
  assert.match(slack, /Houston, TX, US \(± 18 km\)/);
  assert.doesNotMatch(slack, /<!here>/);
  const teams = JSON.stringify(teamsMessage(quoting, undefined));
  assert.match(teams, /Huge blast at the port <!here\\\\> \\\\\*now\\\\\*, windows shaking/);
  assert.match(teams, /@harbourwatch · en/);
  assert.match(teams, /"title":"What changed","value":"at least 3 dead; place refined to Houston, TX, US"/);
  assert.match(teams, /"title":"Representative post","url":"https:\/\/x\.com\/harbourwatch\/status\/1234567890"/);
  // Without an excerpt (none chosen, or deleted since) neither message quotes anything.
  const { post: _, ...bare } = quoting;
  assert.doesNotMatch(JSON.stringify(slackMessage(bare, undefined)), /Huge blast|open the post/);
  assert.doesNotMatch(JSON.stringify(teamsMessage(bare, undefined)), /Huge blast|harbourwatch/);
});
