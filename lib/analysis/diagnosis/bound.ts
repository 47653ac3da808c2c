// Is the run CPU-bound or waiting? A performance engineer asks this first:
// a CPU-bound program is sped up by doing less work, a waiting one by waiting
// less. Read, in order of directness: a CPU profile that samples idle time
// (V8's `(idle)`), a wall-clock profile whose samples carry thread states,
// then the run's own CPU and wall-time metrics.

import type { MetricRecord } from '../../records/types.js';
import { STATE_BUCKET } from './facts.js';
import type { RunTotals } from './locations.js';
import type { ProfileFacts } from './facts.js';

export type Bound = 'cpu' | 'waiting' | 'mixed' | 'unknown';

export interface RunBound {
  bound: Bound;
  /** Busy share of the profiled threads, percent, when known. */
  busyPct?: number;
  how: string;
}

/** Busy at least this share of the time: CPU-bound. */
export const CPU_BOUND = { value: 80, unit: '% busy', reason: 'a thread on the CPU four fifths of the time has little waiting left to remove' } as const;
/** Busy at most this share: waiting. */
export const WAITING = { value: 50, unit: '% busy', reason: 'a thread off the CPU half the time or more is bound by what it waits for' } as const;

const round = (x: number) => Math.round(x * 100) / 100;

function verdict(busyPct: number, how: string): RunBound {
  const bound: Bound = busyPct >= CPU_BOUND.value ? 'cpu' : busyPct <= WAITING.value ? 'waiting' : 'mixed';
  return { bound, busyPct: round(busyPct), how };
}

function metric(metrics: MetricRecord[], name: string): number | undefined {
  return metrics.find((m) => m.name === name && (!m.labels || Object.keys(m.labels).length === 0))?.value;
}

export function runBound(facts: ProfileFacts[], totals: RunTotals, metrics: MetricRecord[]): RunBound {
  const idleSampled = facts.filter((f) => f.samplesIdle);
  const cpuTotal = idleSampled.reduce((s, f) => s + f.total, 0);
  const idle = idleSampled.reduce((s, f) => s + (f.unowned.get('idle') ?? 0), 0);
  if (cpuTotal > 0) {
    const busy = 100 * (1 - idle / cpuTotal);
    return verdict(busy, `the CPU profiles sample idle time: (idle) is ${round(100 - busy)}% of their samples, so the profiled threads were busy ${round(busy)}% of the time`);
  }
  let stated = 0;
  let waiting = 0;
  let wallTotal = 0;
  for (const f of facts) {
    if (f.resource !== 'wall' || !f.hasStates) continue;
    wallTotal += f.total;
    for (const p of f.parts) {
      if (p.ruleId.startsWith('state-')) waiting += p.value;
      stated += p.value;
    }
  }
  // States that say every sample ran are as telling as states that say some waited.
  if (wallTotal > 0 && stated > 0) {
    const busy = 100 * (1 - waiting / stated);
    return verdict(busy, `the wall-clock samples carry thread states: ${round(100 - busy)}% of them were off the CPU (${Object.keys(STATE_BUCKET).join(', ')})`);
  }
  const cpu = (metric(metrics, 'cpu_user') ?? 0) + (metric(metrics, 'cpu_system') ?? 0);
  const wall = metric(metrics, 'wall_time');
  if (wall && wall > 0 && cpu > 0) {
    const cores = cpu / wall;
    return verdict(Math.min(100, 100 * cores), `the run used ${round(cpu)} s of CPU in ${round(wall)} s of wall time (${round(cores)} cores busy on average)`);
  }
  // A CPU profile in time units over a known duration: how many cores it kept busy.
  const timed = facts.filter((f) => f.resource === 'cpu' && f.unit === 'nanoseconds' && f.durationNs);
  const duration = Math.max(0, ...timed.map((f) => f.durationNs!));
  if (duration > 0) {
    const cores = timed.reduce((s, f) => s + f.total, 0) / duration;
    return verdict(Math.min(100, 100 * cores), `the CPU profile holds ${round(cores * duration / 1e9)} s of CPU in ${round(duration / 1e9)} s of profiling (${round(cores)} cores busy on average)`);
  }
  return { bound: 'unknown', how: 'no idle samples, thread states or CPU and wall-time metrics in the run: findings are ranked by their share alone' };
}
