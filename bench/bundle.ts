/**
 * A benchmark phase built as the score Lambda ships its handler: one esbuild
 * bundle with the CDK's options (infra/constructs/bundling.ts: minified ESM,
 * node24, source maps, the AWS SDK external) and the gazetteer beside it, run
 * by plain Node with the Lambda's NODE_OPTIONS. Under tsx each module stays a
 * module; in the bundle esbuild hoists and renames them into one scope, which
 * changes what V8 can fold (a module `const` becomes a `var`), so the two are
 * measured side by side.
 */
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { build } from 'esbuild';
import { BUNDLED_FILE_NAME, cachedFile } from '../functions/domain/places';
import { bundling } from '../infra/constructs/bundling';
import { REPO } from './common';

/** What the score function's NODE_OPTIONS hold (infra/constructs/tocsin-function.ts). */
export const LAMBDA_NODE_OPTIONS = ['--enable-source-maps'] as const;

/**
 * Bundles bench/<file> and returns the bundle's path. The directory lies
 * under the repository's .tocsin/ so that the external AWS SDK resolves from
 * node_modules, as the Lambda runtime provides it.
 */
export async function bundlePhase(file: string): Promise<string> {
  const o = bundling('score');
  const root = join(REPO, '.tocsin', 'bench-bundle');
  mkdirSync(root, { recursive: true });
  const dir = mkdtempSync(join(root, `${file.replace(/\.ts$/, '')}-`));
  const outfile = join(dir, 'index.mjs');
  await build({
    entryPoints: [join(REPO, 'bench', file)],
    bundle: true,
    platform: 'node',
    outfile,
    format: o.format === OutputFormat.ESM ? 'esm' : 'cjs',
    ...(o.target ? { target: o.target } : {}),
    minify: o.minify ?? false,
    sourcemap: o.sourceMap ?? false,
    ...(o.mainFields ? { mainFields: o.mainFields } : {}),
    ...(o.banner ? { banner: { js: o.banner } } : {}),
    external: o.externalModules ?? [],
    logLevel: 'warning',
  });
  symlinkSync(cachedFile(), join(dir, BUNDLED_FILE_NAME));
  return outfile;
}
