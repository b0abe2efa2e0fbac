/**
 * First-report parity (tools/data/first-reports.ts, docs/detector.md
 * "Languages: first-report parity"): in every seed language, hand-written
 * first reports become evidence with the right category and non-reports
 * mostly do not. The floors are what each half reached (not above), the
 * same for every language; half C (first-reports-c.ts) was held out on branch
 * parity2, half D (first-reports-d.ts) on branch parity3, half E
 * (first-reports-e.ts) on branch parity4, half F (first-reports-f.ts) on
 * branch parity5, half G (first-reports-g.ts) on branch firsthand and half H (first-reports-h.ts) on branch parity8,
 * each measured once, at its branch's end.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PARITY_LANGS } from '../../../tools/data/first-reports';
import { parityOf, scoreKit } from '../../../tools/eval/parity';

/**
 * Per language (18 reports, 9 non-reports per half; D: 13 and 9; E: 14 and 9; F: 12 and 9; G: 13 and 9): the lowest share of
 * reports right and the highest of non-reports gated, as reached on branch parity5 (B: 14/18 (fr), 1/9; C: 11/18
 * (hi), 3/9; D: 10/13 (es, it, ko), 3/9; E: 9/14 (nl), 5/9 (id)). F, written on parity5 before its fixes and measured
 * once at the end: ko 4/12; en 6/9 non-reports gated (drills, a fire twenty years ago, the sky "exploding" with colour).
 * G, written on firsthand before its fixes and measured once at the end: es and tl 6/13; fr 4/9 non-reports gated.
 * H, written on parity8 before its fixes and measured once at the end: es and pt 5/15; fa, ja and bn 5/9 non-reports
 * gated (a burger's "flavour explosion", riots in the capital asked about, a quake heard of on the news).
 */
const PER_LANG = {
  B: { right: 14, falseGated: 1 },
  C: { right: 11, falseGated: 3 },
  D: { right: 10, falseGated: 3 },
  E: { right: 9, falseGated: 5 },
  F: { right: 4, falseGated: 6 },
  G: { right: 6, falseGated: 4 },
  H: { right: 5, falseGated: 5 },
};
const SIZE = { B: 18, C: 18, D: 13, E: 14, F: 12, G: 13, H: 15 };
/**
 * Totals over the 23 languages (414 reports, 207 non-reports per half; D: 299 and 207; E: 322 and 207; F: 276 and
 * 207; G: 299 and 207; H: 345 and 207), as reached on branch parity8 (before it, on firsthand: A 387 and 10, B 380
 * and 8, C 336 and 14, D 265 and 25, E 258 and 52, F 186 and 66, G 204 and 41; H 169 and 66 on main before parity8's
 * fixes, 197 and 67 when first measured at its end; C and F five and six above after merging main's magnitude words). On firsthand, A and D a little above parity5; before it: A 365 and 10, B 377 and 8, C 337 and 17, D 231 and 27, E 236 and 52,
 * F 164 and 74; on branch firsthand, B 382 -> 380: the retrained model holds two sentences at 0.45-0.49 that it
 * read at 0.50; G 156 and 42 before it, 203 and 41 when first measured at its end, 204 after a last round; C's reports are one under what parity4 reached: its retrained transfer model holds a Ukrainian
 * collapse, a Spanish riot and an Arabic blast at 0.48-0.50; the history of the earlier floors is in
 * docs/detector-history.md). On branch hypo (drills and hypotheticals): B 386 -> 387, D 25 -> 24 and F 66 -> 43
 * non-reports gated; G 39 -> 40: the model retrained with the two new cue slots reads an English football post at 0.50
 * (0.49 before), at the gate.
 */
const TOTALS = {
  A: { right: 392, falseGated: 10 },
  B: { right: 387, falseGated: 8 },
  C: { right: 361, falseGated: 14 },
  D: { right: 273, falseGated: 24 },
  E: { right: 285, falseGated: 51 },
  F: { right: 227, falseGated: 43 },
  G: { right: 272, falseGated: 40 },
  H: { right: 197, falseGated: 67 },
};

describe('first reports read alike in every seed language', () => {
  const results = scoreKit();
  for (const half of ['B', 'C', 'D', 'E', 'F', 'G', 'H'] as const)
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
  for (const half of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const)
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
