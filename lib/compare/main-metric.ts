// The run's main metric (the scenario's, docs/contracts.md) as samples for
// the noise: per second of the window where the run has a per-second series
// (http latency p50/p99: the median over seconds, so one stalled second does
// not decide), else one value per repeat. Compared with its interval.

import type { MetricRecord } from '../records/types.js';
import { changeInterval, type Change, type Repeat, type Statistic } from './noise.js';

export interface MainSamples {
  repeats: Repeat[];
  statistic: Statistic;
  /** How the samples were taken, for the report ("median of per-second p99 over 9 s in 3 repeats"). */
  describe: string;
  unit: string;
}

const PER_SECOND = /^http_latency_(p50|p99)$/;
const labelsOf = (m: MetricRecord) => m.labels ?? {};

function groupByRepeat(rows: MetricRecord[]): Repeat[] {
  const by = new Map<string, Repeat>();
  for (const m of rows) {
    const r = String(labelsOf(m)['repeat'] ?? '1');
    let list = by.get(r);
    if (!list) by.set(r, (list = []));
    list.push({ num: m.value, den: 1 });
  }
  return [...by.entries()].sort((a, b) => Number(a[0]) - Number(b[0])).map(([, blocks]) => blocks);
}

export function mainSamples(metrics: MetricRecord[], name: string): MainSamples | undefined {
  const stat = PER_SECOND.exec(name)?.[1];
  if (stat) {
    const rows = metrics.filter((m) => m.name === 'http_latency_over_time' && labelsOf(m)['stat'] === stat);
    if (rows.length > 0) {
      const repeats = groupByRepeat(rows);
      return { repeats, statistic: 'median', unit: rows[0]!.unit, describe: `median of per-second ${stat} over ${rows.length} s in ${repeats.length} repeat${repeats.length === 1 ? '' : 's'}` };
    }
  }
  const all = metrics.filter((m) => m.name === name);
  const perRepeat = all.filter((m) => Object.keys(labelsOf(m)).length === 1 && labelsOf(m)['repeat'] !== undefined);
  const plain = all.filter((m) => Object.keys(labelsOf(m)).length === 0);
  const rows = perRepeat.length > 0 ? perRepeat : plain.slice(0, 1);
  if (rows.length === 0) return undefined;
  const repeats = groupByRepeat(rows);
  return { repeats, statistic: 'ratio', unit: rows[0]!.unit, describe: repeats.length > 1 ? `mean of ${repeats.length} repeats` : 'one value (the run was not repeated)' };
}

/** Whether any noise at all could be measured: more than one sample on some side. */
export function noiseMeasured(before: MainSamples, after: MainSamples): boolean {
  return before.repeats.flat().length > 1 || after.repeats.flat().length > 1;
}

export function mainChange(before: MainSamples, after: MainSamples): Change {
  return changeInterval(before.repeats, after.repeats, before.statistic === after.statistic ? before.statistic : 'ratio');
}
