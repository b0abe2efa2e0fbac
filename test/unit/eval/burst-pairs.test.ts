/** The burst kit's two-event mode (tools/eval/burst-pairs.ts): its pairs, its generator and its judge. No data needed. */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { placeByName } from '../../../functions/domain/places';
import type { Post } from '../../../functions/domain/post';
import { BURST_LANGS } from '../../../tools/data/burst-templates';
import { type BurstRun, burstEventId, generateBurst, mergeStreams } from '../../../tools/eval/burst-kit';
import {
  generatePair,
  judgePair,
  mergedIds,
  mergeShares,
  PAIR_GAPS_MIN,
  pairSpecs,
  pairTotals,
  SECOND_SITES,
} from '../../../tools/eval/burst-pairs';

const ONSET = Date.parse('2026-03-02T11:45:00.000Z');
const AUTHORS = [
  { followers: 12, verified: false },
  { followers: 480, verified: false },
];

describe('pairSpecs', () => {
  test('every city pair in both orders, each gap, one category throughout', () => {
    const specs = pairSpecs(['earthquake'], [['ja', 'es']]);
    assert.equal(specs.length, 2 * PAIR_GAPS_MIN.length);
    assert.ok(
      specs.every((s) => s.cat === 'earthquake' && s.first.cat === 'earthquake' && s.second.cat === 'earthquake'),
    );
    assert.deepEqual(
      specs.map((s) => `${s.first.lang}>${s.second.lang}@${s.gapMin}`),
      PAIR_GAPS_MIN.map((g) => `ja>es@${g}`).concat(PAIR_GAPS_MIN.map((g) => `es>ja@${g}`)),
    );
  });

  test('two cities of one language: the second one is far from the first, in the gazetteer, and another event', () => {
    for (const [lang, site] of Object.entries(SECOND_SITES)) {
      const own = BURST_LANGS[lang as keyof typeof BURST_LANGS];
      const a = placeByName(own.city, own.country);
      const b = site && placeByName(site.city, site.country);
      assert.ok(a && b, lang);
      // Farther apart than a quake's reach (engine PARAMS.sameEventKm.earthquake, 300 km): two events by any rule.
      assert.ok(Math.hypot(a.lat - b.lat, a.lon - b.lon) > 5, `${lang}: ${own.city} and ${site?.city}`);
    }
    const [spec] = pairSpecs(['attack'], [['es', 'second']], [10]);
    assert.ok(spec);
    assert.notEqual(burstEventId(spec.first), burstEventId(spec.second));
  });
});

describe('generatePair', () => {
  test('deterministic; the second event starts gap minutes after the first, each drawn as the kit draws it alone', () => {
    const [spec] = pairSpecs(['earthquake'], [['ja', 'second']], [40]);
    assert.ok(spec);
    const a = generatePair(spec, 1, ONSET, AUTHORS);
    assert.deepEqual(a, generatePair(spec, 1, ONSET, AUTHORS));
    assert.deepEqual(a.first, generateBurst(spec.first, 1, ONSET, AUTHORS));
    const t0 = Date.parse(a.second[0]?.createdAt ?? '');
    assert.ok(t0 >= ONSET + 40 * 60_000 && t0 < ONSET + 45 * 60_000, a.second[0]?.createdAt);
  });

  test('two events in one language share no post id, author or handle, and name their own city', () => {
    const [spec] = pairSpecs(['earthquake'], [['es', 'second']], [10]);
    assert.ok(spec);
    const { first, second } = generatePair(spec, 2, ONSET, AUTHORS);
    const ids = new Set(first.map((p) => p.id));
    assert.ok(second.every((p) => !ids.has(p.id)));
    const authors = new Set(first.map((p) => p.author?.id));
    assert.ok(second.every((p) => !authors.has(p.author?.id)));
    const handles = new Set(first.map((p) => p.author?.handle));
    assert.ok(second.every((p) => !handles.has(p.author?.handle)));
    assert.ok(second.some((p) => p.text.includes('Bogotá')) && !second.some((p) => p.text.includes('Murcia')));
    // Not the first event's draw moved in time: other texts in another order.
    assert.notDeepEqual(
      first.slice(0, 10).map((p) => p.text),
      second.slice(0, 10).map((p) => p.text),
    );
  });
});

