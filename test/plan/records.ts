// Records the plan tests build: a run, metrics and bottlenecks shaped as the
// contracts say (docs/contracts.md), for the pure tests and to feed the bins.
import type { BottleneckRecord, MetricRecord, RunRecord } from '../../lib/records/types.js';

export function runRecord(overrides: Partial<RunRecord> = {}): RunRecord {
  return {
    type: 'run', v: 1, runId: 'r1', startedAt: '2026-01-01T00:00:00.000Z', tool: { name: 'perf-profiler', version: '0.1.0' },
    // command is the target's argv (cli/collect-scenario.ts); its --config is not the scenarios file, scenario.config is.
    profiler: 'node', command: ['node', 'server.js', '--config', 'app.json'],
    host: { platform: 'linux', arch: 'x64', cpus: 2, node: 'v20' },
    scenario: { name: 'checkout', load: 'http', mainMetric: 'http_latency_p99', config: 'perf.yaml' },
    ...overrides,
  };
}

export function metric(name: string, value: number, unit: string, runId = 'r1'): MetricRecord {
  return { type: 'metric', v: 1, runId, name, value, unit, labels: {} };
}

export function bottleneck(id: string, fields: Partial<BottleneckRecord> & { strategies?: string[] }, runId = 'r1'): BottleneckRecord & { strategies: string[] } {
  return {
    type: 'bottleneck', v: 1, runId, id, rank: 1, category: 'cpu', cause: 'hot-function', function: `fn_${id}`, file: 'src/app.js', line: 10,
    sharePct: 10, profileId: 'cpu', evidence: ['test evidence'], kind: 'cpu', strategies: ['cache-result'],
    ...fields,
  };
}
