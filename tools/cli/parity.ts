/**
 * npm run parity [-- --half A|B|C|D|E|F|G|H] [--misses] [--places] [--model models/x.json]
 *
 * First-report parity across the seed languages (tools/eval/parity.ts):
 * per language, reports gated with the right category, median significance,
 * non-reports gated, and reports right per category. --misses lists the
 * sentences scored wrong (half A only unless --half B, C, D, E, F, G or H is given).
 * --places adds, per half, the reports placed within 50 km of their kit's city
 * (with --misses, the ones that are not).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { modelFromFile } from '../../functions/domain/detector/model';
import { kitPlaceRows, kitPlaces } from '../eval/kit-places';
import { formatParity, parityOf, scoreKit } from '../eval/parity';
import { runMain } from './main';

runMain('parity', async () => {
  const { values } = parseArgs({
    options: {
      half: { type: 'string' },
      misses: { type: 'boolean' },
      model: { type: 'string' },
      places: { type: 'boolean' },
    },
  });
  const halves = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
  const which = halves.find((h) => h === values.half);
  const model = values.model ? modelFromFile(JSON.parse(readFileSync(values.model, 'utf8'))) : undefined;
  const results = scoreKit(model);
  if (which) console.log(formatParity(parityOf(results, which), `half ${which}`));
  else console.log(halves.map((h) => formatParity(parityOf(results, h), `half ${h}`)).join('\n\n'));
  if (values.places) {
    // Reports placed within 50 km of their kit's city, per half (tools/eval/kit-places.ts).
    const placed = kitPlaces(model);
    for (const h of which ? [which] : halves) {
      const rows = kitPlaceRows(placed, h);
      console.log(`\n| half ${h}: reports placed within 50 km | ${rows.map((r) => r.lang).join(' | ')} |`);
      console.log(`|${' --- |'.repeat(rows.length + 1)}`);
      console.log(`| right | ${rows.map((r) => `${r.right}/${r.n}`).join(' | ')} |`);
      if (values.misses)
        for (const r of placed)
          if (r.half === h && !r.right)
            console.log(`${r.lang} placed ${r.read || 'nowhere'}, not ${r.city}: ${r.text}`);
    }
  }
  if (values.misses)
    for (const r of results) {
      if (r.half !== (which ?? 'A')) continue;
      const wrong = r.report ? !(r.gated && r.readAs === r.cat) : r.gated;
      if (wrong)
        console.log(
          `${r.lang} ${r.report ? 'report' : 'NON'} ${r.cat} -> ${r.gated ? r.readAs : 'not gated'} sig ${r.sig.toFixed(2)} id ${r.idLang}: ${r.text}`,
        );
    }
});
