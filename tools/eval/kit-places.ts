/**
 * Places in the first-report kit (tools/data/first-reports*.ts): every report names the city of its language's kit;
 * per language and half, the share of reports whose place, read as scoring reads it (the committed model's common
 * words, the detected language), lies within 50 km of that city. Non-reports are left out: many name no place.
 */
import { defaultModel } from '../../functions/domain/detector';
import { detectLanguage, isCategoryTerm, isLexiconTerm, isStopword } from '../../functions/domain/detector/lexicon';
import type { Model } from '../../functions/domain/detector/model';
import { CATS } from '../../functions/domain/detector/seeds';
import {
  describePlace,
  distKm,
  entityLatLon,
  extractPlaces,
  gazetteer,
  placeByName,
  placeContext,
} from '../../functions/domain/places';
import { FIRST_REPORTS, type Half, half, PARITY_LANGS, type ParityLang } from '../data/first-reports';
import { FIRST_REPORTS_C } from '../data/first-reports-c';
import { FIRST_REPORTS_D } from '../data/first-reports-d';
import { FIRST_REPORTS_E } from '../data/first-reports-e';
import { FIRST_REPORTS_F } from '../data/first-reports-f';
import { FIRST_REPORTS_G } from '../data/first-reports-g';
import { FIRST_REPORTS_H } from '../data/first-reports-h';

/** A report is placed right within this distance of its kit's city (the place50). */
export const KIT_PLACE_KM = 50;

/** What a half's kit of one language gives this measure. */
interface KitSet {
  city: string;
  country: string;
  reports: Record<(typeof CATS)[number], readonly string[]>;
}

export interface KitPlace {
  lang: ParityLang;
  half: Half;
  text: string;
  city: string;
  /** The place read, or '' when none. */
  read: string;
  right: boolean;
}

export function kitPlaces(model: Model = defaultModel()): KitPlace[] {
  const ambiguous = new Set(model.ambiguousNames);
  const common = new Set(model.commonWords);
  const ctx = placeContext(
    (k) => ambiguous.has(k) || isStopword(k),
    (k) => isCategoryTerm(k),
    (k) => common.has(k) || isLexiconTerm(k),
  );
  const g = gazetteer();
  const out: KitPlace[] = [];
  for (const lang of PARITY_LANGS) {
    const kits: [KitSet, Half | undefined][] = [
      [FIRST_REPORTS[lang], undefined],
      [FIRST_REPORTS_C[lang], 'C'],
      [FIRST_REPORTS_D[lang], 'D'],
      [FIRST_REPORTS_E[lang], 'E'],
      [FIRST_REPORTS_F[lang], 'F'],
      [FIRST_REPORTS_G[lang], 'G'],
      [FIRST_REPORTS_H[lang], 'H'],
    ];
    for (const [kit, fixedHalf] of kits) {
      const city = placeByName(kit.city, kit.country);
      if (!city) throw new Error(`kit-places: ${kit.city}, ${kit.country} is not in the gazetteer`);
      CATS.forEach((cat, k) => {
        kit.reports[cat].forEach((text, j) => {
          const p = extractPlaces(text, ctx, undefined, detectLanguage(text));
          const best = p && p.best >= 0 ? p.best : -1;
          const at = best >= 0 ? entityLatLon(g, best) : null;
          out.push({
            lang,
            half: fixedHalf ?? half(k, j),
            text,
            city: kit.city,
            read: best >= 0 ? describePlace(g, best).name : '',
            right: at !== null && distKm(at.lat, at.lon, city.lat, city.lon) <= KIT_PLACE_KM,
          });
        });
      });
    }
  }
  return out;
}

/** Per language (and over all), reports placed right / reports, in the halves given (all when none). */
export function kitPlaceRows(results: readonly KitPlace[], which?: Half): { lang: string; right: number; n: number }[] {
  const rows = PARITY_LANGS.map((lang) => {
    const rs = results.filter((r) => r.lang === lang && (which === undefined || r.half === which));
    return { lang: lang as string, right: rs.filter((r) => r.right).length, n: rs.length };
  });
  rows.push({ lang: 'all', right: rows.reduce((a, r) => a + r.right, 0), n: rows.reduce((a, r) => a + r.n, 0) });
  return rows;
}
