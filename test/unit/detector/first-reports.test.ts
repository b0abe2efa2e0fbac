/**
 * First-report parity (tools/data/first-reports.ts, docs/detector.md
 * "Languages: first-report parity"): in every seed language, hand-written
 * first reports become evidence with the right category and non-reports
 * mostly do not. The floors are what the held-out half B reached when it was
 * first measured (not above), the same for every language; half A (looked at
 * while fixing) and the totals keep what they reached too.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PARITY_LANGS } from '../../../tools/data/first-reports';
import { parityOf, scoreKit } from '../../../tools/eval/parity';

/** Half B per language (18 reports, 9 non-reports): the lowest share of reports right (it, pl) and the highest of non-reports gated (en, fa). */
const B_REPORTS_RIGHT = 7;
const B_NON_GATED = 5;
/**
 * Totals over the 23 languages (414 reports, 207 non-reports per half): the 20 languages' totals as first measured
 * (A 266 and 14, B 208 and 52) plus he, ur and bn when they were added (branch langs3: A 36 and 2 after fixing the
 * lexicons from it, 31 and 5 before; B, held out: 26 and 7 when first measured, 25 and 6 on the model retrained after
 * merging main's immediacy cues, whose B non-reports gated were 49).
 */
const TOTALS = { A: { right: 302, falseGated: 16 }, B: { right: 233, falseGated: 55 } };

describe('first reports read alike in every seed language', () => {
  const results = scoreKit();
  const b = parityOf(results, 'B');
  for (const r of b)
    test(`${r.lang}: held-out reports gated with the right category >= ${B_REPORTS_RIGHT}/18, non-reports gated <= ${B_NON_GATED}/9`, () => {
      assert.equal(r.reports, 18);
      assert.ok(
        r.right >= B_REPORTS_RIGHT,
        `${r.lang}: ${r.right}/${r.reports} reports right (per category ${r.perCat.join(' ')})`,
      );
      assert.ok(r.falseGated <= B_NON_GATED, `${r.lang}: ${r.falseGated}/${r.non} non-reports gated`);
    });
  for (const half of ['A', 'B'] as const)
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
