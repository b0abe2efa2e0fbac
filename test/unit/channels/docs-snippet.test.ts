/** The receiver's verification snippet in docs/channels.md, run as written against what the sender signs. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { newSigningSecret, signatureHeader } from '../../../functions/domain/channels/signature';
import { REPO_ROOT } from '../../../resources/repo';

test('the documented verifyTocsin accepts a Tocsin signature and refuses a changed body, another secret, a stale time', async () => {
  const doc = readFileSync(path.join(REPO_ROOT, 'docs/channels.md'), 'utf8');
  const code = /```js\n([\s\S]*?)```/.exec(doc)?.[1];
  assert.ok(code, 'a js block in docs/channels.md');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tocsin-snippet-')), 'verify.mjs');
  writeFileSync(file, code);
  const { verifyTocsin } = (await import(pathToFileURL(file).href)) as {
    verifyTocsin: (body: string, header: string | undefined, secret: string) => boolean;
  };
  const secret = newSigningSecret();
  const body = JSON.stringify({ alertId: 'a1', title: 'Explosión en Madrid 💥' });
  const header = signatureHeader(secret, body, new Date());
  assert.equal(verifyTocsin(body, header, secret), true);
  assert.equal(verifyTocsin(`${body} `, header, secret), false);
  assert.equal(verifyTocsin(body, header, newSigningSecret()), false);
  assert.equal(verifyTocsin(body, signatureHeader(secret, body, new Date(Date.now() - 600_000)), secret), false);
  assert.equal(verifyTocsin(body, undefined, secret), false);
});
