// How a CPU-time saving turns into the scenario's latency or throughput
// depends on how the load drives the program:
// - closed loop (a fixed number of connections, each sending its next request
//   when the last one is answered, as the http scenarios do): by Little's law
//   N = X·R, so at saturation latency R falls by the same fraction x as the
//   service time and throughput rises by 1/(1 − x) − 1: Amdahl, unchanged;
// - fixed rate (an arrival rate λ the load keeps whatever the answers take):
//   queueing. With one server (the event loop) of utilisation ρ = λ·D, an
//   M/M/1 queue gives R = D / (1 − ρ); removing x of D gives
//   R'/R = (1 − x)(1 − ρ) / (1 − ρ(1 − x)), so latency falls faster than CPU
//   time near saturation, while throughput stays at λ.
// - no load (the program is its own workload): wall time falls by x.

import type { MetricRecord, RunRecord } from '../records/types.js';
import type { Direction } from './estimate.js';
import { MAX_REMOVED } from './estimate.js';
import { metricValue } from './basis.js';

export type LoadModel =
  | { kind: 'closed-loop'; connections?: number }
  | { kind: 'fixed-rate'; rate: number; utilization: number }
  | { kind: 'none' };

/** Utilisation is capped below 1: at ρ = 1 the M/M/1 queue has no steady state. */
export const MAX_UTILIZATION = 0.95;

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The run's load model. Utilisation under a fixed rate is the process's CPU
 * time over the run's wall time: the share of time the one server (the event
 * loop, or the busiest thread) was busy.
 */
export function loadModelOf(run: RunRecord, metrics: MetricRecord[]): LoadModel {
  const scenario = run.scenario as Record<string, unknown> | undefined;
  if (scenario?.['load'] !== 'http') return { kind: 'none' };
  const rate = scenario['rate'];
  const connections = scenario['connections'];
  if (typeof rate === 'number' && rate > 0) {
    const value = (name: string) => metricValue(metrics, name)?.value;
    const cpu = (value('cpu_user') ?? 0) + (value('cpu_system') ?? 0);
    const wall = value('wall_time');
    const utilization = wall ? Math.min(MAX_UTILIZATION, cpu / wall) : MAX_UTILIZATION;
    return { kind: 'fixed-rate', rate, utilization: round2(utilization) };
  }
  return { kind: 'closed-loop', ...(typeof connections === 'number' ? { connections } : {}) };
}

const LATENCY = /latency|wall_time|duration|_ms$|_s$/;

/** Percent change of the metric when a fraction `removed` of the finding's CPU time goes away, under the load model. */
export function metricGainPct(removed: number, direction: Direction, metric: string, model: LoadModel): number {
  const x = Math.min(Math.max(removed, -1), MAX_REMOVED);
  if (model.kind === 'fixed-rate') {
    if (direction === 'higher-is-better') return 0; // the load fixes the rate: throughput stays λ below saturation
    if (LATENCY.test(metric)) {
      const rho = model.utilization;
      return round2(100 * (1 - ((1 - x) * (1 - rho)) / (1 - rho * (1 - x))));
    }
  }
  return round2(direction === 'lower-is-better' ? 100 * x : 100 * (1 / (1 - x) - 1));
}

/** One sentence for the method text: which model, and the formula it used. */
export function describeLoadModel(model: LoadModel, direction: Direction, metric: string): string {
  if (model.kind === 'fixed-rate') {
    if (direction === 'higher-is-better') return `load model: fixed rate ${model.rate} req/s, so ${metric} stays at the offered rate below saturation (gain 0)`;
    return `load model: fixed rate ${model.rate} req/s (open loop), queueing with utilisation ρ = ${model.utilization} (CPU time / wall time): gain = 1 − (1 − p·f)(1 − ρ) / (1 − ρ(1 − p·f))`;
  }
  const formula = direction === 'lower-is-better' ? 'gain = 100·p·f (time removed)' : 'gain = 100·(1/(1 − p·f) − 1) (throughput)';
  if (model.kind === 'closed-loop') return `load model: closed loop${model.connections ? ` (${model.connections} connections)` : ''}, latency follows throughput by Little's law: ${formula}`;
  return `load model: none (the program is its own workload): ${formula}`;
}
