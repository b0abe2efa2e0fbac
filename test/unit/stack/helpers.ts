/**
 * Synthesis for the stack tests. The app as deployed (cdk-nag on, an alarm
 * e-mail) is synthesized once per process and shared by the assertion
 * modules stack.test.ts loads.
 *
 * The in-process synths skip asset bundling (context `aws:cdk:bundling-stacks`
 * = [], what the CDK CLI itself does for stacks it is not deploying): the
 * template is identical except for asset hashes, and it keeps these files
 * fast. Real esbuild bundling is exercised once, by test/integration/synth.test.ts,
 * through the app entry the CDK CLI runs.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { App } from 'aws-cdk-lib';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { type BuildOptions, buildApp, type TocsinStack } from '../../../infra/stack';

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
    builtinCloudFormationValidation: false,
    context: opts.bundle ? {} : { 'aws:cdk:bundling-stacks': [] },
  });
  const stack = buildApp(app, opts);
  try {
    return { app, stack, assembly: app.synth(), outdir };
  } catch (error) {
    return { app, stack, error, outdir };
  }
}

export const ALARM_EMAIL = 'ops@example.com';
let shared: Synthesized | undefined;

/** The app as `cdk synth` builds it (without asset bundling), synthesized once and removed after the tests. */
export function deployed(): Synthesized {
  if (!shared) {
    const s = synth({ nag: true, alarmEmail: ALARM_EMAIL });
    after(() => rmSync(s.outdir, { recursive: true, force: true }));
    shared = s;
  }
  return shared;
}
