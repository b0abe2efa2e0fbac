/**
 * Shared synthesis for the stack tests. Each test file synthesizes once at
 * module level and shares the result.
 *
 * The in-process synths skip asset bundling (context `aws:cdk:bundling-stacks`
 * = [], what the CDK CLI itself does for stacks it is not deploying): the
 * template is identical except for asset hashes, and it keeps these files
 * fast. Real esbuild bundling is exercised once, by test/stack/synth.test.ts,
 * through the app entry the CDK CLI runs.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { buildApp, type BuildOptions, type TocsinStack } from '../../infra/stack';

export interface Synthesized {
  app: App;
  stack: TocsinStack;
  /** Set when synthesis succeeded. */
  assembly?: CloudAssembly;
  /** Set when synthesis threw (for example on cdk-nag errors). */
  error?: unknown;
  outdir: string;
}

export function synth(opts: BuildOptions & { bundle?: boolean } = {}): Synthesized {
  const outdir = mkdtempSync(path.join(tmpdir(), 'tocsin-cdk-'));
  const app = new App({
    outdir,
    context: opts.bundle ? {} : { 'aws:cdk:bundling-stacks': [] },
  });
  const stack = buildApp(app, opts);
  try {
    return { app, stack, assembly: app.synth(), outdir };
  } catch (error) {
    return { app, stack, error, outdir };
  }
}
