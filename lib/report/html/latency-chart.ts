// The load's latency per second (`http_latency_over_time` metric records,
// labels { t, stat }), with the scenario's p99 target as a dashed line when
// it has one.

import { num } from '../../exporters/html/escape.js';
import type { RunContents } from '../run-contents.js';
import { lineChart, seriesOf } from './line-chart.js';

const STAT_COLOURS: Record<string, string> = { p50: '#2f6fdd', p90: '#e39b1b', p99: '#d1362f' };

export function latencyChart(c: RunContents): string {
  const target = (c.run.scenario?.['targets'] as Record<string, unknown> | undefined)?.['latency_p99_ms'];
  return lineChart({
    id: 'latency',
    title: 'Latency over time',
    ariaLabel: 'latency per second of load',
    series: seriesOf(c.metrics, 'http_latency_over_time'),
    colours: STAT_COLOURS,
    format: (v) => `${num(v)} ms`,
    ...(typeof target === 'number' ? { target: { value: target, label: `p99 target ${num(target)} ms` } } : {}),
  });
}
