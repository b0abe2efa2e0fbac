/**
 * No post of the data in the repository (needs ../shared/data or
 * TOCSIN_DATA; skipped without it): fails when a tracked or new text file
 * holds a run of DEFAULT_N words that a post also holds, unless the run lies
 * in a span of tools/data/quotes-allowed.json, and when an entry of that list
 * is no longer needed. About 10 s (all posts of the data read once).
 *
 * The failure names file:line only: the spans themselves are printed by
 * `npm run quotes`, in the terminal, where nothing keeps them.
 */

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { REPO_ROOT } from '../../resources/repo';
import { dataDir } from '../../tools/data/data-dir';
import { ALLOW_FILE, checkQuotes, dataFiles } from '../../tools/data/quote-check';
import { DEFAULT_N } from '../../tools/data/quotes';

const dir = dataDir();
const present = existsSync(dir) && dataFiles(dir).length > 0;

test('no file of the repository holds the words of a post of the data', {
  skip: present ? false : `no data at ${dir} (set TOCSIN_DATA): quote check skipped`,
}, async () => {
  const r = await checkQuotes(REPO_ROOT, dir, { n: DEFAULT_N });
  assert.ok(r.posts > 100_000 && r.files > 100, `read ${r.posts} posts and ${r.files} files`);
  assert.deepEqual(
    r.hits.map((h) => `${h.path}:${h.line} (${h.words} words, in ${h.posts.max} posts)`),
    [],
    'data words in the repository: see them with `npm run quotes` and rewrite them by hand',
  );
  assert.deepEqual(
    r.unused.map((a) => a.reason),
    [],
    `entries of ${ALLOW_FILE} that nothing needs any more: delete them`,
  );
});
