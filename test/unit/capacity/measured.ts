/** The stage costs bench/stages.ts measured on the dev stream (2026-12-02): a fixture, so the capacity tests need no data. */
import type { MeasuredStages } from '../../../tools/capacity/stages';

export const MEASURED: MeasuredStages = {
  postsPerMessage: 99.83,
  meanIngestMessageBytes: 19086,
  stage1: {
    cpuNsPerPost: 14055,
    evidencePerPost: 0.1153,
    evidenceMessagesPerIngestMessage: 2.413,
    meanEvidenceMessageBytes: 2541,
  },
  stage2: [
    {
      groupBatch: 1,
      messagesPerBatch: 1,
      cpuMsPerBatch: 3.14,
      loadsPerBatch: 1.99,
      savesPerBatch: 1,
      rruPerBatch: 8.17,
      wruPerBatch: 14.3,
      maxItemBytes: 10065,
    },
    {
      groupBatch: 10,
      messagesPerBatch: 9.7,
      cpuMsPerBatch: 6.42,
      loadsPerBatch: 1.92,
      savesPerBatch: 1,
      rruPerBatch: 7.77,
      wruPerBatch: 25.5,
      maxItemBytes: 9744,
    },
  ],
  alertVersionsPerPost: 0.003386,
  alertEventsPerPost: 0.000705,
  meanAlertBytes: 870,
};
