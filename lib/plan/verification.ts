// How to check a plan item after the change: the metric, the value it should
// reach (the low end of the estimate: what the plan promises at least), and
// the exact command that re-measures against this run as the baseline.

import { formatValue } from '../base/format.js';
import type { RunRecord } from '../records/types.js';
import type { MetricBasis } from './basis.js';
import { targetValue } from './estimate.js';

export function runFolder(runId: string): string {
  return `.spec/reports/performance/${runId}`;
}

function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The command that re-runs the same measurement with this run as baseline. */
export function verifyCommand(run: RunRecord): string {
  const baseline = `--baseline ${runFolder(run.runId)}/run.ndjson`;
  if (run.profiler !== 'import' && run.scenario) {
    // The scenarios file comes from the run record: run.command is the target's argv, whose own
    // --config (if any) is not ours (it was looked up there, and the file given to perf-collect lost).
    const file = run.scenario.config;
    const config = typeof file === 'string' && file !== 'perf-scenarios.json' /* the default */ ? ` --config ${shellWord(file)}` : '';
    return `perf-profiler --run-profile --scenario ${shellWord(run.scenario.name)}${config} ${baseline}`;
  }
  const inputs = (run.inputs ?? []).map((f) => `--input ${shellWord(f)}`).join(' ');
  return `perf-profiler ${inputs} ${baseline}`.replace(/ +/g, ' ');
}

export function formatMetric(value: number, unit: string): string {
  if (unit === 's') return value >= 1 ? `${round(value)} s` : `${round(value * 1000)} ms`;
  if (unit === 'ms') return `${round(value)} ms`;
  if (unit === 'req/s') return `${round(value)} req/s`;
  return formatValue(round(value), unit);
}

function round(x: number): number {
  return Math.abs(x) >= 100 ? Math.round(x) : Math.round(x * 100) / 100;
}

export interface Target {
  text: string;
  current?: number;
  targetValue?: number;
}

export function targetFor(basis: MetricBasis, lowGainPct: number, runId: string): Target {
  const cmp = basis.direction === 'lower-is-better' ? '≤' : '≥';
  if (basis.current === undefined) {
    const word = basis.direction === 'lower-is-better' ? 'lower' : 'higher';
    return { text: `${basis.metric} at least ${lowGainPct}% ${word} than in run ${runId}` };
  }
  const to = targetValue(basis.current, lowGainPct, basis.direction);
  return {
    text: `${basis.metric} from ${formatMetric(basis.current, basis.unit)} to ${cmp} ${formatMetric(to, basis.unit)}`,
    current: basis.current,
    targetValue: Math.round(to * 1e6) / 1e6,
  };
}
