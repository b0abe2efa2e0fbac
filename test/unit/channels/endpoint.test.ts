import assert from 'node:assert/strict';
import { test } from 'node:test';
import { refusedAddress } from '../../../functions/domain/channels/address';
import { checkEndpoint, checkResolved, redactUrl } from '../../../functions/domain/channels/endpoint';

const reason = (url: string, kind: 'webhook' | 'slack' | 'teams' = 'webhook', allowLocalHttp = false) => {
  const r = checkEndpoint(url, kind, { allowLocalHttp });
  return r.ok ? 'ok' : r.reason;
};

test('webhooks: https on a public name or address only', () => {
  assert.equal(reason('https://hooks.example.com/tocsin'), 'ok');
  assert.equal(reason('https://93.184.215.14:8443/in'), 'ok');
  assert.match(reason('http://hooks.example.com/tocsin'), /only https/);
  assert.match(reason('https://user:pw@hooks.example.com/'), /credentials/);
  assert.match(reason('https://hooks.example.com/#x'), /fragment/);
  assert.match(reason('https://localhost/hook'), /local name/);
  assert.match(reason('https://metadata.google.internal/computeMetadata'), /local name/);
  assert.match(reason('https://printer.local/'), /local name/);
  assert.match(reason('https://intranet/'), /local name/);
  assert.match(reason('https://169.254.169.254/latest/meta-data/'), /not a public address/);
  assert.match(reason('https://[fd00:ec2::254]/'), /not a public address/);
  assert.match(reason('ftp://hooks.example.com/'), /only https/);
  assert.match(reason('not a url'), /not a URL/);
});

test('the local test override admits http://127.0.0.1 only, and only when asked for', () => {
  assert.match(reason('http://127.0.0.1:8080/hook'), /only https/, 'never by default');
  assert.equal(reason('http://127.0.0.1:8080/hook', 'webhook', true), 'ok');
  assert.equal(reason('http://127.0.0.1:8080/slack', 'slack', true), 'ok', 'the chat test receiver too');
  assert.match(reason('http://10.0.0.1:8080/hook', 'webhook', true), /only https/);
  assert.match(reason('http://localhost:8080/hook', 'webhook', true), /only https/);
  assert.match(reason('https://127.0.0.1:8080/hook', 'webhook', true), /not a public address/);
});

test('Slack and Teams: their incoming-webhook hosts and paths, nothing that merely looks like them', () => {
  assert.equal(reason('https://hooks.slack.com/services/T0001/B0001/abcdEFGH1234', 'slack'), 'ok');
  assert.equal(reason('https://contoso.webhook.office.com/webhookb2/a-b@c-d/IncomingWebhook/x/y', 'teams'), 'ok');
  assert.equal(
    reason(
      'https://prod-01.westeurope.logic.azure.com:443/workflows/abc123/triggers/manual/paths/invoke?api-version=2016-06-01&sig=x',
      'teams',
    ),
    'ok',
  );
  for (const bad of [
    'https://hooks.slack.com.evil.example/services/T/B/x',
    'https://evilhooks.slack.com/services/T/B/x',
    'https://hooks.slack.com/api/chat.postMessage',
    'https://hooks.slack.com:8443/services/T/B/x',
    'https://hooks.slack.com/services/T/B/x?redirect=1',
    'http://hooks.slack.com/services/T/B/x',
  ]) {
    assert.match(reason(bad, 'slack'), /not a slack|only https/, bad);
  }
  for (const bad of [
    'https://webhook.office.com.evil.example/webhookb2/x',
    'https://contoso.webhook.office.com/other/x',
    'https://a.b.c.webhook.office.com/webhookb2/x',
    'https://hooks.slack.com/services/T/B/x',
  ]) {
    assert.match(reason(bad, 'teams'), /not a teams/, bad);
  }
});

test('the ranges SSRF is about, named one by one (the property tests draw from the list itself)', () => {
  for (const a of [
    '0.0.0.0',
    '10.1.2.3',
    '100.64.0.1',
    '127.0.0.1',
    '127.255.255.254',
    '169.254.169.254',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '198.18.0.1',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    '::ffff:127.0.0.1',
    'fe80::1',
    'fc00::1',
    'fd00:ec2::254',
    'ff02::1',
  ]) {
    assert.ok(refusedAddress(a), a);
  }
  for (const a of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '192.169.0.1', '2606:4700:4700::1111', '2a00:1450:4001::200e']) {
    assert.equal(refusedAddress(a), undefined, a);
  }
});

test('checkResolved names the refused address; redactUrl keeps the origin and four characters', () => {
  assert.match(
    checkResolved('rebind.example', ['93.184.215.14', '127.0.0.1']) ?? '',
    /127\.0\.0\.1, which is not a public/,
  );
  assert.match(checkResolved('gone.example', []) ?? '', /does not resolve/);
  assert.equal(
    redactUrl(new URL('https://hooks.slack.com/services/T0001/B0001/abcdEFGH1234')),
    'https://hooks.slack.com/…1234',
  );
});
