/**
 * First-report parity (tools/data/first-reports.ts): per language, the share
 * of first reports that become evidence with the right category, their
 * median significance, and the share of non-reports that become evidence;
 * per half (A: looked at while fixing, B: held out then looked at, C: held
 * out on branch parity2; D: on parity3; E: on parity4; F: on parity5; G: on firsthand; H: on parity8) and per category.
 */
import { scorePost } from '../../functions/domain/detector';
import type { Model } from '../../functions/domain/detector/model';
import { CATS } from '../../functions/domain/detector/seeds';
import type { Post } from '../../functions/domain/post';
import { FIRST_REPORTS, type Half, half, PARITY_LANGS, type ParityLang } from '../data/first-reports';
import { FIRST_REPORTS_C } from '../data/first-reports-c';
import { FIRST_REPORTS_D } from '../data/first-reports-d';
import { FIRST_REPORTS_E } from '../data/first-reports-e';
import { FIRST_REPORTS_F } from '../data/first-reports-f';
import { FIRST_REPORTS_G } from '../data/first-reports-g';
import { FIRST_REPORTS_H } from '../data/first-reports-h';

export interface SentenceResult {
  lang: ParityLang;
  cat: (typeof CATS)[number];
  half: Half;
  report: boolean;
  text: string;
  /** Evidence (gated), with the category it was read as. */
  gated: boolean;
  readAs: string;
  sig: number;
  /** Language the lexicon identified. */
  idLang: string;
}

export interface LangParity {
  lang: ParityLang;
  /** Reports gated with the right category / reports. */
  right: number;
  reports: number;
  medianSig: number;
  /** Non-reports gated / non-reports. */
  falseGated: number;
  non: number;
  /** Reports gated with the right category, per category (of 2 in halves A-C, 1 or 2 in D and E, 1 to 3 in F and G, 1 or 2 in H). */
  perCat: number[];
}

/** A post as a first report arrives: fresh, no geo, an author with few followers (no credibility from the author). */
function post(text: string, n: number): Post {
  return {
    id: `kit-${n}`,
    text,
    createdAt: '2026-06-01T12:00:00.000Z',
    source: 'kit',
    author: { id: `a${n}`, followers: 50 },
  };
}

export function scoreKit(model?: Model): SentenceResult[] {
  const out: SentenceResult[] = [];
  let n = 0;
  for (const lang of PARITY_LANGS) {
    const kit = FIRST_REPORTS[lang];
    const kitC = FIRST_REPORTS_C[lang];
    const kitD = FIRST_REPORTS_D[lang];
    const kitE = FIRST_REPORTS_E[lang];
    const kitF = FIRST_REPORTS_F[lang];
    const kitG = FIRST_REPORTS_G[lang];
    const kitH = FIRST_REPORTS_H[lang];
    CATS.forEach((cat, k) => {
      const sets: [readonly string[], boolean, Half | undefined][] = [
        [kit.reports[cat], true, undefined],
        [kit.non[cat], false, undefined],
        [kitC.reports[cat], true, 'C'],
        [kitC.non[cat], false, 'C'],
        [kitD.reports[cat], true, 'D'],
        [kitD.non[cat], false, 'D'],
        [kitE.reports[cat], true, 'E'],
        [kitE.non[cat], false, 'E'],
        [kitF.reports[cat], true, 'F'],
        [kitF.non[cat], false, 'F'],
        [kitG.reports[cat], true, 'G'],
        [kitG.non[cat], false, 'G'],
        [kitH.reports[cat], true, 'H'],
        [kitH.non[cat], false, 'H'],
      ];
      for (const [texts, report, fixedHalf] of sets)
        texts.forEach((text, j) => {
          const s = model ? scorePost(post(text, n++), model) : scorePost(post(text, n++));
          out.push({
            lang,
            cat,
            half: fixedHalf ?? half(k, j),
            report,
            text,
            gated: s.gated,
            readAs: s.cat >= 0 ? (CATS[s.cat] ?? '?') : '-',
            sig: s.sig,
            idLang: s.lang,
          });
        });
    });
  }
  return out;
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Per-language figures over the sentences of one half (or both). */
export function parityOf(results: readonly SentenceResult[], which?: Half): LangParity[] {
  return PARITY_LANGS.map((lang) => {
    const rs = results.filter((r) => r.lang === lang && (which === undefined || r.half === which));
    const reports = rs.filter((r) => r.report);
    const non = rs.filter((r) => !r.report);
    const ok = (r: SentenceResult) => r.gated && r.readAs === r.cat;
    return {
      lang,
      right: reports.filter(ok).length,
      reports: reports.length,
      medianSig: median(reports.map((r) => r.sig)),
      falseGated: non.filter((r) => r.gated).length,
      non: non.length,
      perCat: CATS.map((c) => reports.filter((r) => r.cat === c && ok(r)).length),
    };
  });
}

const pct = (a: number, b: number) => (b === 0 ? '-' : `${Math.round((100 * a) / b)}%`);

/** Markdown table: one row per language, English first (the reference), then a row over all languages. */
export function formatParity(rows: readonly LangParity[], title: string): string {
  const head = `| ${title} | reports right | median sig | non-reports gated | ${CATS.join(' | ')} |`;
  const sep = `|${' --- |'.repeat(4 + CATS.length)}`;
  const line = (r: LangParity) =>
    `| ${r.lang} | ${pct(r.right, r.reports)} (${r.right}/${r.reports}) | ${r.medianSig.toFixed(2)} | ${pct(r.falseGated, r.non)} (${r.falseGated}/${r.non}) | ${r.perCat.join(' | ')} |`;
  const all = rows.reduce(
    (a, r) => ({
      right: a.right + r.right,
      reports: a.reports + r.reports,
      falseGated: a.falseGated + r.falseGated,
      non: a.non + r.non,
    }),
    { right: 0, reports: 0, falseGated: 0, non: 0 },
  );
  const perCat = CATS.map((_, k) => rows.reduce((a, r) => a + (r.perCat[k] as number), 0));
  const total = `| all | ${pct(all.right, all.reports)} (${all.right}/${all.reports}) | | ${pct(all.falseGated, all.non)} (${all.falseGated}/${all.non}) | ${perCat.join(' | ')} |`;
  return [head, sep, ...rows.map(line), total].join('\n');
}
