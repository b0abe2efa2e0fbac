/**
 * featurize (functions/domain/detector/features.ts): a category named beside a report cue sets that category's
 * report slot, so the lexicon-only model can learn a report of a category apart from the category word's every use.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { featurize, MAX_FEATURES, REPORT_BASE } from '../../../functions/domain/detector/features';
import { CAT_INDEX, LexResult, NCATS, readLexicon } from '../../../functions/domain/detector/lexicon';
import { Scan } from '../../../functions/domain/detector/scan';

function reportSlots(text: string): number[] {
  const scan = new Scan();
  const lex = new LexResult();
  scan.scan(text, true);
  readLexicon(scan, lex, true);
  const out = new Int32Array(MAX_FEATURES);
  const n = featurize(scan, lex, false, out);
  return [...out.subarray(0, n)].filter((f) => f >= REPORT_BASE && f < REPORT_BASE + NCATS).map((f) => f - REPORT_BASE);
}

describe('featurize: a category beside a report cue', () => {
  test('a fire with its victims, a quake felt, an explosion with its injured set their report slots', () => {
    assert.deepEqual(reportSlots('Incendie dans un entrepôt à Lille, trois blessés'), [CAT_INDEX.fire]);
    assert.deepEqual(reportSlots('Erdbeben in Kiel, deutlich zu spüren'), [CAT_INDEX.earthquake]);
    assert.deepEqual(reportSlots('Explosión en una fábrica de Vigo, varios heridos'), [CAT_INDEX.explosion]);
  });
  test('a category word alone, or a cue alone, sets none', () => {
    assert.deepEqual(reportSlots('Incendie dans un entrepôt à Lille'), []);
    assert.deepEqual(reportSlots('Three people injured in Lille'), []);
  });
});
