/**
 * An earthquake's magnitude as a post writes it ("M6.1", "magnitude 5.8",
 * "6,2 earthquake", "بقوة 5.6 درجات", "۵٫۶ ریشتر", "৫.৬ মাত্রার", "五点一级",
 * "マグニチュード六・一"). The number may be written in any script's digits,
 * with the Arabic decimal separator (٫), or in Han numerals: it is read as
 * ASCII first. 0 when none.
 */
import { hanDecimalsAscii } from './numbers';
import { nativeDigit } from './scan';

/**
 * Magnitude words of the seed languages, written before the number ("magnitud
 * 6,2", "der Stärke 5,4", "o magnitudzie 6,1", "berkekuatan 6,1"): news in
 * every language states a quake's strength before anyone names a place. The
 * short abbreviations take the number right after them; words may have a
 * connector between ("magnitude of 6.1", "kracht van 5,4", "規模は6.1").
 */
const MAG_ABBR = String.raw`(?<!['’])\bm|\bml|\bmb|\bmw|mag\.?`;
const MAG_WORDS = [
  'magnitudes?',
  'magnitudo',
  'bermagnitudo',
  'magnitud',
  'magnitudzie',
  'magnitudy',
  'magnitüd[a-zçğıöşü]*',
  'stärke',
  'sterkte',
  'kracht',
  'kekuatan',
  'berkekuatan',
  'richter',
  'ρίχτερ',
  'μεγέθους',
  'μέγεθος',
  'рихтер[а-яё]*',
  'ріхтер[а-яіїєґ]*',
  'магнитуд[а-яё]*',
  'магнітуд[а-яіїєґ]*',
  'ريختر',
  'ریشتر',
  'ریکٹر',
  'شدت',
  'ריכטר',
  'מגניטודה',
  'בעוצמה',
  'রিখটার',
  'तीव्रता',
  'रिक्टर',
  '規模',
  '震级',
  'マグニチュード',
  '규모',
].join('|');
/** Between a magnitude word and its number: a separator or a short connector word ("of", "de", "van", "は"). */
const LINK = String.raw`(?:\s*[:=-]|\s+(?:of|de|di|da|van|von|der|na|sa|o|około|about|approx\.?))?\s*(?:は|가|이)?\s*`;
/** Quake words a decimal number may come right after or right before ("terremoto de 7.9", "6,2 terremoto"). */
const QUAKE_WORDS = String.raw`earthquake|quake|sismo|terremoto|s[ée]isme|erdbeben|temblor|deprem|gempa|aardbeving|lindol|trzęsienie ziemi|σεισμός|землетрясение|землетрус`;
/** Units and words that follow a magnitude ("5,8 büyüklüğünde", "6,1 SR", "5.2 Ρίχτερ", "6.2级", "7.9º"). */
const AFTER_UNITS = String.raw`-?\s*magnitude|-?\s*mag\b|${QUAKE_WORDS}|درجات|ریشتر|ریکٹر|شدت|ריכטר|בסולם|মাত্রা|रिक्टर|तीव्रता|балл|级|級|büyüklüğünde|şiddetinde|sr\b|skala richter|(?:on the |en la |sulla |na |auf der |op de |w )?(?:escala |scala |skali |skala |scale |échelle )?(?:de |di )?richter|ρίχτερ|рихтер|ріхтер|[°º](?!\s*[CF]\b|\s*(?:[NSEWO]|LS|LU|BT|BB)\b)`;

/** A magnitude word before the number, a quake word before a decimal one, or a unit or quake word after a decimal one. */
const MAG_RE = new RegExp(
  String.raw`(?:${MAG_ABBR})\s*[:=]?\s*(\d(?:[.,]\d)?)\b|(?<![a-zà-öø-ÿ])(?:${MAG_WORDS})${LINK}(\d(?:[.,]\d)?)(?!\d|[.,](?:\d|\.|…)|\s*[万千百億천만])|(?:${QUAKE_WORDS})\s+(?:of\s+|de\s+|di\s+|van\s+|von\s+)?(\d[.,]\d)\b(?![.,]\d|\s*[°º]\s*(?:[NSEWO]|LS|LU|BT|BB)\b)|\b(\d[.,]\d)\s*(?:${AFTER_UNITS})`,
  'i',
);

/** Digits of other scripts, and the Arabic decimal and thousands separators. */
const NATIVE_CHARS = '[\\u0660-\\u066c\\u06f0-\\u06f9\\u0966-\\u096f\\u09e6-\\u09ef]';
const NATIVE_NUMBER = new RegExp(NATIVE_CHARS);
const NATIVE_NUMBERS = new RegExp(NATIVE_CHARS, 'g');
const HAN_NUMERAL = /[〇一二三四五六七八九]/;

function asciiNumber(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c === 0x66b) return '.';
  if (c === 0x66c) return ',';
  const d = nativeDigit(c);
  return d >= 0 ? String.fromCharCode(48 + d) : ch;
}

/** The magnitude `text` states, or 0. */
export function readMagnitude(text: string): number {
  const native = NATIVE_NUMBER.test(text) ? text.replace(NATIVE_NUMBERS, asciiNumber) : text;
  const t = HAN_NUMERAL.test(native) ? hanDecimalsAscii(native) : native;
  const m = MAG_RE.exec(t);
  return m ? parseFloat((m[1] ?? m[2] ?? m[3] ?? m[4] ?? '0').replace(',', '.')) : 0;
}
