/** The sender's own checks at send time: resolved addresses refused before any connection, no redirects followed, the local override honoured only when set. */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { HttpChannelSender } from '../../../functions/adapters/channel-http';

const req = { body: '{}', headers: { 'Content-Type': 'application/json' } };

test('a host that resolves to a private address is refused at send time, before connecting', async () => {
  let looked = 0;
  const sender = new HttpChannelSender({}, async () => {
    looked++;
    return ['93.184.215.14', '10.0.0.7'];
  });
  const r = await sender.send('https://rebinding.example.com/hook', 'webhook', req);
  assert.deepEqual(r, {
    ok: false,
    reason: 'endpoint refused: rebinding.example.com resolves to 10.0.0.7, which is not a public address',
  });
  assert.equal(looked, 1);
  const gone = await new HttpChannelSender({}, async () => {
    throw Object.assign(new Error('nope'), { code: 'ENOTFOUND' });
  }).send('https://gone.example.com/hook', 'webhook', req);
  assert.deepEqual(gone, { ok: false, reason: 'gone.example.com does not resolve (ENOTFOUND)' });
});

test('http://127.0.0.1 only with the override; a redirect is an answer, not followed', async () => {
  let hits = 0;
  const server = createServer((_q, res) => {
    hits++;
    res.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data/' }).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  try {
    const refused = await new HttpChannelSender({}).send(url, 'webhook', req);
    assert.equal(refused.ok, false);
    assert.match(refused.ok ? '' : refused.reason, /only https/);
    assert.equal(hits, 0, 'never connected');
    const r = await new HttpChannelSender({ allowLocalHttp: true }).send(url, 'webhook', req);
    assert.deepEqual(r, { ok: false, status: 302, reason: 'HTTP 302 (redirects are not followed)' });
    assert.equal(hits, 1);
  } finally {
    server.close();
  }
});
