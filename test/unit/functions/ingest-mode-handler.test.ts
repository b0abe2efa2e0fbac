/**
 * The ingest-mode handler and its adapters: it decides from the alarms' current states (not the event's), writes
 * only when the mapping differs, refuses what is not an EventBridge event, and speaks Lambda's and CloudWatch's API.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { GetEventSourceMappingCommand, UpdateEventSourceMappingCommand } from '@aws-sdk/client-lambda';
import {
  CloudWatchModeAlarms,
  type IngestMapping,
  LambdaIngestMapping,
  type ModeAlarms,
} from '../../../functions/adapters/ingest-mapping';
import type { IngestBatching, ModeSignals } from '../../../functions/domain/ingest-mode';
import { createIngestModeHandler } from '../../../functions/ingest-mode/handler';
import { INGEST_MODE_ENV, INGEST_MODES } from '../../../resources';
import { context, eventFixture, fakeTelemetry } from './fakes';

function fakes(start: IngestBatching, signals: ModeSignals) {
  const writes: IngestBatching[] = [];
  let current = { ...start };
  const mapping: IngestMapping = {
    read: async () => ({ ...current }),
    write: async (b) => {
      writes.push(b);
      current = { ...b };
    },
  };
  const alarms: ModeAlarms = { read: async () => signals };
  const handler = createIngestModeHandler(mapping, alarms, fakeTelemetry().telemetry);
  return { handler, writes, current: () => current };
}

const alarmEvent = () => eventFixture<Record<string, unknown>>('alarm-state-change.json');

test('an alarm event switches the mapping to the mode the current states call for, once', async () => {
  const f = fakes(INGEST_MODES.ordinary, { backlog: 'ALARM', calm: 'OK' });
  const r = await f.handler(alarmEvent(), context);
  assert.deepEqual(f.writes, [INGEST_MODES.burst]);
  assert.deepEqual(r.written, INGEST_MODES.burst);
  // The same event again (EventBridge delivers at least once): nothing to write.
  const again = await f.handler(alarmEvent(), context);
  assert.equal(again.written, undefined);
  assert.equal(f.writes.length, 1);
});

test("the event's own state is not trusted: a late ALARM event while the alarm is OK again changes nothing", async () => {
  const f = fakes(INGEST_MODES.ordinary, { backlog: 'OK', calm: 'OK' });
  const e = alarmEvent();
  assert.equal((e.detail as { state: { value: string } }).state.value, 'ALARM');
  await f.handler(e, context);
  assert.deepEqual(f.writes, []);
});

test('the schedule tick reconciles as an alarm event would', async () => {
  const f = fakes(INGEST_MODES.burst, { backlog: 'OK', calm: 'ALARM' });
  await f.handler({ source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} }, context);
  assert.deepEqual(f.writes, [INGEST_MODES.ordinary]);
});

test('what is not an EventBridge event is refused before anything is read or written', async () => {
  const f = fakes(INGEST_MODES.ordinary, { backlog: 'ALARM', calm: 'OK' });
  await assert.rejects(f.handler({ Records: [] }, context));
  assert.deepEqual(f.writes, []);
});

/** A client whose send() answers by command class and records what was sent. */
function fakeClient(answers: Map<unknown, unknown>) {
  const sent: { name: string; input: unknown }[] = [];
  return {
    sent,
    client: {
      send: async (c: { constructor: unknown; input: unknown }) => {
        sent.push({ name: (c.constructor as { name: string }).name, input: c.input });
        return answers.get(c.constructor) ?? {};
      },
    } as never,
  };
}

test('the Lambda adapter reads the batching by UUID (no window reported is 0) and updates both settings', async () => {
  const f = fakeClient(new Map([[GetEventSourceMappingCommand, { UUID: 'u-1', BatchSize: 10 }]]));
  const m = new LambdaIngestMapping(f.client, 'u-1');
  assert.deepEqual(await m.read(), { batchSize: 10, maxBatchingWindowSeconds: 0 });
  await m.write({ batchSize: 100, maxBatchingWindowSeconds: 1 });
  assert.deepEqual(f.sent.at(-1), {
    name: UpdateEventSourceMappingCommand.name,
    input: { UUID: 'u-1', BatchSize: 100, MaximumBatchingWindowInSeconds: 1 },
  });
  const bad = fakeClient(new Map([[GetEventSourceMappingCommand, { UUID: 'u-1' }]]));
  await assert.rejects(new LambdaIngestMapping(bad.client, 'u-1').read(), 'a mapping without a batch size');
});

test('the CloudWatch adapter reads both alarms by name; one missing gives no signal', async () => {
  const f = fakeClient(
    new Map([[DescribeAlarmsCommand, { MetricAlarms: [{ AlarmName: 'backlog', StateValue: 'ALARM' }] }]]),
  );
  const a = new CloudWatchModeAlarms(f.client, { backlog: 'backlog', calm: 'calm' });
  assert.deepEqual(await a.read(), { backlog: 'ALARM', calm: 'INSUFFICIENT_DATA' });
  assert.deepEqual(f.sent[0]!.input, { AlarmNames: ['backlog', 'calm'] });
});

test('the deployed entry point refuses to start without the mapping and alarm variables the stack sets', async () => {
  const { handler } = await import('../../../functions/ingest-mode/handler');
  for (const v of Object.values(INGEST_MODE_ENV)) delete process.env[v];
  await assert.rejects(handler(alarmEvent(), context), new RegExp(INGEST_MODE_ENV.mappingId));
});
