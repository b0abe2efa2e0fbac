/**
 * npm run parity [-- --half A|B|C|D|E] [--misses] [--model models/x.json]
 *
 * First-report parity across the seed languages (tools/eval/parity.ts):
 * per language, reports gated with the right category, median significance,
 * non-reports gated, and reports right per category. --misses lists the
 * sentences scored wrong (half A only unless --half B, C, D or E is given).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { modelFromFile } from '../../functions/domain/detector/model';
import { formatParity, parityOf, scoreKit } from '../eval/parity';
import { runMain } from './main';

runMain('parity', async () => {
  const { values } = parseArgs({
    options: { half: { type: 'string' }, misses: { type: 'boolean' }, model: { type: 'string' } },
  });
  const halves = ['A', 'B', 'C', 'D', 'E'] as const;
  const which = halves.find((h) => h === values.half);
  const model = values.model ? modelFromFile(JSON.parse(readFileSync(values.model, 'utf8'))) : undefined;
  const results = scoreKit(model);
  if (which) console.log(formatParity(parityOf(results, which), `half ${which}`));
  else console.log(halves.map((h) => formatParity(parityOf(results, h), `half ${h}`)).join('\n\n'));
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
