/** A direction written into a name ("Eastern Samar", "Samar Oriental") makes it a region's own name (fixture gazetteer). */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describePlace, extractPlaces } from '../../../functions/domain/places';
import { fixtureContext } from './fixture';

const ctx = fixtureContext();
const readsAs = (text: string, name: string): boolean =>
  (extractPlaces(text, ctx)?.votes ?? []).some(
    (v) => v.w > 0 && v.c.some((c) => describePlace(ctx.g, c).name.startsWith(name)),
  );

test('"Eastern Samar", "Samar Oriental", "Northern Samar" are no Samara (Russia); "Samar" alone still is', () => {
  for (const text of [
    'Typhoon makes landfall in Eastern Samar',
    'Tifón toca tierra en Samar Oriental',
    'Evacuations in Northern Samar and Leyte',
    'Typhon sur le Samar Oriental',
  ])
    assert.ok(!readsAs(text, 'Samara'), text);
  assert.ok(readsAs('Explosion in Samar', 'Samara'), 'the control: the alternate name alone');
});

test('a place or area of that very name keeps it: "Western Sydney", "Milano Nord", "Roma Est"', () => {
  assert.ok(readsAs('Bushfire smoke over Western Sydney', 'Sydney'));
  assert.ok(readsAs('Incidente a Milano Nord, traffico bloccato', 'Milan'));
  assert.ok(readsAs('Esplosione a Roma Est', 'Rome'));
});
