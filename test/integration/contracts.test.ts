/**
 * Contracts and source policies decide every delivery, end to end on the
 * local emulators, driven through the admin CLI as an operator would.
 */

import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { run as cli } from '../../tools/cli/tocsin';
import { activeContract, everything, startTestStack, type TestStack } from './support/local-stack';
import { breakNews } from './support/news';
import { CRASH_TEXTS, EARTHQUAKE_TEXTS, EXPLOSION_TEXTS, FIRE_TEXTS, SHOOTING_TEXTS } from './support/posts';

process.env.TOCSIN_HOME = mkdtempSync(join(tmpdir(), 'tocsin-home-'));

const alertIds = (ms: { alertId: string }[]) => new Set(ms.map((m) => m.alertId));

describe('contracts and source policies, end to end', { timeout: 240_000 }, () => {
  let s: TestStack;
  before(async () => {
    s = await startTestStack({ register: true });
    await s.addCustomer({
      id: 'agency',
      name: 'Agency',
      sector: 'intelligence',
      contract: activeContract,
      entitlements: everything,
    });
    await s.addCustomer({
      id: 'bank',
      name: 'Bank',
      sector: 'finance',
      contract: activeContract,
      entitlements: everything,
    });
  });
  after(async () => {
    await s?.stop();
  });

  test('platform cut-off: once twitter bars intelligence, only the bank receives; the agency keeps its earlier deliveries', async () => {
    await breakNews(s, EXPLOSION_TEXTS);
    const agencyBefore = await s.received('agency');
    const bankBefore = await s.received('bank');
    assert.ok(agencyBefore.length >= 1, 'both receive before the bar');
    assert.deepEqual(alertIds(agencyBefore), alertIds(bankBefore));
    const ledgerBefore = await s.ctx.deliveries.listByCustomer('agency');

    const barredAt = Date.now();
    await cli(['policy', 'set', 'twitter', '--bar', 'intelligence']);
    await breakNews(s, EARTHQUAKE_TEXTS);

    assert.deepEqual(await s.received('agency'), [], 'the agency receives nothing from the bar on');
    const bankAfter = await s.received('bank');
    assert.ok(bankAfter.length >= 1, 'the bank keeps receiving');
    const ledger = await s.ctx.deliveries.listByCustomer('agency');
    const withheld = ledger.filter((r) => r.outcome === 'withheld');
    assert.deepEqual(
      new Set(withheld.map((r) => r.alertId)),
      alertIds(bankAfter),
      'every alert after the bar is withheld, and recorded',
    );
    for (const r of withheld) {
      assert.match(r.reason, /intelligence.*barred.*twitter/);
      assert.ok(
        Date.parse(r.decidedAt) - barredAt < 60_000,
        'the bar applied within the 60 s bound (README: Delivery rules)',
      );
    }
    for (const r of ledgerBefore)
      assert.ok(
        ledger.some((x) => x.deliveryKey === r.deliveryKey && x.outcome === 'delivered'),
        'earlier deliveries intact',
      );

    await cli(['policy', 'set', 'twitter', '--lift', 'intelligence']);
  });

  test('a suspended contract receives nothing until reactivated', async () => {
    await cli(['contract', 'set-status', 'bank', 'suspended']);
    await breakNews(s, FIRE_TEXTS);
    assert.deepEqual(await s.received('bank'), []);
    assert.ok((await s.received('agency')).length >= 1, 'others unaffected');
    const suspended = (await s.ctx.deliveries.listByCustomer('bank')).filter((r) => r.outcome === 'withheld');
    assert.ok(suspended.length >= 1 && suspended.every((r) => /suspended/.test(r.reason)));

    await cli(['contract', 'set-status', 'bank', 'active']);
    await breakNews(s, CRASH_TEXTS);
    assert.ok((await s.received('bank')).length >= 1, 'delivered again once active');
  });

  test('a contract whose endsAt passes stops receiving without anyone acting', async () => {
    const endsAt = new Date(Date.now() + 6000).toISOString();
    await s.addCustomer({
      id: 'shortterm',
      name: 'Short',
      sector: 'ngo',
      contract: { ...activeContract, endsAt },
      entitlements: everything,
    });
    await breakNews(s, SHOOTING_TEXTS);
    const before = await s.received('shortterm');
    assert.ok(before.length >= 1, 'delivered while the contract runs');
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(endsAt) - Date.now() + 200)));
    await breakNews(
      s,
      EXPLOSION_TEXTS.map((t) => t.replaceAll('Houston', 'Chicago')),
    );
    assert.deepEqual(await s.received('shortterm'), []);
    const expired = (await s.ctx.deliveries.listByCustomer('shortterm')).filter((r) => r.outcome === 'withheld');
    assert.ok(
      expired.length >= 1 && expired.every((r) => /expired on/.test(r.reason)),
      JSON.stringify(expired.map((r) => r.reason)),
    );
  });
});
