/**
 * Refactoring the stack must not replace anything on deploy: the template's
 * logical ids (and output names) are compared with those committed in
 * test/fixtures/stack/logical-ids.txt.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../../../resources/repo';
import { deployed } from './helpers';

const s = deployed();
if (s.error) throw s.error;

test('logical ids and outputs are the deployed ones (nothing replaced on deploy)', () => {
  const template = s.assembly!.getStackByName(s.stack.stackName).template as {
    Resources: Record<string, { Type: string }>;
    Outputs?: Record<string, unknown>;
  };
  // A function's current version is new on each code change by design (its id ends in a hash of the code).
  const got = [
    ...Object.entries(template.Resources).map(([id, r]) =>
      r.Type === 'AWS::Lambda::Version' ? `${r.Type} ${id.replace(/[0-9a-f]{32}$/, '')}` : `${r.Type} ${id}`,
    ),
    ...Object.keys(template.Outputs ?? {}).map((id) => `Output ${id}`),
  ].sort();
  const expected = readFileSync(path.join(REPO_ROOT, 'test/fixtures/stack/logical-ids.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
  assert.deepEqual(
    { missing: expected.filter((id) => !got.includes(id)), added: got.filter((id) => !expected.includes(id)) },
    { missing: [], added: [] },
  );
});
