/**
 * What the Bluesky connector costs per day on AWS (a Lambda shift after shift,
 * see docs/connectors.md), from the connector benchmark's measured work and
 * the list prices of tools/capacity/cost-model.ts. The post rate is an
 * assumption (BLUESKY_POSTS_PER_SECOND): no current figure could be looked up
 * from this machine.
 */
import { FUNCTIONS } from '../resources';
import { LAMBDA_MB_PER_VCPU, PRICES } from '../tools/capacity/cost-model';
import type { ConnectorBenchResult } from './connector';

export interface ConnectorCost {
  postsPerSecond: number;
  rateSource: string;
  vcpuNeeded: number;
  vcpuGiven: number;
  lines: { item: string; usd: number; basis: string }[];
  totalUsd: number;
}

const DAY = 86_400;

export function connectorCostPerDay(
  k: ConnectorBenchResult,
  env: Readonly<Record<string, string | undefined>> = process.env,
): ConnectorCost {
  const rate = Number(env.BLUESKY_POSTS_PER_SECOND ?? 40);
  const rateSource = env.BLUESKY_POSTS_PER_SECOND
    ? 'BLUESKY_POSTS_PER_SECOND'
    : 'assumed: about 3.5 million posts a day, not verified from this machine; set BLUESKY_POSTS_PER_SECOND';
  const deletesPerPost = Number(env.BLUESKY_DELETES_PER_POST ?? 0.1);
  const fn = FUNCTIONS.blueskyConnector;
  const gb = fn.memoryMb / 1024;
  const live = k.liveRate;
  const livePostsPerSec = live.posts / (live.wallMs / 1000);
  // CPU at the assumed rate: the live run's CPU per second, scaled by the rate (its fixed costs scaled too: pessimistic above 44 posts/s).
  const vcpuNeeded = (live.cpuMsPerWallSecond / 1000) * (rate / livePostsPerSec);
  const vcpuGiven = fn.memoryMb / LAMBDA_MB_PER_VCPU;
  const { connectorShiftSeconds: shiftSeconds, connectorHandoverWaitSeconds: waitSeconds } = fn.settings;
  const shiftsPerDay = DAY / shiftSeconds;
  const waitingSeconds = shiftsPerDay * (waitSeconds / 2) + (DAY / 60) * 0.5;
  const batchesPerSec = Math.max(
    live.batches / (live.wallMs / 1000),
    (rate / livePostsPerSec) * (live.batches / (live.wallMs / 1000)),
  );
  const batchesPerDay = batchesPerSec * DAY;
  const lines = [
    {
      item: 'Lambda, one shift at a time',
      usd: gb * DAY * PRICES.lambda.armGbSecond,
      basis: `${fn.memoryMb} MB x 86,400 s x $${PRICES.lambda.armGbSecond}/GB-s (needs ${(vcpuNeeded * 100).toFixed(1)}% of a vCPU, gets ${(vcpuGiven * 100).toFixed(1)}%)`,
    },
    {
      item: 'Lambda, successors waiting + watchdog ticks',
      usd: gb * waitingSeconds * PRICES.lambda.armGbSecond + (DAY / 60 + shiftsPerDay) * PRICES.lambda.request,
      basis: `${shiftsPerDay.toFixed(0)} handovers x ${waitSeconds / 2} s average wait + 1,440 ticks x 0.5 s; ${(DAY / 60 + shiftsPerDay).toFixed(0)} requests`,
    },
    {
      item: 'SQS FIFO SendMessage',
      usd: batchesPerDay * PRICES.sqs.fifoRequest,
      basis: `${Math.round(batchesPerDay).toLocaleString('en-US')} batches (measured ${batchesPerSec.toFixed(2)}/s: the 1 s wait, or 100 posts) x $${PRICES.sqs.fifoRequest * 1e6}/M`,
    },
    {
      item: 'DynamoDB checkpoints + lease',
      usd: (batchesPerDay + DAY / 20 + shiftsPerDay * 3) * PRICES.dynamodb.wru,
      basis: `a checkpoint per batch + a renewal every 20 s, 1 WRU each`,
    },
    {
      item: 'DynamoDB tombstones',
      usd: rate * DAY * deletesPerPost * PRICES.dynamodb.wru,
      basis: `${deletesPerPost} deletions per post (assumed), 1 WRU each`,
    },
  ];
  return {
    postsPerSecond: rate,
    rateSource,
    vcpuNeeded,
    vcpuGiven,
    lines,
    totalUsd: lines.reduce((s, l) => s + l.usd, 0),
  };
}
