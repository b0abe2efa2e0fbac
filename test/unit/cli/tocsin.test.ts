import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRegions, run } from '../../../tools/cli/tocsin';

test('regions: country codes and LAT:LON:KM circles', () => {
  assert.deepEqual(parseRegions('us, GB,48.85:2.35:50'), [
    { country: 'US' },
    { country: 'GB' },
    { lat: 48.85, lon: 2.35, radiusKm: 50 },
  ]);
  assert.deepEqual(parseRegions(undefined), []);
  assert.throws(() => parseRegions('France'), /use a country code \(US\) or LAT:LON:RADIUS_KM/);
});

test('unknown options are refused before anything is touched', async () => {
  await assert.rejects(run(['customers', 'list', '--bogus']), /Unknown option '--bogus'/);
});

test('refanout needs an ISO --since, refused before any environment is opened', async () => {
  await assert.rejects(run(['refanout']), /refanout needs --since TIME/);
  await assert.rejects(run(['refanout', '--since', 'yesterday']), /--since: not an ISO 8601 time/);
});
