/**
 * An earthquake's magnitude as a post writes it ("M6.1", "magnitude 5.8",
 * "6,2 earthquake", "بقوة 5.6 درجات", "۵٫۶ ریشتر", "৫.৬ মাত্রার", "五点一级",
 * "マグニチュード六・一"). The number may be written in any script's digits,
 * with the Arabic decimal separator (٫), or in Han numerals: it is read as
 * ASCII first. 0 when none.
 */
import { hanDecimalsAscii } from './numbers';
import { nativeDigit } from './scan';

/** A magnitude word before the number, or an earthquake or magnitude word after a decimal one. */
const MAG_RE =
  /(?:magnitude|mag\.?|\bm|\bml|\bmb|\bmw|ريختر|ریشتر|ریکٹر|شدت|ריכטר|מגניטודה|בעוצמה|রিখটার|магнитуд\S*|तीव्रता|規模|震级|マグニチュード)\s*[:=]?\s*(\d(?:[.,]\d)?)\b|\b(\d[.,]\d)\s*(?:-?\s*magnitude|-?\s*mag\b|earthquake|quake|sismo|terremoto|seisme|erdbeben|temblor|deprem|gempa|درجات|ریشتر|ریکٹر|شدت|ריכטר|בסולם|মাত্রা|रिक्टर|तीव्रता|балл|级|級)/i;

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
  return m ? parseFloat((m[1] ?? m[2] ?? '0').replace(',', '.')) : 0;
}
