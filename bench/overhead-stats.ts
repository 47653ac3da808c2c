// The statistics of an overhead measurement: interleaved trials with and
// without the profiler, each trial a repeat of per-second blocks, compared by
// the same two-level bootstrap the verification uses (lib/compare/noise.ts).
// Throughput is judged on requests per second; CPU per request beside it,
// because on a shared 2-core machine the scheduler moves throughput far more
// than a recorder does, while the CPU a request costs the service moves less.
// A target is met only when the whole interval meets it, missed only when the
// whole interval misses it; otherwise the noise is larger than the effect.

import { changeInterval, type Change, type Repeat } from '../lib/compare/noise.js';

/** One second of a trial: requests completed, and the service tree's CPU seconds in it. */
export interface Second {
  requests: number;
  cpuS: number;
}

export interface Trial {
  profiled: boolean;
  seconds: Second[];
  p99Ms: number;
}

export type OverheadVerdict = 'met' | 'missed' | 'inconclusive';

export interface Judgement {
  /** Throughput change with the profiler, % (negative: a loss), and its 95% interval. */
  throughput: Change;
  /** CPU per request change with the profiler, %, and its 95% interval. */
  cpuPerRequest: Change;
  /** On throughput loss ≤ maxLossPct. */
  verdict: OverheadVerdict;
  /** The throughput loss a CPU-bound service would see from the CPU per request change alone. */
  cpuVerdict: OverheadVerdict;
}

// Seconds in which the load generator recorded nothing (the first tick after a stall) carry no information.
const busy = (t: Trial) => t.seconds.filter((s) => s.requests > 0);

const throughputBlocks = (trials: Trial[]): Repeat[] => trials.map((t) => busy(t).map((s) => ({ num: s.requests, den: 1 })));
const cpuBlocks = (trials: Trial[]): Repeat[] => trials.map((t) => busy(t).map((s) => ({ num: s.cpuS, den: s.requests })));

/** Loss = −change for a higher-is-better figure; the verdict needs the whole interval on one side of the limit. */
function judge(lossLow: number, lossHigh: number, maxLossPct: number): OverheadVerdict {
  if (lossHigh <= maxLossPct) return 'met';
  if (lossLow > maxLossPct) return 'missed';
  return 'inconclusive';
}

/** A CPU cost rise of c (fraction) lowers a CPU-bound service's throughput by c / (1 + c). */
const lossOfCostRise = (pct: number) => (100 * (pct / 100)) / (1 + pct / 100);

export function judgeOverhead(trials: Trial[], maxLossPct: number): Judgement {
  const plain = trials.filter((t) => !t.profiled);
  const profiled = trials.filter((t) => t.profiled);
  const throughput = changeInterval(throughputBlocks(plain), throughputBlocks(profiled), 'ratio');
  const cpuPerRequest = changeInterval(cpuBlocks(plain), cpuBlocks(profiled), 'ratio');
  return {
    throughput,
    cpuPerRequest,
    verdict: judge(-throughput.high, -throughput.low, maxLossPct),
    cpuVerdict: judge(lossOfCostRise(cpuPerRequest.low), lossOfCostRise(cpuPerRequest.high), maxLossPct),
  };
}
