// Memory per second of the window (`memory_over_time` metric records,
// labels { t, stat }: rss of the process tree, heap_used where the runtime
// tells), with the cgroup limit as a dashed line when it fits the chart and
// the fitted growth of each series under it.

import { formatValue } from '../../base/format.js';
import type { RunContents } from '../run-contents.js';
import { lineChart, seriesOf } from './line-chart.js';

const STAT_COLOURS: Record<string, string> = { rss: '#2f6fdd', heap_used: '#12b76a' };
/** A limit far above the curves would flatten them into the axis: drawn only within this factor of the peak. */
const LIMIT_DRAWN_WITHIN = 4;

const bytes = (v: number) => formatValue(Math.round(v), 'bytes');

export function memoryChart(c: RunContents): string {
  const series = seriesOf(c.metrics, 'memory_over_time');
  if (series.size === 0) return '';
  const peak = Math.max(...[...series.values()].flat().map((p) => p[1]));
  const limit = c.metrics.find((m) => m.name === 'memory_limit');
  const growth = c.metrics
    .filter((m) => m.name === 'memory_growth')
    .map((m) => {
      const per = c.metrics.find((p) => p.name === 'memory_growth_per_request' && p.labels?.['stat'] === m.labels?.['stat']);
      return `${String(m.labels?.['stat'])}: ${bytes(m.value)}/s (95% interval ${bytes(Number(m.labels?.['low']))} to ${bytes(Number(m.labels?.['high']))}/s)${per ? `, ${bytes(per.value)} per request` : ''}`;
    });
  return lineChart({
    id: 'memory',
    title: 'Memory over time',
    ariaLabel: 'memory per second of the measurement window',
    series,
    colours: STAT_COLOURS,
    format: bytes,
    ...(limit && limit.value <= peak * LIMIT_DRAWN_WITHIN ? { target: { value: limit.value, label: `limit ${bytes(limit.value)}` } } : {}),
    ...(growth.length > 0 ? { caption: `Growth fitted over the window (Theil–Sen, after its first 20%): ${growth.join('; ')}.` } : {}),
  });
}
