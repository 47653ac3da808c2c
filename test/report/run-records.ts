// Records the analysis and load stages will produce, added by hand to a real
// perf-collect | perf-analyze stream: a scenario with targets, load metrics
// with latency over time, and a bottleneck with the frames to mark. Shaped
// as docs/contracts.md describes them.

import { parseRecords } from '../helpers.js';

export interface Extras {
  hostileFunction?: string;
}

export function withRunExtras(ndjson: string, extras: Extras = {}): string {
  const records = parseRecords(ndjson);
  const run = records.find((r) => r.type === 'run')!;
  run.scenario = { name: 'checkout', load: 'http', targets: { latency_p99_ms: 50, throughput_rps: 1000 }, mainMetric: 'http_latency_p99' };
  const runId = run.runId as string;
  const metric = (name: string, value: number, unit: string, labels?: Record<string, string | number>) => ({ type: 'metric', v: 1, runId, name, value, unit, ...(labels ? { labels } : {}) });
  const metrics = [metric('http_latency_p99', 72.5, 'ms'), metric('http_requests_per_sec', 1840, 'req/s'), metric('wall_time', 10.2, 's')];
  for (let t = 0; t < 10; t++) {
    metrics.push(metric('http_latency_over_time', 20 + t, 'ms', { t, stat: 'p50' }));
    metrics.push(metric('http_latency_over_time', 60 + ((t * 7) % 20), 'ms', { t, stat: 'p99' }));
  }
  const profile = records.find((r) => r.type === 'profile')!;
  const hot = records.find((r) => r.type === 'hotspot' && r.by === 'self' && r.rank === 1)!;
  const bottleneck = {
    type: 'bottleneck',
    v: 1,
    runId,
    id: 'b1',
    rank: 1,
    category: 'cpu',
    cause: 'hot-loop',
    function: extras.hostileFunction ?? hot.function,
    file: hot.file,
    line: hot.line,
    sharePct: Math.min(100, hot.selfPct),
    profileId: profile.profileId,
    evidence: [`${hot.function} is ${hot.selfPct}% of cpu self time`],
    kind: 'cpu',
    ruleId: 'cpu-hot-function',
    strategies: ['hoist-invariant', 'cache-result'],
    frames: [{ function: extras.hostileFunction ?? hot.function, file: hot.file, line: hot.line }],
    selfPct: hot.selfPct,
    cumPct: hot.cumPct,
  };
  const before = records.filter((r) => r.type === 'run' || r.type === 'profile' || r.type === 'metric');
  const after = records.filter((r) => !before.includes(r));
  const lines = [run, ...metrics, ...before.filter((r) => r !== run), ...after, bottleneck];
  return lines.map((r) => JSON.stringify(r)).join('\n') + '\n';
}
