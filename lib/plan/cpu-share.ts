// The share of the main metric a CPU-only strategy can remove. A better
// algorithm shortens a function's CPU work, not its waits: in a run whose
// requests mostly wait on I/O, a function at 6% of the CPU samples but 100%
// of the wall time (it makes the call that waits) gains at most its CPU
// share of the measured time. That is its share of the run's CPU times the
// CPU-busy share of the time the metric measures:
//   p_cpu = (CPU share) × ρ,  ρ = CPU time / wall time of the profiled threads.
// V8 samples idle time ((idle) in the CPU profile), so there the CPU share is
// already a share of the thread's wall time (ρ is in it). Profiles that
// sample only on-CPU time (pprof, perf, JFR) are scaled by ρ from the run's
// cpu_user + cpu_system over wall_time. A metric that is itself CPU time
// (cpu_per_request, an imported CPU profile's total) is not scaled.
// Closed loop or fixed rate, the same ρ applies: CPU time removed from a
// request that spends most of its time waiting removes that much of it.

import type { PlanInput, MetricBasis, Share } from './basis.js';
import { metricValue } from './basis.js';

/** A metric that counts CPU time: a CPU share is already a share of it. */
const CPU_METRIC = /^cpu_|_cpu(_|$)/;

const pct = (x: number) => `${Math.round(x * 10000) / 100}%`;
const round2 = (x: number) => Math.round(x * 100) / 100;

export interface Busy {
  /** CPU-busy share of the measured time, 0..1, when the shares need it (undefined: already in them, or not needed). */
  rho?: number;
  how: string;
  penalty: number;
}

/** How a CPU share turns into a share of the main metric's time. */
export function busyShare(input: PlanInput, basis: MetricBasis): Busy {
  if (basis.key.startsWith('profile:') || CPU_METRIC.test(basis.metric)) return { how: `${basis.metric} is CPU time itself`, penalty: 0 };
  const idle = input.hotspots.filter((h) => h.kind === 'cpu' && h.by === 'self' && h.function === '(idle)');
  if (idle.length > 0) {
    const idlePct = Math.max(...idle.map((h) => h.selfPct));
    return { how: `the CPU profile samples idle time ((idle) ${round2(idlePct)}%), so it is already a share of the thread's wall time (busy ${round2(100 - idlePct)}%)`, penalty: 0 };
  }
  const cpu = (metricValue(input.metrics, 'cpu_user')?.value ?? 0) + (metricValue(input.metrics, 'cpu_system')?.value ?? 0);
  const wall = metricValue(input.metrics, 'wall_time')?.value;
  if (wall && wall > 0 && cpu > 0) {
    const rho = Math.min(1, cpu / wall);
    return { rho, how: `times the CPU-busy share ρ = ${round2(cpu)} s of CPU / ${round2(wall)} s of wall time = ${round2(rho)}${cpu / wall > 1 ? ' (capped at 1: more than one core busy)' : ''}`, penalty: 0 };
  }
  return { rho: 1, how: 'taken as all of the time: the run has no idle samples and no CPU and wall-time metrics, so this is an upper bound for a run that waits', penalty: 1 };
}

/** The CPU part of a share of the run (percent of its CPU samples, GC its allocations cause included) as a share of the metric. */
export function cpuShareOf(cpuPct: number, busy: Busy): Share {
  const p = (cpuPct / 100) * (busy.rho ?? 1);
  return { p, how: `its CPU share (${pct(cpuPct / 100)} of the run's CPU samples) ${busy.rho === undefined ? `as is: ${busy.how}` : busy.how}`, penalty: busy.penalty, ...(busy.rho !== undefined && busy.rho !== 1 ? { scale: busy.rho } : {}) };
}
