/**
 * First-report parity (tools/data/first-reports.ts, docs/detector.md
 * "Languages: first-report parity"): in every seed language, hand-written
 * first reports become evidence with the right category and non-reports
 * mostly do not. The floors are what each half reached (not above), the
 * same for every language; half C (first-reports-c.ts) was held out on branch
 * parity2, half D (first-reports-d.ts) on branch parity3 and half E
 * (first-reports-e.ts) on branch parity4, each measured once, at its branch's end.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PARITY_LANGS } from '../../../tools/data/first-reports';
import { parityOf, scoreKit } from '../../../tools/eval/parity';

/**
 * Per language (18 reports, 9 non-reports per half; D: 13 and 9; E: 14 and 9): the lowest share of reports right and
 * the highest of non-reports gated, as reached on branch parity4 (B: 14/18, 1/9; C: 11/18, 3/9; D: 8/13 (ko), 4/9
 * (en)). E, written on parity4 before its fixes and measured once at the end: de, nl, ar, hi, ko, ur, bn 9/14; 5/9
 * non-reports gated at most.
 */
const PER_LANG = {
  B: { right: 14, falseGated: 1 },
  C: { right: 11, falseGated: 3 },
  D: { right: 8, falseGated: 4 },
  E: { right: 9, falseGated: 5 },
};
const SIZE = { B: 18, C: 18, D: 13, E: 14 };
/**
 * Totals over the 23 languages (414 reports, 207 non-reports per half; D: 299 and 207; E: 322 and 207), as reached on
 * branch parity4 (before it: A 327 and 10, B 363 and 8, C 304 and 17, D 182 and 27, E 141 and 52; the history of the
 * earlier floors is in docs/detector-history.md).
 */
const TOTALS = {
  A: { right: 365, falseGated: 10 },
  B: { right: 377, falseGated: 8 },
  C: { right: 337, falseGated: 17 },
  D: { right: 231, falseGated: 27 },
  E: { right: 236, falseGated: 52 },
};

describe('first reports read alike in every seed language', () => {
  const results = scoreKit();
  for (const half of ['B', 'C', 'D', 'E'] as const)
    for (const r of parityOf(results, half)) {
      const floor = PER_LANG[half];
      const size = SIZE[half];
      test(`${r.lang}, half ${half}: reports gated with the right category >= ${floor.right}/${size}, non-reports gated <= ${floor.falseGated}/9`, () => {
        assert.equal(r.reports, size);
        assert.equal(r.non, 9);
        assert.ok(
          r.right >= floor.right,
          `${r.lang}: ${r.right}/${r.reports} reports right (per category ${r.perCat.join(' ')})`,
        );
        assert.ok(r.falseGated <= floor.falseGated, `${r.lang}: ${r.falseGated}/${r.non} non-reports gated`);
      });
    }
  for (const half of ['A', 'B', 'C', 'D', 'E'] as const)
    test(`half ${half}: totals over the ${PARITY_LANGS.length} languages keep what they reached`, () => {
      const rows = parityOf(results, half);
      const right = rows.reduce((a, r) => a + r.right, 0);
      const falseGated = rows.reduce((a, r) => a + r.falseGated, 0);
      const reports = rows.reduce((a, r) => a + r.reports, 0);
      const non = rows.reduce((a, r) => a + r.non, 0);
      assert.ok(right >= TOTALS[half].right, `half ${half}: ${right}/${reports} reports right`);
      assert.ok(falseGated <= TOTALS[half].falseGated, `half ${half}: ${falseGated}/${non} non-reports gated`);
    });
  test('every sentence is read in the language it is written in, or in one that shares its words', () => {
    // The lexicon identifies a language by its function words and letters; a short headline may be read as a neighbour.
    const wrong = results.filter((r) => r.idLang !== r.lang);
    assert.ok(
      wrong.length <= results.length * 0.05,
      `${wrong.length} of ${results.length} identified otherwise: ${wrong
        .slice(0, 5)
        .map((r) => `${r.lang}->${r.idLang}`)
        .join(' ')}`,
    );
  });
});
