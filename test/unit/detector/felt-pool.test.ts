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

/** The areas of the first alert's candidate, in the order the posts came ('' when none alerted). */
function firstAlertArea(posts: readonly Evidence[]): string {
  const state = { group: 'quake', head: emptyHead('quake'), candidates: new Map(), touched: new Set<string>() };
  for (const [i, p] of posts.entries()) {
    const r = processPartition(state, [{ id: `m-${i}`, evidence: [p] }], { now: p.t });
    if (r.raised.length > 0) return (r.raised[0] as { area: string }).area;
  }
  return '';
}

describe("a quake's unplaced pool", () => {
  const felt = [1, 2, 3, 4].map((i) => report(i));

  test('alone, it alerts with no place', () => {
    assert.equal(firstAlertArea(felt), '?');
  });

  test('beside one place reported in its minutes, its reports alert there', () => {
    assert.equal(firstAlertArea([report(0, 'TR'), ...felt]), 'TR');
  });
});