describe('judgePair', () => {
  const [spec] = pairSpecs(['explosion'], [['en', 'tr']], [10]);
  assert.ok(spec);
  const liverpool = placeByName(BURST_LANGS.en.city, BURST_LANGS.en.country);
  const istanbul = placeByName(BURST_LANGS.tr.city, BURST_LANGS.tr.country);
  const ev = (tag: string, i: number, min: number): Post => ({
    id: `${tag}${i}`,
    text: 'x',
    createdAt: new Date(ONSET + min * 60_000).toISOString(),
    source: 'twitter',
  });
  const posts = {
    first: [0.5, 1, 2, 3].map((m, i) => ev('a', i, m)),
    second: [10.5, 11, 12].map((m, i) => ev('b', i, m)),
  };
  const stream = mergeStreams([ev('bg', 0, -5), ev('bg', 1, 20)], [...posts.first, ...posts.second]);
  /** The event's figures alone, as runBurstPairs gives them: detected after `postsBefore` posts. */
  const aloneRun = (postsBefore: number): BurstRun => ({
    lang: 'en',
    cat: 'explosion',
    posts: 4,
    detected: true,
    postsBefore,
    latencySeconds: 60,
    categoryRight: true,
    placeKm: 0,
    alerts: 1,
    falseAlerts: 0,
    mixed: 0,
    place: 'n',
    title: 't',
  });
  const line = (
    alertId: string,
    min: number,
    evidence: string[],
    where: { lat: number; lon: number },
    version = 1,
  ) => ({
    alertId,
    version,
    category: 'explosion',
    title: 't',
    triggeredAt: new Date(ONSET + min * 60_000).toISOString(),
    evidence,
    location: { name: 'n', ...where },
  });

  test('each event on its own: posts before, latency, place; an id citing both is one merge, whichever holds it', () => {
    assert.ok(liverpool && istanbul);
    const lines = [
      line('A', 2, ['a0', 'a1', 'a2'], liverpool),
      line('A', 12, ['a0', 'a1', 'a2', 'b0'], liverpool, 2),
      line('B', 12, ['b0', 'b1', 'b2'], istanbul),
    ];
    const r = judgePair(spec, lines, posts, stream, ONSET, { first: aloneRun(2), second: aloneRun(3) });
    assert.equal(r.first.run.postsBefore, 3);
    assert.equal(r.first.run.latencySeconds, 90);
    assert.ok(r.first.run.placeKm !== null && r.first.run.placeKm < 1);
    assert.equal(r.second.run.postsBefore, 3);
    assert.equal(r.second.run.latencySeconds, 90);
    assert.ok(r.second.run.placeKm !== null && r.second.run.placeKm < 1);
    assert.equal(r.merged, 1);
    assert.equal(r.mergedShare, 1 / 4, 'A cites three posts of the first event and one of the second');
    assert.equal(r.first.city, 'Liverpool');
    assert.equal(r.second.city, 'Istanbul');
    const t = pairTotals([r]);
    assert.equal(t.slower, 1, 'the first event needed 3 posts, 2 alone');
    assert.equal(t.merged, 1);
  });

  test("the second event's posts taken by the first event's alert: missed, and no merge unless a version cites them", () => {
    assert.ok(liverpool);
    const r = judgePair(spec, [line('A', 2, ['a0', 'a1', 'a2'], liverpool)], posts, stream, ONSET, {
      first: aloneRun(3),
      second: aloneRun(3),
    });
    assert.equal(r.first.run.detected, true);
    assert.equal(r.second.run.detected, false);
    assert.equal(r.merged, 0);
    assert.equal(pairTotals([r]).slower, 1, 'missed in the pair, detected alone');
  });

  test('mergedIds: ids whose versions together cite more than one event', () => {
    const postEvent = { a: 'e1', b: 'e2', c: 'e1' };
    const lines = [
      { alertId: 'x', evidence: ['a', 'c'] },
      { alertId: 'x', evidence: ['b'] },
      { alertId: 'y', evidence: ['a', 'bg'] },
      { alertId: 'z', evidence: ['b', 'a'] },
    ];
    assert.equal(mergedIds(lines, postEvent), 2);
    assert.deepEqual(mergeShares(lines, postEvent), [1 / 3, 1 / 2]);
  });
});

test('burst event ids: a second city of a language is its own event', () => {
  const a = burstEventId({ lang: 'ja', cat: 'earthquake' });
  const b = burstEventId({ lang: 'ja', cat: 'earthquake', at: SECOND_SITES.ja });
  assert.notEqual(a, b);
});
