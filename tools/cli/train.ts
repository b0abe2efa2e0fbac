/**
 * npm run train [-- --data ../shared/data --out models/significance.json --epochs 3 --seed 1 --exclude-events REGEX]
 *
 * Retrains the significance model (tools/data/train.ts) and writes
 * models/significance.json. --exclude-events leaves out whole events (regex
 * on the training rows' `event`), to measure generalisation to unseen events.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../../resources/repo';
import { dataDir } from '../data/data-dir';
import { TRAINING, trainModel } from '../data/train';
import { runMain } from './main';

const USAGE =
  'usage: npm run train [-- --data DIR --out FILE --epochs 3 --seed 1 --exclude-events REGEX --lr 0.1 --l2 1e-5]';

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: {
      data: { type: 'string' },
      out: { type: 'string', default: 'models/significance.json' },
      epochs: { type: 'string', default: String(TRAINING.epochs) },
      seed: { type: 'string', default: String(TRAINING.seed) },
      'exclude-events': { type: 'string', default: '' },
      lr: { type: 'string', default: String(TRAINING.lr) },
      l2: { type: 'string', default: String(TRAINING.l2) },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const outPath = resolve(REPO_ROOT, args.out);
  const excludeRe = args['exclude-events'] ? new RegExp(args['exclude-events'], 'i') : null;
  const r = await trainModel({
    dataDir: dataDir(args.data),
    epochs: Number(args.epochs),
    seed: Number(args.seed),
    lr: Number(args.lr),
    l2: Number(args.l2),
    ...(excludeRe ? { excludeEvent: (e: string) => excludeRe.test(e) } : {}),
    log: (l) => process.stderr.write(`${l}\n`),
  });
  for (const [e, n] of Object.entries(r.heldOutRows)) process.stderr.write(`held out ${e}: ${n} rows\n`);
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, `${JSON.stringify(r.file)}\n`);
  process.stderr.write(`wrote ${outPath} (${r.file.ambiguousNames.length} ambiguous city names)\n`);
}

runMain('train', main);
