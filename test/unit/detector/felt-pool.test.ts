/**
 * A quake's unplaced pool beside the one place its minutes report (engine/partition.ts yieldToPlace): the felt
 * reports join that place's window and it alerts there, not "place not yet known" beside it. Hand-made evidence.
 */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Evidence } from '../../../functions/domain/detector/engine/evidence';
import { processPartition } from '../../../functions/domain/detector/engine/partition';
import { emptyHead } from '../../../functions/domain/detector/engine/state';
import { hashStr } from '../../../functions/domain/detector/hash';
import { CAT_INDEX, CATS } from '../../../functions/domain/detector/lexicon';
import { extractPlaces, placeContext } from '../../../functions/domain/places';

const T = Date.parse('2026-03-02T12:00:00.000Z');

/** A quake report by its own author at minute i: placed in `area` when given, else naming no place; shared words 11 and 22. */
function report(i: number, area?: string): Evidence {
  return {
    id: `q-${i}`,
    t: T + i * 60_000,
    source: 'twitter',
    sig: 0.85,
    cat: CAT_INDEX.earthquake,
    catScores: CATS.map((c) => (c === 'earthquake' ? 1 : 0)),
    casualty: 0,
    eyewitness: false,
    breaking: false,
    strong: true,
    place: area ? { votes: [], best: -1, names: [], key: area } : null,
    author: `author-${i}`,
    followers: 0,
    verified: false,
    isRetweet: false,
    dupKey: 100 + i,
    terms: ['earthquake'],
    content: area ? [hashStr(`@${area}`), 500 + i] : [11, 22, 300 + i],
    magnitude: 0,
    deaths: 0,
    lang: 'tr',
    excerpt: '',
    handle: '',
  };
}

/** The areas of the candidates whose versions the posts raised, in order. */
function alertAreas(posts: readonly Evidence[]): string[] {
  const state = { group: 'quake', head: emptyHead('quake'), candidates: new Map(), touched: new Set<string>() };
  const out: string[] = [];
  for (const [i, p] of posts.entries()) {
    const r = processPartition(state, [{ id: `m-${i}`, evidence: [p] }], { now: p.t });
    for (const v of r.raised) out.push(v.area);
  }
  return out;
}
const firstAlertArea = (posts: readonly Evidence[]): string => alertAreas(posts)[0] ?? '';

describe("a quake's unplaced pool", () => {
  const felt = [1, 2, 3, 4].map((i) => report(i));

  test('alone, it alerts with no place', () => {
    assert.equal(firstAlertArea(felt), '?');
  });

  test('beside one place reported in its minutes, its reports alert there', () => {
    assert.equal(firstAlertArea([report(0, 'TR'), ...felt]), 'TR');
  });

  test("minutes after a quake was alerted, its reports are that quake's, not witnesses of another place's talk", () => {
    // A quake alerted in Seoul; ten minutes on, one post talks of a quake in Los Angeles, and the felt reports go on
    // (the real gazetteer: the two places must be too far apart for the two bursts to be one quake).
    const ctx = placeContext();
    const seoul = extractPlaces('Earthquake in Seoul', ctx, undefined, 'en');
    const la = extractPlaces('Earthquake in Los Angeles', ctx, undefined, 'en');
    const kr = [0, 1, 2].map((i) => ({
      ...report(i, 'KR'),
      sig: 1,
      content: [hashStr('@KR'), 600, 601],
      place: seoul,
    }));
    const later = [{ ...report(10, 'US-CA'), place: la }, ...[11, 12, 13, 14].map((i) => report(i))];
    const areas = alertAreas([...kr, ...later]);
    assert.equal(areas[0], 'KR');
    assert.ok(!areas.includes('US-CA'), `alerted in ${areas.join(', ')}`);
  });
});
