/**
 * Which way imports may run between the repository's rooms: the runtime code
 * (functions/) never reaches into the CDK app (infra/), the tooling (tools/)
 * or the tests; resources/ depends on nothing; the domain core imports no AWS
 * code at all.
 */

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../../resources/repo';

const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

/** Every import in the TypeScript files under `dir`: relative ones resolved to repository paths, packages as named. */
function importsUnder(dir: string): { file: string; target: string }[] {
  const out: { file: string; target: string }[] = [];
  for (const entry of readdirSync(path.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })) {
    if (!/\.(ts|mjs)$/.test(entry)) continue;
    const file = path.posix.join(dir, entry.split(path.sep).join('/'));
    for (const m of readFileSync(path.join(REPO_ROOT, file), 'utf8').matchAll(SPECIFIER)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? '';
      out.push({
        file,
        target: spec.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)) : spec,
      });
    }
  }
  return out;
}

const relative = (target: string) =>
  !target.startsWith('node:') && /^(functions|resources|infra|tools|test|bench|models)\//.test(`${target}/`);
const offending = (dir: string, allowed: (target: string) => boolean) =>
  importsUnder(dir)
    .filter(({ target }) => !allowed(target))
    .map(({ file, target }) => `${file} -> ${target}`);

test('runtime code imports only runtime code: functions/, resources/ and the committed model', () => {
  const found = importsUnder('functions');
  assert.ok(
    found.some((i) => i.target.startsWith('resources')),
    'the scan sees imports of resources/',
  );
  assert.deepEqual(
    offending('functions', (t) => !relative(t) || /^(functions|resources|models)(\/|$)/.test(t)),
    [],
  );
});

test('resources/ imports nothing outside itself but Node built-ins (the handlers, the stack and the tooling all read it)', () => {
  assert.deepEqual(
    offending('resources', (t) => t.startsWith('node:') || /^resources(\/|$)/.test(t)),
    [],
  );
});

test('the domain core imports no AWS SDK, Powertools, adapters or handlers', () => {
  assert.deepEqual(
    offending(
      'functions/domain',
      (t) => t === 'zod' || t.startsWith('node:') || /^(functions\/domain|models)(\/|$)/.test(t),
    ),
    [],
  );
});

test('the CDK app does not depend on the tooling', () => {
  assert.deepEqual(
    offending('infra', (t) => !/^(tools|test|bench)(\/|$)/.test(t)),
    [],
  );
});

test('the console (web/) imports the domain for its types and its import-free alert kinds only, and nothing of AWS', () => {
  const runtime = /^\s*import\s+(?!type\b)[^;]*?from\s*['"]([^'"]+)['"]/gm;
  // The one value module the page bundles: it must stay free of imports (zod would come with them).
  const kinds = '../../functions/domain/alert-kinds';
  assert.deepEqual(
    [
      ...readFileSync(path.join(REPO_ROOT, 'functions/domain/alert-kinds.ts'), 'utf8').matchAll(
        /^\s*(import\b|export\b.*\bfrom\b)/gm,
      ),
    ],
    [],
  );
  const found: string[] = [];
  for (const entry of readdirSync(path.join(REPO_ROOT, 'web/src'), { encoding: 'utf8' })) {
    const text = readFileSync(path.join(REPO_ROOT, 'web/src', entry), 'utf8');
    for (const m of text.matchAll(runtime)) {
      const spec = m[1] ?? '';
      if (spec === kinds) continue;
      if (/^\.\.\/\.\.\/(functions|infra|tools|test)\//.test(spec) || /aws-sdk|aws-cdk|powertools/.test(spec))
        found.push(`web/src/${entry} -> ${spec}`);
    }
  }
  assert.deepEqual(found, []);
  assert.deepEqual(
    offending('web', (t) => !/^(infra|tools|test|bench)(\/|$)/.test(t)),
    [],
  );
});
