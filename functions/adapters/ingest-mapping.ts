/**
 * Stage 1's event source mapping and the two alarms that drive its mode (functions/domain/ingest-mode.ts), on AWS:
 * the mapping read and updated by its UUID, the alarms' current states read by name.
 */
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { GetEventSourceMappingCommand, LambdaClient, UpdateEventSourceMappingCommand } from '@aws-sdk/client-lambda';
import { z } from 'zod';
import type { AlarmState, IngestBatching, ModeSignals } from '../domain/ingest-mode';

export interface IngestMapping {
  read(): Promise<IngestBatching>;
  write(b: IngestBatching): Promise<void>;
}

export interface ModeAlarms {
  read(): Promise<ModeSignals>;
}

// Lambda omits the window when it was never set (0).
const MappingSchema = z.object({
  BatchSize: z.number().int().positive(),
  MaximumBatchingWindowInSeconds: z.number().int().nonnegative().optional(),
});

export class LambdaIngestMapping implements IngestMapping {
  constructor(
    private readonly lambda: LambdaClient,
    private readonly uuid: string,
  ) {}

  async read(): Promise<IngestBatching> {
    const m = MappingSchema.parse(await this.lambda.send(new GetEventSourceMappingCommand({ UUID: this.uuid })));
    return { batchSize: m.BatchSize, maxBatchingWindowSeconds: m.MaximumBatchingWindowInSeconds ?? 0 };
  }

  async write(b: IngestBatching): Promise<void> {
    await this.lambda.send(
      new UpdateEventSourceMappingCommand({
        UUID: this.uuid,
        BatchSize: b.batchSize,
        MaximumBatchingWindowInSeconds: b.maxBatchingWindowSeconds,
      }),
    );
  }
}

const StateSchema = z.enum(['OK', 'ALARM', 'INSUFFICIENT_DATA']);
const AlarmsSchema = z.object({
  MetricAlarms: z.array(z.object({ AlarmName: z.string(), StateValue: StateSchema })).default([]),
});

export class CloudWatchModeAlarms implements ModeAlarms {
  constructor(
    private readonly cloudwatch: CloudWatchClient,
    private readonly names: { backlog: string; calm: string },
  ) {}

  async read(): Promise<ModeSignals> {
    const r = AlarmsSchema.parse(
      await this.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: [this.names.backlog, this.names.calm] })),
    );
    const stateOf = (name: string): AlarmState => {
      const a = r.MetricAlarms.find((x) => x.AlarmName === name);
      // An alarm that is not there (deleted by hand) gives no signal.
      return a?.StateValue ?? 'INSUFFICIENT_DATA';
    };
    return { backlog: stateOf(this.names.backlog), calm: stateOf(this.names.calm) };
  }
}

export const createModeClients = () => ({ lambda: new LambdaClient({}), cloudwatch: new CloudWatchClient({}) });
