/** Example-based tests of decide(): the documented reasons and the twitter/intelligence scenario. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Alert } from '../../../functions/domain/alert';
import type { Customer, SourcePolicy } from '../../../functions/domain/customer';
import { type Decision, decide, decideAll, TRIAL_LIMITS, WITHHOLD_CODES } from '../../../functions/domain/entitlement';
import { haversineKm, withinRadius } from '../../../functions/domain/geo';

const NOW = new Date('2026-03-05T12:00:00Z');

type CustomerOverrides = Omit<Partial<Customer>, 'contract' | 'entitlements'> & {
  contract?: Partial<Customer['contract']>;
  entitlements?: Partial<Customer['entitlements']>;
};

function customer(over: CustomerOverrides = {}): Customer {
  const { contract, entitlements, ...rest } = over;
  return {
    id: 'acme-news',
    name: 'Acme News',
    sector: 'news_media',
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...rest,
    contract: { status: 'active', tier: 'pro', startsAt: '2026-01-01T00:00:00Z', ...contract },
    entitlements: { categories: [], regions: [], minSeverity: 1, ...entitlements },
  };
}

function alert(over: Partial<Alert> = {}): Alert {
  return {
    alertId: 'a-1',
    version: 1,
    category: 'explosion',
    severity: 4,
    level: 'flash',
    title: 'Explosion near West, Texas',
    location: { name: 'West, Texas', lat: 31.8021, lon: -97.0917, country: 'US' },
    firstSeenAt: '2026-03-05T11:58:00Z',
    triggeredAt: '2026-03-05T11:59:30Z',
    evidence: ['1897000000000000001'],
    sources: ['twitter'],
    authors: 12,
    posts: 30,
    terms: ['explosion'],
    scoreParts: {},
    ...over,
  };
}

const twitterBarsIntelligence: SourcePolicy = {
  source: 'twitter',
  sector: 'intelligence',
  from: '2026-03-05T10:00:00Z',
  setAt: '2026-03-05T09:55:00Z',
};

function withheld(d: Decision): { code: string; reason: string } {
  assert.equal(d.deliver, false, 'expected a withholding');
  if (d.deliver) throw new Error('unreachable');
  return { code: d.code, reason: d.reason };
}

describe('decide: example reasons', () => {
  it('delivers to an entitled customer', () => {
    assert.deepEqual(decide(alert(), customer(), [], NOW), { deliver: true, reason: 'entitled' });
  });

  it('contract suspended / terminated', () => {
    assert.deepEqual(withheld(decide(alert(), customer({ contract: { status: 'suspended' } }), [], NOW)), {
      code: 'contract_suspended',
      reason: 'contract suspended',
    });
    assert.deepEqual(withheld(decide(alert(), customer({ contract: { status: 'terminated' } }), [], NOW)), {
      code: 'contract_terminated',
      reason: 'contract terminated',
    });
  });

  it('contract expired: by status (with and without a date) and by endsAt passing', () => {
    assert.deepEqual(
      withheld(decide(alert(), customer({ contract: { status: 'expired', endsAt: '2026-03-01T00:00:00Z' } }), [], NOW)),
      { code: 'contract_expired', reason: 'contract expired on 2026-03-01' },
    );
    assert.deepEqual(withheld(decide(alert(), customer({ contract: { status: 'expired' } }), [], NOW)), {
      code: 'contract_expired',
      reason: 'contract expired',
    });
    // Status still 'active', nobody acted: endsAt alone makes it expired.
    assert.deepEqual(withheld(decide(alert(), customer({ contract: { endsAt: '2026-03-01T00:00:00Z' } }), [], NOW)), {
      code: 'contract_expired',
      reason: 'contract expired on 2026-03-01',
    });
    assert.deepEqual(
      withheld(decide(alert(), customer({ contract: { endsAt: '2026-03-05T11:30:00+01:00' } }), [], NOW)),
      {
        code: 'contract_expired',
        reason: 'contract expired on 2026-03-05T10:30:00Z',
      },
    );
  });

  it('endsAt is exclusive, startsAt inclusive', () => {
    const c = customer({ contract: { startsAt: '2026-03-05T12:00:00Z', endsAt: '2026-03-05T12:00:01Z' } });
    assert.equal(decide(alert(), c, [], new Date('2026-03-05T11:59:59.999Z')).deliver, false);
    assert.equal(decide(alert(), c, [], new Date('2026-03-05T12:00:00Z')).deliver, true);
    assert.equal(decide(alert(), c, [], new Date('2026-03-05T12:00:00.999Z')).deliver, true);
    assert.equal(decide(alert(), c, [], new Date('2026-03-05T12:00:01Z')).deliver, false);
  });

  it('contract starts on DATE', () => {
    assert.deepEqual(withheld(decide(alert(), customer({ contract: { startsAt: '2026-04-01T00:00:00Z' } }), [], NOW)), {
      code: 'contract_not_started',
      reason: 'contract starts on 2026-04-01',
    });
  });

  it('sector intelligence barred by twitter policy since 2026-03-05T10:00:00Z', () => {
    const agency = customer({ id: 'agency', sector: 'intelligence' });
    assert.deepEqual(withheld(decide(alert(), agency, [twitterBarsIntelligence], NOW)), {
      code: 'source_barred',
      reason: 'sector intelligence barred by twitter policy since 2026-03-05T10:00:00Z',
    });
  });

  it('with several bars in force, the reason names the first barred source of the alert and its earliest bar', () => {
    const agency = customer({ id: 'agency', sector: 'intelligence' });
    const policies: SourcePolicy[] = [
      { ...twitterBarsIntelligence, from: '2026-03-05T11:00:00Z' },
      { source: 'bluesky', sector: 'intelligence', from: '2026-03-01T00:00:00Z', setAt: '2026-03-01T00:00:00Z' },
      twitterBarsIntelligence,
      { ...twitterBarsIntelligence, from: '2026-03-04T00:00:00Z', until: '2026-03-05T00:00:00Z' },
    ];
    for (const ps of [policies, [...policies].reverse()]) {
      assert.equal(
        withheld(decide(alert({ sources: ['twitter', 'bluesky'] }), agency, ps, NOW)).reason,
        'sector intelligence barred by twitter policy since 2026-03-05T10:00:00Z',
      );
      assert.equal(
        withheld(decide(alert({ sources: ['bluesky', 'twitter'] }), agency, ps, NOW)).reason,
        'sector intelligence barred by bluesky policy since 2026-03-01T00:00:00Z',
      );
    }
  });

  it('the platform bar stops intelligence at once while news media and finance keep their alerts', () => {
    const customers = [
      customer({ id: 'news', sector: 'news_media' }),
      customer({ id: 'bank', sector: 'finance' }),
      customer({ id: 'agency', sector: 'intelligence' }),
    ];
    const before = decideAll(alert(), customers, [twitterBarsIntelligence], new Date('2026-03-05T09:59:59.999Z'));
    assert.deepEqual(
      before.map((r) => r.decision.deliver),
      [true, true, true],
    );
    const at = decideAll(alert(), customers, [twitterBarsIntelligence], new Date('2026-03-05T10:00:00Z'));
    assert.deepEqual(
      at.map((r) => [r.customer.id, r.decision.deliver]),
      [
        ['news', true],
        ['bank', true],
        ['agency', false],
      ],
    );
    // An alert with any barred source is barred, even if another source is not.
    const mixed = alert({ sources: ['bluesky', 'Twitter'] });
    assert.equal(decide(mixed, customers[2] as Customer, [twitterBarsIntelligence], NOW).deliver, false);
    // An alert without the barred source still goes to the agency.
    assert.equal(
      decide(alert({ sources: ['bluesky'] }), customers[2] as Customer, [twitterBarsIntelligence], NOW).deliver,
      true,
    );
    // Lifting the bar restores delivery from `until` on.
    const lifted = { ...twitterBarsIntelligence, until: '2026-03-05T11:00:00Z' };
    assert.equal(
      decide(alert(), customers[2] as Customer, [lifted], new Date('2026-03-05T10:59:59.999Z')).deliver,
      false,
    );
    assert.equal(decide(alert(), customers[2] as Customer, [lifted], new Date('2026-03-05T11:00:00Z')).deliver, true);
  });

  it('contract reasons come before source policy, source policy before entitlements', () => {
    const agency = customer({
      sector: 'intelligence',
      contract: { status: 'suspended' },
      entitlements: { categories: ['fire'] },
    });
    assert.equal(withheld(decide(alert(), agency, [twitterBarsIntelligence], NOW)).code, 'contract_suspended');
    const active = customer({ sector: 'intelligence', entitlements: { categories: ['fire'], minSeverity: 5 } });
    assert.equal(withheld(decide(alert(), active, [twitterBarsIntelligence], NOW)).code, 'source_barred');
  });

  it('category fire not entitled', () => {
    const c = customer({ entitlements: { categories: ['explosion', 'attack'] } });
    assert.deepEqual(withheld(decide(alert({ category: 'fire' }), c, [], NOW)), {
      code: 'category_not_entitled',
      reason: 'category fire not entitled',
    });
  });

  it('outside regions (location Boston, US)', () => {
    const c = customer({ entitlements: { regions: [{ country: 'FR' }, { lat: 48.8566, lon: 2.3522, radiusKm: 50 }] } });
    const boston = alert({ location: { name: 'Boston', lat: 42.3601, lon: -71.0589, country: 'US' } });
    assert.deepEqual(withheld(decide(boston, c, [], NOW)), {
      code: 'outside_regions',
      reason: 'outside regions (location Boston, US)',
    });
    // In the radius, no country known: delivered.
    assert.equal(
      decide(alert({ location: { name: 'Versailles', lat: 48.8049, lon: 2.1204 } }), c, [], NOW).deliver,
      true,
    );
    // Country match, case-insensitive.
    assert.equal(
      decide(alert({ location: { name: 'Lyon', lat: 45.76, lon: 4.84, country: 'fr' } }), c, [], NOW).deliver,
      true,
    );
  });

  it('alert has no location and customer is restricted to regions', () => {
    const c = customer({ entitlements: { regions: [{ country: 'US' }] } });
    assert.deepEqual(withheld(decide(alert({ location: null }), c, [], NOW)), {
      code: 'no_location',
      reason: 'alert has no location and customer is restricted to regions',
    });
    // Worldwide customers get located and unlocated alerts alike.
    assert.equal(decide(alert({ location: null }), customer(), [], NOW).deliver, true);
  });

  it('below minimum severity (2 < 3)', () => {
    const c = customer({ entitlements: { minSeverity: 3 } });
    assert.deepEqual(withheld(decide(alert({ severity: 2 }), c, [], NOW)), {
      code: 'below_min_severity',
      reason: 'below minimum severity (2 < 3)',
    });
  });

  it('trial limit: severity below the trial minimum', () => {
    assert.deepEqual(TRIAL_LIMITS, { minSeverity: 3 });
    const trial = customer({ contract: { status: 'trial' } });
    assert.deepEqual(withheld(decide(alert({ severity: 2 }), trial, [], NOW)), {
      code: 'trial_limit',
      reason: 'trial limit: severity 2 below trial minimum 3',
    });
    assert.equal(decide(alert({ severity: 3 }), trial, [], NOW).deliver, true);
    // Trials still honour their own entitlements.
    const strict = customer({ contract: { status: 'trial' }, entitlements: { minSeverity: 5 } });
    assert.equal(withheld(decide(alert({ severity: 4 }), strict, [], NOW)).code, 'below_min_severity');
  });

  it('fails closed on unparsable dates and rejects an invalid now', () => {
    const bad = customer({ contract: { startsAt: 'not a date' } });
    assert.equal(withheld(decide(alert(), bad, [], NOW)).code, 'contract_invalid');
    const badEnd = customer({ contract: { endsAt: 'soon' } });
    assert.equal(withheld(decide(alert(), badEnd, [], NOW)).code, 'contract_invalid');
    const agency = customer({ sector: 'intelligence' });
    assert.equal(
      withheld(decide(alert(), agency, [{ ...twitterBarsIntelligence, from: 'garbage' }], NOW)).code,
      'source_barred',
    );
    assert.equal(
      withheld(decide(alert(), agency, [{ ...twitterBarsIntelligence, until: 'garbage' }], NOW)).code,
      'source_barred',
    );
    // An alert naming no source (schema-invalid) is treated as coming from every source.
    assert.equal(
      withheld(decide(alert({ sources: [] }), agency, [twitterBarsIntelligence], NOW)).code,
      'source_barred',
    );
    assert.equal(decide(alert({ sources: [] }), customer(), [twitterBarsIntelligence], NOW).deliver, true);
    const weird = customer({ contract: { status: 'paused' as never } });
    assert.equal(withheld(decide(alert(), weird, [], NOW)).code, 'contract_invalid');
    assert.throws(() => decide(alert(), customer(), [], new Date('nope')), RangeError);
  });

  it('exports every code it uses', () => {
    assert.equal(new Set(WITHHOLD_CODES).size, WITHHOLD_CODES.length);
    assert.ok(WITHHOLD_CODES.includes('source_barred'));
  });
});

describe('geo', () => {
  it('haversine distances', () => {
    // Boston - Paris ~ 5 528 km; London - Paris ~ 344 km.
    assert.ok(Math.abs(haversineKm({ lat: 42.3601, lon: -71.0589 }, { lat: 48.8566, lon: 2.3522 }) - 5528) < 10);
    assert.ok(Math.abs(haversineKm({ lat: 51.5074, lon: -0.1278 }, { lat: 48.8566, lon: 2.3522 }) - 343.5) < 2);
    assert.equal(haversineKm({ lat: 10, lon: 20 }, { lat: 10, lon: 20 }), 0);
    // Across the antimeridian: Suva to Taveuni-ish, ~ 1.6 degrees of longitude apart.
    assert.ok(haversineKm({ lat: -17, lon: 179.5 }, { lat: -17, lon: -179.5 }) < 110);
    // Antipodes: half the circumference.
    assert.ok(Math.abs(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 }) - Math.PI * 6371.0088) < 1e-6);
    assert.equal(withinRadius({ lat: 0, lon: 0 }, { lat: 0, lon: 1 }, 112), true);
    assert.equal(withinRadius({ lat: 0, lon: 0 }, { lat: 0, lon: 1 }, 110), false);
  });
});
