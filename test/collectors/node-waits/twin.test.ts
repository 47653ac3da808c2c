// The plan's estimate for making the N+1 calls concurrent, against what the
// fixed twin measures, through the verification machinery (lib/compare): the
// sequential service, profiled with 3 repeats, is the baseline; the twin (the
// same 12 calls with Promise.all) runs 3 repeats against it, and perf-analyze
// --baseline gives the main metric's change with its 95% interval (repeats,
// then seconds, resampled). The run-concurrently item's estimated range must
// meet that interval: a statistical check, which fails when the estimate and
// the measured gain are apart by more than the noise.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { mainChange, mainSamples } from '../../../lib/compare/main-metric.js';
import { listFiles, parseRecords, runBin, sh, tempRoot } from '../../helpers.js';
import { freePort, writeScenarios } from '../backend-run.js';
import { PROGRAM, startBackend } from './backend.js';

const ORDERS = Array.from({ length: 10 }, (_, i) => `/orders?id=${i + 1}`);
const backend = await startBackend((stop) => t.teardown(stop));
const work = tempRoot('perf-twin-');

/** One perf-profiler run (3 repeats) of the service in `mode`, into its own root; its run.ndjson records. */
async function profile(mode: string, extra = ''): Promise<{ records: Record<string, any>[]; path: string; port: number }> {
  const port = await freePort();
  const root = join(work, mode);
  const file = writeScenarios(work, {
    orders: {
      command: ['node', 'service.js'],
      cwd: PROGRAM,
      env: { PORT: String(port), MODE: mode, BACKEND_PORT: String(backend) },
      profiler: { name: 'node' },
      ready: { line: 'listening on', timeoutMs: 20000 },
      warmupS: 1,
      durationS: 2,
      // The typical request: per-second p99 on a shared 2-core machine measures the neighbours (README, the verdict).
      mainMetric: 'http_latency_p50',
      load: { kind: 'http', url: `http://127.0.0.1:${port}`, paths: ORDERS, connections: 4 },
    },
  });
  const r = sh(`mkdir -p '${root}' && perf-profiler --run-profile --root '${root}' --source-root '${PROGRAM}' --config '${file}' --scenario orders --repeat 3 ${extra}`, { cwd: work });
  if (r.code !== 0) throw new Error(`perf-profiler ${mode} failed (${r.code}): ${r.stderr.slice(-2000)}`);
  const path = join(root, listFiles(root).find((f) => f.endsWith('run.ndjson'))!);
  return { records: parseRecords(readFileSync(path, 'utf8')), path, port };
}

const sequential = await profile('sequential');
const twin = await profile('concurrent', `--baseline '${sequential.path}'`);
const item = sequential.records.find((r) => r.type === 'plan-item' && r.strategyId === 'run-concurrently' && r.function === 'loadOrderItems')!;

t.test('three repeats of the N+1 service: one wait finding per request, not per repeat', async (t) => {
  const top = sequential.records.filter((r) => r.type === 'bottleneck' && r.kind === 'wall').sort((a, b) => a.rank - b.rank)[0];
  t.equal(top?.function, 'loadOrderItems');
  t.equal(top?.cause, 'sequential-waits');
  // Request ids start at 0 in every repeat's process: counted per repeat, a request has 12 waits, not 36.
  t.equal(top?.waits.perRequest, 12, top?.evidence[0]);
  t.equal(top?.waits.sequential, 1);
  t.ok(item, 'a run-concurrently item for loadOrderItems');
  // The port its requests came in on: this is the process the load talks to, so its latency is the load's (wait-gain.ts).
  t.same(top?.waits.breakdown.servedOn, [sequential.port], 'served on the port the load talks to');
});

const intervalText = (c: { low: number; high: number }) => `[${c.low.toFixed(1)}, ${c.high.toFixed(1)}]%`;

t.test('the estimate meets the twin\'s measured gain in request latency (p50)', async (t) => {
  const check = twin.records.find((r) => r.type === 'plan-check' && r.itemId === item?.id)!;
  t.ok(check?.global, 'the item is checked against the main metric');
  const c = check.global.change;
  // Lower is better: the gain is the fall, its interval the change's, negated.
  const gain = { low: -c.high, high: -c.low };
  const est = item.expectedGainPct;
  const numbers = `estimate ${est.low}–${est.high}% (expected ${est.expected}%), measured ${check.global.measuredGainPct}% ${intervalText(gain)} (${check.global.baseline} -> ${check.global.current} ms)`;
  t.ok(gain.low > 0, `the twin is faster over the whole interval: ${numbers}`);
  t.ok(est.low <= gain.high && est.high >= gain.low, `the estimated range meets the measured interval: ${numbers}`);
});

t.test('the item is judged by its requests\' critical path, not by the summed wait time of its function', async (t) => {
  const check = twin.records.find((r) => r.type === 'plan-check' && r.itemId === item?.id);
  if (!check) return t.fail('a plan check of the run-concurrently item');
  // Made concurrent, the 12 calls overlap: their summed wait time rises while each request gets shorter.
  t.equal(check.evidence?.basis, 'request-latency', check.reason);
  t.equal(check.evidence?.work, 'GET /orders request');
  const c = check.evidence.change;
  t.ok(c.high < 0, `the requests got shorter over the whole interval: ${check.reason}`);
  t.ok(['done', 'partly'].includes(check.status), `${check.status}: ${check.reason}`);
  t.same(Object.keys(check.expectedFallPct).sort(), ['expected', 'high', 'low'], 'the fall its projection promised');
});

t.test('and in the tail (p99), re-planned for that metric from the same baseline', async (t) => {
  // The same records judged by http_latency_p99 (the default main metric): perf-plan on the baseline's analysis.
  const lines = readFileSync(sequential.path, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const input = lines.filter((r) => !['plan-item', 'artifact'].includes(r.type)).map((r) => (r.type === 'run' ? { ...r, scenario: { ...r.scenario, mainMetric: 'http_latency_p99' } } : r));
  const planned = runBin('perf-plan', [], { input: input.map((r) => JSON.stringify(r)).join('\n') + '\n' });
  t.equal(planned.code, 0, planned.stderr);
  const p99Item = parseRecords(planned.stdout).find((r) => r.type === 'plan-item' && r.strategyId === 'run-concurrently');
  const before = mainSamples(sequential.records.filter((r) => r.type === 'metric') as never, 'http_latency_p99')!;
  const after = mainSamples(twin.records.filter((r) => r.type === 'metric') as never, 'http_latency_p99')!;
  const c = mainChange(before, after);
  const gain = { low: -c.high, high: -c.low };
  const est = p99Item?.expectedGainPct;
  const numbers = `estimate ${est?.low}–${est?.high}% (expected ${est?.expected}%), measured ${-c.pct}% ${intervalText(gain)} (${before.describe})`;
  t.ok(est && est.low <= gain.high && est.high >= gain.low, `the estimated range meets the measured interval: ${numbers}`);
});
