/**
 * One "Lambda instance" of the scale benchmark (bench/scale.ts) in its own
 * thread: the score (stage 1) or aggregate (stage 2) handler, built as the
 * local pipeline builds it, driven by an SQS poller with one batch in flight.
 * Each outcome goes to the parent with the time it was done.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { aggregateDeps, createAggregateHandler } from '../functions/aggregate/handler';
import { loadConfig } from '../functions/commons/config';
import { createTelemetry, powertoolsEnvironment } from '../functions/commons/observability';
import { createScoreHandler, scoreDeps } from '../functions/score/handler';
import { EVIDENCE, FUNCTIONS, INGEST } from '../resources';
import { LOCAL_ACCOUNT } from '../tools/local/emulators';
import { clientsFor, type LocalEndpoints } from '../tools/local/environment';
import { SqsPoller } from '../tools/local/sqs-poller';

export interface ScaleWorkerData {
  stage: 'score' | 'aggregate';
  endpoints: Pick<LocalEndpoints, 'dynamoEndpoint' | 'awsEndpoint' | 'region' | 'queues'>;
  env: Record<string, string>;
}

const d = workerData as ScaleWorkerData;
const port = parentPort!;
const clients = clientsFor(d.endpoints);
const post = (o: object) => port.postMessage({ stage: d.stage, at: Date.now(), ...o });
const telemetry = createTelemetry(powertoolsEnvironment(d.stage));
const inner =
  d.stage === 'score'
    ? createScoreHandler(scoreDeps(loadConfig('score', d.env), clients), telemetry, post)
    : createAggregateHandler(aggregateDeps(loadConfig('aggregate', d.env), clients), telemetry, post);
/**
 * Wall time during which at least one call of a client is outstanding (calls
 * in parallel counted once): what an invocation waited on that emulator.
 */
function waitClock() {
  let inFlight = 0;
  let since = 0;
  let waitedMs = 0;
  const middleware =
    <A, R>(next: (args: A) => Promise<R>) =>
    async (args: A): Promise<R> => {
      if (inFlight++ === 0) since = performance.now();
      try {
        return await next(args);
      } finally {
        if (--inFlight === 0) waitedMs += performance.now() - since;
      }
    };
  return { middleware, waitedMs: () => waitedMs, options: { step: 'initialize', name: 'benchWaitClock' } as const };
}
// The document client sends through its DynamoDB client's middleware stack.
const dynamo = waitClock();
clients.ddb.middlewareStack.add(dynamo.middleware, dynamo.options);
const sqs = waitClock();
clients.sqs.middlewareStack.add(sqs.middleware, sqs.options);
const dynamoWait = dynamo.waitedMs;
const sqsWait = sqs.waitedMs;
const threadCpuMs = () => {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
};
/** Each invocation's duration and size, its thread's CPU and its waits on the emulators, for the parent to tell where the time goes. */
const handler: typeof inner = async (event, context) => {
  const t = performance.now();
  const [cpu0, ddb0, sqs0] = [threadCpuMs(), dynamoWait(), sqsWait()];
  try {
    return await inner(event, context);
  } finally {
    const cpu = threadCpuMs();
    port.postMessage({
      stage: d.stage,
      invocationMs: performance.now() - t,
      records: event.Records.length,
      cpuMs: cpu - cpu0,
      dynamoWaitMs: dynamoWait() - ddb0,
      sqsWaitMs: sqsWait() - sqs0,
      threadCpuMs: cpu,
    });
  }
};
const def = d.stage === 'score' ? INGEST : EVIDENCE;
const poller = new SqsPoller({
  sqs: clients.sqs,
  queueUrl: d.stage === 'score' ? d.endpoints.queues.ingestUrl : d.endpoints.queues.evidenceUrl,
  queueArn: `arn:aws:sqs:${d.endpoints.region}:${LOCAL_ACCOUNT}:${def.queueName}`,
  region: d.endpoints.region,
  batchSize: def.batchSize,
  handler,
  functionName: FUNCTIONS[d.stage].id,
  onError: (e) => port.postMessage({ stage: d.stage, error: String(e) }),
});
poller.start();
// The handler module loaded the gazetteer at import: the instance is warm.
port.postMessage({ stage: d.stage, ready: true });
port.on('message', (m) => {
  if (m === 'stop')
    void poller.stop().then(() => {
      for (const c of [clients.doc, clients.ddb, clients.sqs, clients.sns]) c.destroy();
      port.postMessage({ stage: d.stage, stopped: true });
    });
});
