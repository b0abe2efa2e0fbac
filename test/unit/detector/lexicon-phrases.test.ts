/**
 * Phrases and one-word consuming terms are read wherever they stand: the
 * lexicon tries a token's phrases only when a bit over the next word's hash
 * says one may continue (lexicon.ts, Entry.next), and that filter must never
 * hide a phrase, a one-word term that consumes, or a number slot.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LEX_KEYS, LexResult, readLexicon } from '../../../functions/domain/detector/lexicon';
import { Scan } from '../../../functions/domain/detector/scan';
import { SEEDS } from '../../../functions/domain/detector/seeds';

const FIGURATIVE = LEX_KEYS.indexOf('figurative');
const en = SEEDS.find((s) => s.lang === 'en');

/** The English figurative terms as written in a post (stems, one-language terms left out; a number slot written "5"). */
function figurativeTexts(): string[] {
  const list = en?.terms.figurative ?? '';
  const out: string[] = [];
  for (const term of list.split(/\s+/).filter(Boolean)) {
    const m = /^(.+?)(\*)?(!)?(?::([0-9.]+))?(@)?(?:=(.+))?$/u.exec(term);
    if (!m || m[2] || m[5]) continue;
    out.push(
      (m[1] as string)
        .split('_')
        .map((w) => (w === '#' ? '5' : w))
        .join(' '),
    );
  }
  return out;
}

function figurativeScore(text: string): number {
  const r = new LexResult();
  readLexicon(new Scan().scan(text, true), r, true, 'en');
  return r.scores[FIGURATIVE] as number;
}

describe('lexicon phrases', () => {
  const texts = figurativeTexts();
  test('the English seed has figurative words and phrases to read', () => {
    assert.ok(texts.filter((t) => !t.includes(' ')).length >= 10);
    assert.ok(texts.filter((t) => t.includes(' ')).length >= 10);
  });
  for (const where of ['alone', 'first', 'last', 'between'] as const)
    test(`every English figurative term counts when it stands ${where}`, () => {
      const missed = texts.filter((t) => {
        const text =
          where === 'alone' ? t : where === 'first' ? `${t} zqxv` : where === 'last' ? `zqxv ${t}` : `zqxv ${t} wkjy`;
        return !(figurativeScore(text) > 0);
      });
      assert.deepEqual(missed, []);
    });
});
