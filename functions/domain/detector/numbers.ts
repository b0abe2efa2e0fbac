/**
 * Numbers written in words that are more than one seed word (the seeds'
 * `numbers` lists hold the single words, "twenty=20"): a tens word and a
 * unit as two words ("twenty-five", "vingt-cinq", "treinta y dos", "vinte e
 * cinco", "vingt et un"), as one compound ("fünfundzwanzig",
 * "vijfentwintig", "veinticinco", "trentadue"), and Han numerals ("三十",
 * "二十五", "五点一"). Words are read folded, as the scanner gives them
 * (lower case, no accents: "funfundzwanzig", "tweeendertig", "ventitre").
 */

/** Units after a tens word, in every language that writes them so (one is a number only there: elsewhere an article). */
const UNITS = new Map<string, number>(
  (
    'one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ' +
    'un=1 une=1 deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 neuf=9 ' +
    'uno=1 una=1 dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 ' +
    'um=1 uma=1 dois=2 duas=2 quatro=4 sete=7 oito=8 nove=9'
  )
    .split(' ')
    .map((kv) => kv.split('=') as [string, string])
    .map(([k, v]) => [k, Number(v)]),
);

/** Words between a tens word and its unit ("treinta y dos", "vinte e cinco", "vingt et un"). */
const JOINERS = new Set(['y', 'e', 'et']);

/** French tens before "dix" and its teens (soixante-dix = 70, quatre-vingt-dix = 90). */
const FR_TEENS = new Map<string, number>(
  'dix=10 onze=11 douze=12 treize=13 quatorze=14 quinze=15 seize=16'.split(' ').map((kv) => {
    const [k, v] = kv.split('=') as [string, string];
    return [k, Number(v)];
  }),
);

/**
 * The value of the word `key` that follows a tens word of value `tens` (with `joiner` between when there is one), as
 * a part of that number: 5 for "twenty five", 10 for "soixante dix", 0 when it is no part of it.
 */
export function unitAfterTens(tens: number, key: string, joiner: boolean): number {
  const u = UNITS.get(key) ?? 0;
  if (u > 0) return u;
  // soixante-dix, soixante-douze, quatre-vingt-dix (no joiner).
  if (!joiner && (tens === 60 || tens === 80)) return FR_TEENS.get(key) ?? 0;
  return 0;
}

export function isJoiner(key: string): boolean {
  return JOINERS.has(key);
}

/** Compounds written as one word: unit + "und"/"en" + tens (de, nl), "veinti" + unit (es), tens + unit (it). */
const UNIT_TENS: readonly [RegExp, Record<string, number>, Record<string, number>][] = [
  [
    /^(ein|zwei|drei|vier|funf|sechs|sieben|acht|neun)und(zwanzig|dreissig|vierzig|funfzig|sechzig|siebzig|achtzig|neunzig)$/,
    { ein: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 },
    { zwanzig: 20, dreissig: 30, vierzig: 40, funfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90 },
  ],
  [
    /^(een|twee|drie|vier|vijf|zes|zeven|acht|negen)en(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/,
    { een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9 },
    { twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90 },
  ],
];
const TENS_UNIT: readonly [RegExp, Record<string, number>, Record<string, number>][] = [
  [
    /^(veinti)(un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)$/,
    { veinti: 20 },
    { un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9 },
  ],
  [
    // Italian elides the tens' last vowel before uno and otto: ventuno, trentotto.
    /^(vent|trent|quarant|cinquant|sessant|settant|ottant|novant)[ia]?(uno|due|tre|quattro|cinque|sei|sette|otto|nove)$/,
    { vent: 20, trent: 30, quarant: 40, cinquant: 50, sessant: 60, settant: 70, ottant: 80, novant: 90 },
    { uno: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9 },
  ],
];

/** The value of a compound number written as one folded word ("funfundzwanzig": 25), or 0. */
export function compoundNumber(key: string): number {
  for (const [re, units, tens] of UNIT_TENS) {
    const m = re.exec(key);
    if (m) return (units[m[1] as string] as number) + (tens[m[2] as string] as number);
  }
  for (const [re, tens, units] of TENS_UNIT) {
    const m = re.exec(key);
    if (m) return (tens[m[1] as string] as number) + (units[m[2] as string] as number);
  }
  return 0;
}

/**
 * The first three letters of every compound's first part (a regex's first group: every match starts with one), a
 * byte at (c0 - 97) * 676 + (c1 - 97) * 26 + (c2 - 97): most words of 7 - 16 letters start otherwise, and are not
 * cut into a string for the regexes.
 */
const COMPOUND_HEADS = new Uint8Array(26 * 26 * 26);
for (const [, first] of [...UNIT_TENS, ...TENS_UNIT])
  for (const w of Object.keys(first)) {
    const k = headIndex(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2));
    if (k < 0) throw new Error(`numbers: a compound's first part that is no three ASCII letters: ${w}`);
    COMPOUND_HEADS[k] = 1;
  }

/** The COMPOUND_HEADS slot of three lower-case ASCII letters, else -1. */
function headIndex(a: number, b: number, c: number): number {
  const x = a - 97;
  const y = b - 97;
  const z = c - 97;
  return x >= 0 && x < 26 && y >= 0 && y < 26 && z >= 0 && z < 26 ? x * 676 + y * 26 + z : -1;
}

/** Folded characters chars[off, off + len) may be a one-word compound: long enough, and starting as one does (a cheap test before the regexes). */
export function mayBeCompound(chars: ArrayLike<number>, off: number, len: number): boolean {
  if (len < 7 || len > 16) return false;
  const k = headIndex(chars[off] as number, chars[off + 1] as number, chars[off + 2] as number);
  return k >= 0 && COMPOUND_HEADS[k] === 1;
}

const HAN_DIGITS = new Map<number, number>(
  [...'〇零一二两兩三四五六七八九'].map((c, i) => [c.codePointAt(0) as number, [0, 0, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9][i] as number]),
);
const HAN_UNITS = new Map<number, number>([
  [0x5341, 10], // 十
  [0x767e, 100], // 百
  [0x5343, 1000], // 千
]);

export function isHanNumeral(c: number): boolean {
  return HAN_DIGITS.has(c) || HAN_UNITS.has(c);
}

/** The value of the Han numeral chars[from, to) ("三十" 30, "二十五" 25, "十五" 15, "一百二十" 120), or -1. */
export function hanNumber(chars: ArrayLike<number>, from: number, to: number): number {
  if (to <= from) return -1;
  let total = 0;
  let digit = -1;
  for (let k = from; k < to; k++) {
    const c = chars[k] as number;
    const d = HAN_DIGITS.get(c);
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const u = HAN_UNITS.get(c);
    if (u === undefined) return -1;
    total += (digit < 0 ? 1 : digit) * u;
    digit = -1;
  }
  return total + (digit < 0 ? 0 : digit);
}

/** `text` with its Han decimal numerals written in ASCII ("五点一级" -> "5.1级", "六・二" -> "6.2"); others left as they are. */
export function hanDecimalsAscii(text: string): string {
  return text.replace(HAN_DECIMAL, (_, a: string, b: string) => `${HAN_DIGIT_CHARS.indexOf(a) % 10}.${HAN_DIGIT_CHARS.indexOf(b) % 10}`);
}
const HAN_DIGIT_CHARS = '〇一二三四五六七八九零';
const HAN_DECIMAL = /([〇一二三四五六七八九])[点點・.．]([〇一二三四五六七八九零])/g;
