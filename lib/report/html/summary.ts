// The report's header: what ran, where, and whether the scenario's targets
// were met (run.scenario.targets against the metric records, docs/contracts.md).

import { esc } from '../../exporters/html/escape.js';
import type { MetricRecord } from '../../records/types.js';
import { formatValue } from '../../base/format.js';
import type { RunContents } from '../run-contents.js';
import { htmlTable, raw } from './html-table.js';

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

/** The run-level value of a metric: the first record without a per-second label. */
export function runMetric(metrics: MetricRecord[], name: string): MetricRecord | undefined {
  return metrics.find((m) => m.name === name && m.labels?.['t'] === undefined);
}

export function targetsTable(c: RunContents): string {
  const targets = (c.run.scenario?.['targets'] ?? {}) as Record<string, unknown>;
  const rows = TARGETS.filter((t) => typeof targets[t.key] === 'number').map((t) => {
    const goal = targets[t.key] as number;
    const m = runMetric(c.metrics, t.metric);
    const met = m === undefined ? undefined : t.lowerIsBetter ? m.value <= goal : m.value >= goal;
    const status = met === undefined ? raw('<span class="st unknown">not measured</span>') : met ? raw('<span class="st met">met</span>') : raw('<span class="st missed">missed</span>');
    return [t.label, `${t.lowerIsBetter ? '\u2264' : '\u2265'} ${formatValue(goal, t.unit)}`, m ? formatValue(m.value, m.unit) : '\u2014', status];
  });
  if (rows.length === 0) return '';
  return `<section id="targets"><h2>Targets</h2>\n${htmlTable([{ title: 'target' }, { title: 'goal', numeric: true }, { title: 'measured', numeric: true }, { title: 'status' }], rows)}</section>`;
}

export function summaryHeader(c: RunContents): string {
  const r = c.run;
  const facts: [string, string][] = [
    ['started', r.startedAt],
    ['profiler', r.profiler],
    ['command', r.command.join(' ')],
    ['host', `${r.host.platform}/${r.host.arch}, ${r.host.cpus} CPUs, Node ${r.host.node}`],
    ['tool', `${r.tool.name} ${r.tool.version}`],
  ];
  if (r.scenario) facts.splice(1, 0, ['scenario', r.scenario.name]);
  if (r.git) facts.push(['git', `${r.git.commit.slice(0, 12)}${r.git.dirty ? ' (uncommitted changes)' : ''}`]);
  const counts = `${c.profiles.length} profile${c.profiles.length === 1 ? '' : 's'}, ${c.findings.length > 0 ? `${c.findings.length} finding${c.findings.length === 1 ? '' : 's'}` : `${c.bottlenecks.length} bottleneck${c.bottlenecks.length === 1 ? '' : 's'}`}, ${c.planItems.length} plan item${c.planItems.length === 1 ? '' : 's'}`;
  return [
    `<header><h1>Performance report <span class="run-id">${esc(r.runId)}</span></h1>`,
    `<p class="lede">${esc(counts)}</p>`,
    `<dl class="facts">${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl></header>`,
  ].join('\n');
}
