// The scenario's targets against the metrics measured (run.scenario.targets,
// docs/contracts.md): one list for report.md, report.html and the verdict.

import { humanValue } from '../base/human.js';
import type { MetricRecord } from '../records/types.js';
import type { RunContents } from './run-contents.js';

interface TargetSpec {
  key: string;
  metric: string;
  label: string;
  unit: string;
  /** Whether a lower measurement is the better one. */
  lowerIsBetter: boolean;
}

const TARGETS: TargetSpec[] = [
  { key: 'latency_p99_ms', metric: 'http_latency_p99', label: 'p99 latency', unit: 'ms', lowerIsBetter: true },
  { key: 'throughput_rps', metric: 'http_requests_per_sec', label: 'throughput', unit: 'req/s', lowerIsBetter: false },
  { key: 'wall_time_s', metric: 'wall_time', label: 'wall time', unit: 's', lowerIsBetter: true },
];

export interface TargetRow {
  key: string;
  label: string;
  /** "≤ 250 ms" */
  wanted: string;
  /** "315 ms", or undefined when the run did not measure it. */
  measured?: string;
  status: 'met' | 'missed' | 'not measured';
}

/** The run-level value of a metric: the first record without a per-second label. */
export function runMetric(metrics: MetricRecord[], name: string): MetricRecord | undefined {
  return metrics.find((m) => m.name === name && m.labels?.['t'] === undefined);
}

/** Every target the scenario sets, known ones first in a fixed order, unknown keys after (never silently dropped). */
export function targetRows(c: RunContents): TargetRow[] {
  const wanted = (c.run.scenario?.['targets'] ?? {}) as Record<string, unknown>;
  const known = TARGETS.filter((t) => typeof wanted[t.key] === 'number').map((t): TargetRow => {
    const goal = wanted[t.key] as number;
    const m = runMetric(c.metrics, t.metric);
    const met = m === undefined ? undefined : t.lowerIsBetter ? m.value <= goal : m.value >= goal;
    return {
      key: t.key,
      label: t.label,
      wanted: `${t.lowerIsBetter ? '\u2264' : '\u2265'} ${humanValue(goal, t.unit)}`,
      ...(m ? { measured: humanValue(m.value, m.unit) } : {}),
      status: met === undefined ? 'not measured' : met ? 'met' : 'missed',
    };
  });
  const unknown = Object.keys(wanted).filter((k) => !TARGETS.some((t) => t.key === k)).sort();
  return [...known, ...unknown.map((key): TargetRow => ({ key, label: key, wanted: String(wanted[key]), status: 'not measured' }))];
}
