/**
 * The local twin of stage 1's burst-mode switch (infra/constructs/ingest-mode-switch.ts): every period it takes what
 * the two alarms read on AWS, evaluates them as CloudWatch does (a breach in each of the last N periods), and puts
 * the score poller in the mode the same decision calls for (functions/domain/ingest-mode.ts).
 * - backlog: the oldest message's age at receive, over the ingest and evidence pollers (SQS has no
 *   ApproximateAgeOfOldestMessage attribute, only the CloudWatch metric; a backed-up queue hands out old messages);
 * - calm: the posts stage 1 received in the period (the score handler's outcomes), no posts counting as calm.
 * `speedup` divides the periods and the age threshold (not the rate), so a test sees minutes pass in seconds.
 */
import {
  type AlarmState,
  type IngestBatching,
  type ModeSignals,
  modeOf,
  nextIngestBatching,
} from '../../functions/domain/ingest-mode';
import { type BurstModeDef, INGEST, INGEST_MODES } from '../../resources';

export interface ModePoller {
  readonly settings: IngestBatching;
  configure(b: IngestBatching): void;
  takeOldestAgeMs(): number;
}

export interface LocalIngestModeOptions {
  /** Stage 1's poller (switched) and the pollers whose queues' backlog counts (stage 1's and stage 2's). */
  score: ModePoller;
  watched: readonly Pick<ModePoller, 'takeOldestAgeMs'>[];
  /** Time runs this many times faster than on AWS (periods and the age threshold shrink alike). */
  speedup?: number;
  /** INGEST.burst by default; a test may lower the leave rate to what a laptop sends. */
  settings?: Partial<BurstModeDef>;
  onSwitch?: (to: IngestBatching, signals: ModeSignals) => void;
}

/** CloudWatch's verdict over the last `n` periods: ALARM when each breached, INSUFFICIENT_DATA before n periods. */
export function alarmOver(breaches: readonly boolean[], n: number): AlarmState {
  if (breaches.length < n) return 'INSUFFICIENT_DATA';
  return breaches.slice(-n).every(Boolean) ? 'ALARM' : 'OK';
}

export class LocalIngestModeSwitch {
  private readonly b: BurstModeDef;
  private readonly speedup: number;
  private timer: NodeJS.Timeout | undefined;
  private posts = 0;
  private readonly backlog: boolean[] = [];
  private readonly calm: boolean[] = [];
  /** Every switch made, in order. */
  readonly switches: { at: number; to: IngestBatching; signals: ModeSignals }[] = [];

  constructor(private readonly o: LocalIngestModeOptions) {
    this.b = { ...INGEST.burst, ...o.settings };
    this.speedup = o.speedup ?? 1;
  }

  get periodMs(): number {
    return (this.b.periodSeconds * 1000) / this.speedup;
  }

  /** Posts stage 1 received (the score handler's outcome hook). */
  received(posts: number): void {
    this.posts += posts;
  }

  start(): void {
    this.timer = setInterval(() => this.evaluate(), this.periodMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** One period's datapoints, the alarms' states, and the decision applied. */
  evaluate(): ModeSignals {
    const ages = this.o.watched.map((p) => p.takeOldestAgeMs());
    const oldestSeconds = (Math.max(0, ...ages) / 1000) * this.speedup;
    const postsPerSecond = this.posts / (this.periodMs / 1000);
    this.posts = 0;
    this.backlog.push(oldestSeconds > this.b.enterAgeSeconds);
    this.calm.push(postsPerSecond < this.b.leavePostsPerSecond);
    const keep = Math.max(this.b.enterPeriods, this.b.leavePeriods);
    for (const series of [this.backlog, this.calm]) if (series.length > keep) series.shift();
    const signals: ModeSignals = {
      backlog: alarmOver(this.backlog, this.b.enterPeriods),
      calm: alarmOver(this.calm, this.b.leavePeriods),
    };
    const next = nextIngestBatching(this.o.score.settings, signals, INGEST_MODES);
    if (next) {
      this.o.score.configure(next);
      this.switches.push({ at: Date.now(), to: next, signals });
      this.o.onSwitch?.(next, signals);
    }
    return signals;
  }

  get mode(): string | undefined {
    return modeOf(this.o.score.settings, INGEST_MODES);
  }
}
