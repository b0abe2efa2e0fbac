/**
 * Stage 3, the identity join (engine/identity.ts), and stage 2's key
 * (evidence.ts groupOf): which group a post goes to, one alert id per event
 * across groups, versions 1, 2, 3... per id, and never one id for events far
 * apart in place or time.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Alert, Category } from '../../../functions/domain/alert';
import {
  aggregate,
  defaultModel,
  familyOfGroup,
  groupOf,
  InMemoryEventStateStore,
  loadPartitions,
  scoreBatch,
  touchedPuts,
} from '../../../functions/domain/detector';
import {
  emptyIdentityState,
  IdentityStateSchema,
  joinIdentities,
  MEMBER_CAP,
} from '../../../functions/domain/detector/engine/identity';
import { loadUnplaced } from '../../../functions/domain/detector/engine/keyed-store';
import { FAMILY_OF, PARAMS } from '../../../functions/domain/detector/engine/params';
import type { RaisedVersion } from '../../../functions/domain/detector/engine/partition';
import { replayPosts } from '../../../functions/domain/detector/replay';
import { distKm } from '../../../functions/domain/places';
import { generateStream } from '../../../tools/data/sample-stream';

const T0 = Date.parse('2026-03-02T00:00:00.000Z');
const MIN = 60_000;

interface V {
  group: string;
  id: string;
  version: number;
  category?: Category;
  minute: number;
  area?: string;
  at?: [number, number];
  names?: string[];
}

function raised(v: V): RaisedVersion {
  const alert: Alert = {
    alertId: v.id,
    version: v.version,
    category: v.category ?? 'earthquake',
    severity: 1,
    level: 'alert',
    title: 'x',
    location: v.at ? { name: 'p', lat: v.at[0], lon: v.at[1], radiusKm: 10 } : null,
    firstSeenAt: new Date(T0).toISOString(),
    triggeredAt: new Date(T0 + v.minute * MIN).toISOString(),
    evidence: ['e'],
    sources: ['twitter'],
    authors: 2,
    posts: 2,
    terms: [],
    scoreParts: {},
  };
  return { alert, group: v.group, area: v.at ? (v.area ?? 'CR') : '?', names: v.names ?? [] };
}

const out = (vs: V[]) => joinIdentities(emptyIdentityState(), vs.map(raised)).map((a) => [a.alertId, a.version]);

describe('stage 2 key', () => {
  test('family keeps the family; region adds the coarse area or none; region-dup spreads only the unplaced by text', () => {
    assert.equal(groupOf('family', 'inc', { key: 'US-TX' }, 5), 'inc');
    assert.equal(groupOf('region', 'inc', { key: 'US-TX' }, 5), 'inc#US-TX');
    assert.equal(groupOf('region', 'inc', { key: '?' }, 5), 'inc#none');
    assert.equal(groupOf('region', 'inc', null, 5), 'inc#none');
    assert.equal(groupOf('region-dup', 'inc', { key: 'US-TX' }, 5), 'inc#US-TX');
    assert.equal(groupOf('region-dup', 'inc', null, 21), 'inc#none/5');
    assert.equal(groupOf('region-dup', 'inc', null, -1), 'inc#none/15');
    for (const g of ['inc', 'inc#US-TX', 'inc#none/5']) assert.equal(familyOfGroup(g), 'inc');
  });

  test('stage 1 under a finer key: every message is one group, its posts of that group, mentions with the unplaced', () => {
    const { posts } = generateStream({ seed: 31 });
    const model = defaultModel();
    const family = scoreBatch('b', posts.slice(0, 400), model, { key: 'family' });
    const fine = scoreBatch('b', posts.slice(0, 400), model, { key: 'region' });
    const count = (ms: typeof family.messages) => ms.reduce((n, m) => n + m.evidence.length, 0);
    assert.equal(count(fine.messages), count(family.messages));
    assert.ok(fine.messages.some((m) => m.partition.includes('#') && !m.partition.endsWith('#none')));
    for (const m of fine.messages) {
      for (const e of m.evidence)
        assert.equal(groupOf('region', familyOfGroup(m.partition), e.place, e.dupKey), m.partition);
      if (m.mentions) assert.ok(m.partition.endsWith('#none'), m.partition);
    }
  });
});

describe('stage 3 identity join', () => {
  test('one group: every local alert its own identity, versions as raised', () => {
    const vs: V[] = [
      { group: 'quake', id: 'a', version: 1, minute: 0, at: [10, -85] },
      { group: 'quake', id: 'b', version: 1, minute: 1, at: [10, -85] },
      { group: 'quake', id: 'a', version: 2, minute: 2, at: [10, -85] },
    ];
    assert.deepEqual(out(vs), [
      ['a', 1],
      ['b', 1],
      ['a', 2],
    ]);
  });

  test('an unplaced group joins the placed event; a placed one takes the lead from an unplaced one', () => {
    assert.deepEqual(
      out([
        { group: 'quake#CR', id: 'a', version: 1, minute: 0, at: [10, -85] },
        { group: 'quake#none', id: 'u', version: 1, minute: 3 },
        { group: 'quake#none', id: 'u', version: 2, minute: 4 },
        { group: 'quake#CR', id: 'a', version: 2, minute: 5, at: [10, -85] },
      ]),
      [
        ['a', 1],
        ['a', 2],
      ],
    );
    assert.deepEqual(
      out([
        { group: 'quake#none', id: 'u', version: 1, minute: 0 },
        { group: 'quake#CR', id: 'a', version: 1, minute: 3, at: [10, -85] },
        { group: 'quake#none', id: 'u', version: 2, minute: 4 },
        { group: 'quake#CR', id: 'a', version: 2, minute: 5, at: [10, -85] },
      ]),
      [
        ['u', 1],
        ['u', 2],
        ['u', 3],
      ],
    );
  });

  test('apart: far places, past the window, another category or family, another storm; a storm name joins across areas', () => {
    const far = out([
      { group: 'inc#US-CO', id: 'a', version: 1, category: 'attack', minute: 0, area: 'US-CO', at: [39.7, -105] },
      { group: 'inc#US-FL', id: 'b', version: 1, category: 'attack', minute: 1, area: 'US-FL', at: [26.3, -80.3] },
    ]);
    assert.equal(new Set(far.map((x) => x[0])).size, 2);
    const late = out([
      { group: 'quake#CR', id: 'a', version: 1, minute: 0, at: [10, -85] },
      { group: 'quake#none', id: 'u', version: 1, minute: PARAMS.mergeMs / MIN + 1 },
    ]);
    assert.equal(new Set(late.map((x) => x[0])).size, 2);
    const other = out([
      { group: 'inc#US-CO', id: 'a', version: 1, category: 'attack', minute: 0, area: 'US-CO', at: [39.7, -105] },
      { group: 'inc#none', id: 'u', version: 1, category: 'crash', minute: 1 },
      { group: 'quake#none', id: 'q', version: 1, minute: 1 },
    ]);
    assert.equal(new Set(other.map((x) => x[0])).size, 3);
    const storms = (n: string) =>
      out([
        {
          group: 'wx#US-FL',
          id: 'a',
          version: 1,
          category: 'storm',
          minute: 0,
          area: 'US-FL',
          at: [25, -81],
          names: ['irma'],
        },
        {
          group: 'wx#US-NY',
          id: 'b',
          version: 1,
          category: 'storm',
          minute: 9,
          area: 'US-NY',
          at: [40.7, -74],
          names: [n],
        },
      ]);
    assert.deepEqual(storms('irma'), [['a', 1]]);
    assert.equal(storms('jose').length, 2);
  });

  test('a version delivered again gets the number it got; the state decodes with its schema', () => {
    const state = emptyIdentityState();
    const v = raised({ group: 'quake#CR', id: 'a', version: 1, minute: 0, at: [10, -85] });
    const first = joinIdentities(state, [v]);
    const again = joinIdentities(state, [v]);
    assert.deepEqual(
      again.map((a) => [a.alertId, a.version]),
      first.map((a) => [a.alertId, a.version]),
    );
    assert.deepEqual(IdentityStateSchema.parse(JSON.parse(JSON.stringify(state))), state);
  });

  test('the lead is never evicted: after more members than it keeps, its version delivered again gets the number it got', () => {
    const state = emptyIdentityState();
    const lead = raised({ group: 'quake#CR', id: 'lead', version: 1, minute: 0, at: [10, -85] });
    const first = joinIdentities(state, [lead]);
    // Unplaced groups' alerts of the same quake, each its group's first, join it as members (absorbed, no versions).
    const members = Array.from({ length: MEMBER_CAP + 3 }, (_, k) =>
      raised({ group: `quake#none/${k}`, id: `m${k}`, version: 1, minute: 1 + k / 100 }),
    );
    joinIdentities(state, members);
    const again = joinIdentities(state, [lead]);
    assert.deepEqual(
      again.map((a) => [a.alertId, a.version]),
      first.map((a) => [a.alertId, a.version]),
    );
  });

  test('property: versions per id go 1, 2, 3...; ids never span places far apart or a gap past the window', () => {
    const families = ['quake', 'inc', 'wx'] as const;
    const category = { quake: 'earthquake', inc: 'attack', wx: 'storm' } as const satisfies Record<string, Category>;
    const local = fc.record({
      family: fc.constantFrom(...families),
      group: fc.integer({ min: 0, max: 4 }),
      minute: fc.integer({ min: 0, max: 600 }),
      at: fc.option(
        fc.tuple(fc.double({ min: -60, max: 60, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true })),
        {
          nil: undefined,
        },
      ),
      versions: fc.integer({ min: 1, max: 4 }),
      step: fc.integer({ min: 1, max: 60 }),
    });
    fc.assert(
      fc.property(fc.array(local, { maxLength: 40 }), (locals) => {
        const vs: (V & { n: number })[] = locals.flatMap((l, n) =>
          Array.from({ length: l.versions }, (_, i) => ({
            n,
            group: `${l.family}#${l.at ? `R${l.group}` : 'none'}`,
            id: `L${n}`,
            version: i + 1,
            category: category[l.family],
            minute: l.minute + i * l.step,
            // Every place its own area: only the distance may join two placed alerts.
            area: `A${n}`,
            ...(l.at ? { at: l.at } : {}),
          })),
        );
        vs.sort((a, b) => a.minute - b.minute || a.n - b.n);
        const given = joinIdentities(emptyIdentityState(), vs.map(raised));
        const last = new Map<string, number>();
        for (const a of given) {
          assert.equal(a.version, (last.get(a.alertId) ?? 0) + 1);
          last.set(a.alertId, a.version);
        }
        // Which local alerts each output id stands for (a local alert keeps its id: find it by its first version).
        const byId = new Map<string, (V & { n: number })[]>();
        const state = emptyIdentityState();
        for (const v of vs) {
          const [a] = joinIdentities(state, [raised(v)]);
          const x = Object.values(state.open)
            .flat()
            .find((i) => i.members.some((m) => m.group === v.group && m.localId === v.id));
          assert.ok(x, 'every version belongs to an open identity');
          if (a) assert.equal(a.alertId, x.id);
          byId.set(x.id, [...(byId.get(x.id) ?? []), v]);
        }
        for (const members of byId.values()) {
          const placed = members.filter((v) => v.at);
          const anchor = placed[0];
          for (const v of placed) {
            if (!anchor?.at || !v.at) continue;
            const bound = 20 + (PARAMS.sameEventKm[v.category as string] ?? 50);
            assert.ok(distKm(anchor.at[0], anchor.at[1], v.at[0], v.at[1]) <= bound + 1e-6, 'far apart under one id');
          }
          for (let i = 1; i < members.length; i++) {
            const v = members[i] as V & { n: number };
            const firstOfLocal = members.findIndex((w) => w.n === v.n) === i;
            if (!firstOfLocal) continue;
            const gap = v.minute - Math.max(...members.slice(0, i).map((w) => w.minute));
            assert.ok(gap * MIN <= PARAMS.mergeMs, 'joined after the window');
          }
          assert.equal(new Set(members.map((v) => FAMILY_OF[v.category as string] ?? 'other')).size, 1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('replay under the key', () => {
  test("the family key's alerts are stage 2's own: stage 3 changes nothing with one group per family", async () => {
    const { posts } = generateStream({ seed: 23 });
    const r = await replayPosts(posts, { batchSize: 100 });
    assert.ok(r.alerts.length > 0);
    const store = new InMemoryEventStateStore();
    const model = defaultModel();
    const raw: Alert[] = [];
    const joined: Alert[] = [];
    const identities = emptyIdentityState();
    let clock = 0;
    for (let i = 0; i < posts.length; i += 100) {
      const batch = posts.slice(i, i + 100);
      for (const p of batch) clock = Math.max(clock, Date.parse(p.createdAt));
      const s2 = await aggregate(store, scoreBatch(`b${i}`, batch, model).messages, { now: clock });
      raw.push(...s2.alerts);
      joined.push(...joinIdentities(identities, s2.raised));
      await s2.commit();
    }
    assert.deepEqual(r.alerts, raw);
    assert.deepEqual(joined, raw);
    const fine = await replayPosts(posts, { batchSize: 100, key: 'region-dup' });
    assert.ok(fine.alerts.length > 0);
  });
});

describe('placed groups read their family unplaced group', () => {
  test('loadUnplaced: a regional family only, read from the store when not in the batch, never written', async () => {
    const store = new InMemoryEventStateStore();
    const t = T0 + 5 * MIN;
    const talk = await aggregate(
      store,
      [{ id: 'm1', partition: 'quake#none', evidence: [], mentions: [{ t, k: 3, author: 'a', dupKey: 1 }] }],
      { now: t },
    );
    await talk.commit();
    const loaded = await loadPartitions(store, ['quake#CR', 'inc#US-TX']);
    await loadUnplaced(store, loaded.states);
    assert.equal(loaded.states.get('quake#CR')?.unplaced?.head.key, 'p#quake#none');
    assert.equal(loaded.states.get('quake#CR')?.unplaced?.head.clock, t);
    assert.equal(loaded.states.get('inc#US-TX')?.unplaced, undefined, 'a point family reads nothing');
    assert.ok(touchedPuts(loaded).every((p) => !p.key.includes('quake#none')));
    const both = await loadPartitions(store, ['quake#CR', 'quake#none']);
    await loadUnplaced(store, both.states);
    assert.equal(
      both.states.get('quake#CR')?.unplaced?.head,
      both.states.get('quake#none')?.head,
      'in the batch: its live state',
    );
  });
});
