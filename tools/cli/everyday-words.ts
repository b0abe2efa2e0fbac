/**
 * npm run places:everyday [-- --data DIR]
 *
 * Regenerates functions/domain/places/data/everyday.json: per language, its everyday words that are also some
 * place's name in the gazetteer ("gente" of Portuguese is Gent's, Belgium; "aman" of Turkish is Amman's; "vay" a
 * village in France). A post in that language that says one of them names no foreign place by it (extract.ts
 * everydayAbroad). The words are counted in the language streams of cv's background (its posts in no labelled
 * event, by their `lang` tag): a language's 2,000 most frequent words used at least once per 1,000 of its posts (and 10
 * times), kept when written in lower case in at least half of their uses (a script without capitals: by frequency alone) and when the gazetteer holds them as a name.
 * Only folded words and nothing of a post leave the data (vocabulary statistics, as the model's are). Languages with no
 * stream here get their seed lexicon's words only (everyday.ts). English is left out: it is written in every country.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Scan } from '../../functions/domain/detector/scan';
import { homeCountries } from '../../functions/domain/places/everyday';
import { gazetteer } from '../../functions/domain/places/gazetteer';
import { KEY_NAMES } from '../../functions/domain/places/layout';
import { Case, Tokens } from '../../functions/domain/places/text';
import { dataDir } from '../data/data-dir';
import { readPosts } from '../data/post-file';
import { readTruth } from '../eval/streams';
import { runMain } from './main';

const EVERYDAY_FILE = fileURLToPath(new URL('../../functions/domain/places/data/everyday.json', import.meta.url));
/** A language's most frequent words looked at: its core vocabulary. */
const EVERYDAY_TOP = 2000;
/** Uses a word needs at least (and one per 1,000 posts of its language). */
const EVERYDAY_MIN_USES = 10;
/** The streams' language tags that differ from the detector's codes. */
const TAG: Record<string, string> = { in: 'id' };

runMain('places:everyday', async () => {
  const { values } = parseArgs({ options: { data: { type: 'string' } } });
  const dir = join(dataDir(values.data), 'streams', 'cv');
  const truth = readTruth(join(dir, 'cv.truth.json'));
  const { posts } = await readPosts(join(dir, 'cv.jsonl.gz'));
  const uses = new Map<string, Map<string, [all: number, lower: number]>>();
  const postsOf = new Map<string, number>();
  const scan = new Scan();
  const t = new Tokens();
  for (const p of posts) {
    if (truth.postEvent[p.id] !== undefined || !p.lang) continue;
    const lang = TAG[p.lang] ?? p.lang;
    if (!homeCountries(lang)) continue;
    let words = uses.get(lang);
    if (!words) {
      words = new Map();
      uses.set(lang, words);
    }
    postsOf.set(lang, (postsOf.get(lang) ?? 0) + 1);
    t.read(scan.scan(p.text, true));
    for (let i = 0; i < t.n; i++) {
      const k = t.key(i);
      if (k.length < 3 || /\d/.test(k)) continue;
      let u = words.get(k);
      if (!u) {
        u = [0, 0];
        words.set(k, u);
      }
      u[0]++;
      if (t.cases[i] === Case.Lower || t.cases[i] === Case.None) u[1]++;
    }
  }
  const g = gazetteer();
  const out: Record<string, string[]> = {};
  for (const [lang, words] of [...uses].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // A word of a small stream's tail (a name a few posts wrote in lower case) is no everyday word.
    const minUses = Math.max(EVERYDAY_MIN_USES, (postsOf.get(lang) ?? 0) / 1000);
    const top = [...words].sort((a, b) => b[1][0] - a[1][0] || (a[0] < b[0] ? -1 : 1)).slice(0, EVERYDAY_TOP);
    out[lang] = top
      .filter(
        ([k, [all, lower]]) =>
          all >= minUses &&
          2 * lower >= all &&
          (() => {
            const ki = g.find(k);
            return ki >= 0 && (g.keyFlags(ki) & KEY_NAMES) !== 0;
          })(),
      )
      .map(([k]) => k)
      .sort();
    process.stderr.write(`${lang}: ${words.size} words, ${out[lang]?.length} everyday words that name a place\n`);
  }
  writeFileSync(EVERYDAY_FILE, `${JSON.stringify(out, null, 1)}\n`);
  process.stderr.write(`wrote ${EVERYDAY_FILE}\n`);
});
