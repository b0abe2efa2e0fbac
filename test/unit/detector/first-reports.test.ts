/**
 * First-report parity (tools/data/first-reports.ts, docs/detector.md
 * "Languages: first-report parity"): in every seed language, hand-written
 * first reports become evidence with the right category and non-reports
 * mostly do not. The floors are what each half reached (not above), the
 * same for every language; half C (first-reports-c.ts) was held out on branch
 * parity2 and measured once, at its end.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PARITY_LANGS } from '../../../tools/data/first-reports';
import { parityOf, scoreKit } from '../../../tools/eval/parity';

/**
 * Per language (18 reports, 9 non-reports per half): the lowest share of reports right and the highest of non-reports
 * gated. B as it reached on branch parity2 (fr 9/18, several at 1/9; B was looked at there, so it is no longer held
 * out); C, written on parity2 before its fixes and measured once at the end: hi 7/18, de 4/9.
 */
const PER_LANG = { B: { right: 9, falseGated: 1 }, C: { right: 7, falseGated: 4 } };
/**
 * Totals over the 23 languages (414 reports, 207 non-reports per half), as reached on branch parity2 (before it: A 304
 * and 16, B 247 and 55, C 190 and 31; the history of the earlier floors is in docs/detector-history.md).
 */
const TOTALS = {
  A: { right: 324, falseGated: 13 },
  B: { right: 307, falseGated: 9 },
  C: { right: 236, falseGated: 24 },
};

describe('first reports read alike in every seed language', () => {
  const results = scoreKit();
  for (const half of ['B', 'C'] as const)
    for (const r of parityOf(results, half)) {
      const floor = PER_LANG[half];
      test(`${r.lang}, half ${half}: reports gated with the right category >= ${floor.right}/18, non-reports gated <= ${floor.falseGated}/9`, () => {
        assert.equal(r.reports, 18);
        assert.equal(r.non, 9);
        assert.ok(
          r.right >= floor.right,
          `${r.lang}: ${r.right}/${r.reports} reports right (per category ${r.perCat.join(' ')})`,
        );
        assert.ok(r.falseGated <= floor.falseGated, `${r.lang}: ${r.falseGated}/${r.non} non-reports gated`);
      });
    }
  for (const half of ['A', 'B', 'C'] as const)
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
