/** functions/commons: each function's configuration and telemetry come from its own variables, as the stack sets them. */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { loadConfig } from '../../../functions/commons/config';
import { entryPoint } from '../../../functions/commons/entry';
import { ConfigError, errorMessage } from '../../../functions/commons/errors';
import {
  createTelemetry,
  METRICS,
  METRICS_NAMESPACE,
  powertoolsEnvironment,
  SERVICES,
} from '../../../functions/commons/observability';
import { environmentOf, FUNCTIONS, type FunctionKind } from '../../../resources';
import { functionEnvironment } from '../../../tools/local/environment';
import { context } from './fakes';

const kinds = Object.keys(FUNCTIONS) as FunctionKind[];
const localQueues = {
  ingestUrl: 'http://q/ingest',
  dlqUrl: 'http://q/dlq',
  dlqArn: 'arn:dlq',
  quarantineUrl: 'http://q/quarantine',
  evidenceUrl: 'http://q/evidence.fifo',
  evidenceDlqUrl: 'http://q/evidence-dlq.fifo',
  retryUrl: 'http://q/retry',
  retryDlqUrl: 'http://q/retry-dlq',
  channelUrl: 'http://q/channel',
  channelDlqUrl: 'http://q/channel-dlq',
  fanOutShardUrl: 'http://q/fan-out-shard',
  fanOutShardDlqUrl: 'http://q/fan-out-shard-dlq',
  subscriptionDlqUrl: 'http://q/subscription-dlq',
};

test('a function reads only the variables its definition binds, parsed into tables, queues and settings', () => {
  const env = {
    EVENTS_TABLE: 'not the score function’s (stage 2 keeps the state)',
    INGEST_DLQ_URL: 'https://sqs.us-east-1.amazonaws.com/1/tocsin-ingest-dlq',
    INGEST_QUARANTINE_URL: 'https://sqs.us-east-1.amazonaws.com/1/tocsin-ingest-quarantine.fifo',
    EVIDENCE_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/1/tocsin-evidence.fifo',
    CUSTOMERS_TABLE: 'tocsin-customers',
    SOURCE_REGISTRY_TTL_SECONDS: '60',
    DELIVERIES_TABLE: 'not the score function’s',
  };

  const config = loadConfig('score', env);

  assert.deepEqual(config, {
    tables: { customers: 'tocsin-customers' },
    queues: {
      ingestDlq: 'https://sqs.us-east-1.amazonaws.com/1/tocsin-ingest-dlq',
      ingestQuarantine: 'https://sqs.us-east-1.amazonaws.com/1/tocsin-ingest-quarantine.fifo',
      evidence: 'https://sqs.us-east-1.amazonaws.com/1/tocsin-evidence.fifo',
    },
    settings: { sourceRegistryTtlSeconds: 60 },
  });
});

test('settings are numbers; a missing or malformed variable fails at once, every one named', () => {
  assert.equal(
    loadConfig('fanOutShard', {
      ALERTS_TABLE: 'a',
      FAN_OUT_SHARD_QUEUE_URL: 's',
      CUSTOMERS_TABLE: 'c',
      DELIVERIES_TABLE: 'd',
      DELIVERY_RETRY_QUEUE_URL: 'u',
      DELIVERY_RETRY_DELAY_SECONDS: '30',
      CHANNELS_TABLE: 'ch',
      TOMBSTONES_TABLE: 't',
      CHANNEL_DELIVERY_QUEUE_URL: 'cu',
      AUDIENCE_MAX_AGE_MS: '5000',
      SHARD_PAGE_SIZE: '100',
    }).settings.deliveryRetryDelaySeconds,
    30,
  );
  assert.throws(
    () =>
      loadConfig('fanOutShard', {
        CUSTOMERS_TABLE: 'c',
        DELIVERY_RETRY_QUEUE_URL: '',
        DELIVERY_RETRY_DELAY_SECONDS: 'soon',
      }),
    (e: unknown) =>
      e instanceof ConfigError &&
      /fanOutShard function environment: .*DELIVERIES_TABLE not set/.test(e.message) &&
      /DELIVERY_RETRY_QUEUE_URL empty/.test(e.message) &&
      /DELIVERY_RETRY_DELAY_SECONDS not a number/.test(e.message),
  );
});

test('locally each handler gets exactly its own variables, the ones the stack sets', () => {
  for (const kind of kinds) {
    const env = functionEnvironment(kind, localQueues);
    assert.deepEqual(Object.keys(env).sort(), environmentOf(kind), kind);
    assert.doesNotThrow(() => loadConfig(kind, env), kind);
  }
  assert.equal(
    functionEnvironment('fanOutShard', localQueues, { deliveryRetryDelaySeconds: 1 }).DELIVERY_RETRY_DELAY_SECONDS,
    '1',
    'tests may shorten the retry delay',
  );
  assert.deepEqual(
    Object.keys(functionEnvironment('score', localQueues, { audienceMaxAgeMs: 1 })).sort(),
    environmentOf('score'),
    'a setting the function does not bind stays out of its environment',
  );
  assert.equal(functionEnvironment('score', localQueues).INGEST_DLQ_URL, localQueues.dlqUrl);
  assert.equal(functionEnvironment('score', localQueues).INGEST_QUARANTINE_URL, localQueues.quarantineUrl);
});

test('the metrics service dimension is POWERTOOLS_SERVICE_NAME as the stack sets it, one per function', () => {
  for (const kind of kinds) {
    const { metrics } = createTelemetry({ ...powertoolsEnvironment(kind), POWERTOOLS_METRICS_DISABLED: 'true' });
    metrics.addMetric(METRICS.delivered, MetricUnit.Count, 1);

    const emf = (metrics as Metrics).serializeMetrics();

    const [directive] = emf._aws.CloudWatchMetrics;
    assert.equal(directive?.Namespace, METRICS_NAMESPACE);
    assert.deepEqual(directive?.Dimensions, [['service']]);
    assert.equal(emf.service, SERVICES[kind], kind);
  }
});

test('errorMessage reads any thrown value', () => {
  assert.equal(errorMessage(new Error('boom')), 'boom');
  assert.equal(errorMessage('plain'), 'plain');
  assert.equal(errorMessage(undefined), 'undefined');
});

test('an entry point builds its handler at the first invocation and reuses it', async () => {
  let builds = 0;
  const handler = entryPoint(() => {
    builds++;
    return async (event: number) => event * 2;
  });
  assert.equal(builds, 0, 'nothing built at import');

  const results = [await handler(1, context), await handler(2, context)];

  assert.deepEqual(results, [2, 4]);
  assert.equal(builds, 1);
});

test("a deployed handler without its variables fails its first invocation with their names, and nothing else's", async () => {
  const { handler } = await import('../../../functions/score/handler');
  await assert.rejects(
    handler({ Records: [] }, context),
    (e: unknown) =>
      e instanceof ConfigError &&
      /CUSTOMERS_TABLE not set; INGEST_DLQ_URL not set; INGEST_QUARANTINE_URL not set; EVIDENCE_QUEUE_URL not set/.test(
        e.message,
      ),
  );
});
