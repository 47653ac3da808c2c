// The wait profile on real services on loopback (test/fixtures/programs/node-waits):
// a service whose /orders makes 12 sequential calls to a backend, against its
// fixed twin that makes them concurrently; a service that re-reads the same
// file and re-asks for the same key per request; a CPU-bound one. Each runs
// through the real perf-collect | perf-analyze | perf-plan.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { mainSamples } from '../../../lib/compare/main-metric.js';
import { statisticOf } from '../../../lib/compare/noise.js';
import type { MetricRecord } from '../../../lib/records/types.js';
import { parseRecords, sh, tempRoot } from '../../helpers.js';
import { freePort, writeScenarios } from '../backend-run.js';
import { PROGRAM as program, startBackend } from './backend.js';

const ORDERS = Array.from({ length: 10 }, (_, i) => `/orders?id=${i + 1}`);
const PAIRS = 3;
const LOOP_LINE = readFileSync(join(program, 'service.js'), 'utf8').split('\n').findIndex((l) => l.includes('items.push(await getJson(')) + 1;

const backend = startBackend((stop) => t.teardown(stop));

async function scenario(mode: string, paths: string[]): Promise<Record<string, unknown>> {
  const port = await freePort();
  return {
    command: ['node', 'service.js'],
    cwd: program,
    env: { PORT: String(port), MODE: mode, BACKEND_PORT: String(await backend) },
    profiler: { name: 'node' },
    ready: { line: 'listening on', timeoutMs: 20000 },
    warmupS: 1,
    durationS: 2,
    load: { kind: 'http', url: `http://127.0.0.1:${port}`, paths, connections: 4 },
  };
}

/** One profiled run of `name` from a fresh scenarios file, through perf-plan. */
async function pipeline(mode: string, paths: string[]): Promise<Record<string, any>[]> {
  const dir = tempRoot('perf-waits-');
  const file = writeScenarios(dir, { s: await scenario(mode, paths) });
  const r = sh(`perf-collect --run-profile --config '${file}' --scenario s | perf-analyze --source-root '${program}' | perf-plan`, { cwd: dir });
  if (r.code !== 0) throw new Error(`pipeline failed (${r.code}): ${r.stderr.slice(-2000)}`);
  return parseRecords(r.stdout);
}

const waitBottlenecks = (records: Record<string, any>[]) => records.filter((r) => r.type === 'bottleneck' && r.kind === 'wall').sort((a, b) => a.rank - b.rank);
const planItems = (records: Record<string, any>[]) => records.filter((r) => r.type === 'plan-item').sort((a, b) => a.id.localeCompare(b.id));

/** Mean and a 95% t-interval of xs (n >= 2). */
function interval(xs: number[]): { mean: number; low: number; high: number } {
  const T975 = [NaN, NaN, 12.71, 4.303, 3.182, 2.776, 2.571];
  const n = xs.length;
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
  const half = (T975[n] ?? 2) * (sd / Math.sqrt(n));
  return { mean, low: mean - half, high: mean + half };
}

t.test('sequential downstream calls: a wait finding at the loop, and a concurrency plan near the fixed twin', async (t) => {
  const sequential: Record<string, any>[][] = [];
  const concurrent: Record<string, any>[][] = [];
  for (let i = 0; i < PAIRS; i++) {
    // Alternate which twin goes first: drift on a shared machine hits both alike.
    if (i % 2 === 0) {
      sequential.push(await pipeline('sequential', ORDERS));
      concurrent.push(await pipeline('concurrent', ORDERS));
    } else {
      concurrent.push(await pipeline('concurrent', ORDERS));
      sequential.push(await pipeline('sequential', ORDERS));
    }
  }
  const estimates: { low: number; expected: number; high: number }[] = [];
  for (const records of sequential) {
    const [top] = waitBottlenecks(records);
    t.ok(top, 'a wait bottleneck');
    t.equal(top.function, 'loadOrderItems', `named after the function with the loop: ${top.evidence[0]}`);
    t.equal(top.line, LOOP_LINE, 'at the line that awaits inside the loop');
    t.equal(top.cause, 'sequential-waits');
    t.equal(top.waits.op, 'http');
    t.match(top.waits.target, /^GET 127\.0\.0\.1:\d+\/items\/:id$/, 'what it waits on, ids folded');
    t.equal(top.waits.perRequest, 12, 'how many times per request');
    t.equal(top.waits.via?.function, 'getJson', 'through the helper that makes the request');
    t.ok(top.waits.eachMs.p50 >= 4, `how long each: ${top.waits.eachMs.p50} ms (the backend answers after 4 ms)`);
    t.equal(top.waits.sequential, 1, 'no two calls of a request overlap');
    t.match(top.evidence.join('\n'), /makes 12 sequential http waits on GET .*\/items\/:id per request/);
    // The CPU findings of a waiting run gain at most their CPU share of the request time (lib/plan/cpu-share.ts):
    // the wait item leads, and a CPU item of the helper that makes the call is estimated from its CPU share.
    const [first] = planItems(records);
    t.equal(first.strategyId, 'run-concurrently', `first plan item: ${first.title}`);
    t.equal(first.function, 'loadOrderItems');
    t.match(first.method, /^Critical path: /, 'estimated from the requests\' critical path, not a CPU share');
    const cpuItems = planItems(records).filter((i) => ['better-algorithm', 'hoist-invariant'].includes(i.strategyId));
    for (const item of cpuItems) t.match(item.method, /its CPU share \(|of the run's cpu/, `${item.title} is estimated from its CPU share: ${item.method.slice(0, 200)}`);
    const concurrency = planItems(records).find((i) => i.strategyId === 'run-concurrently' && i.function === 'loadOrderItems');
    t.ok(concurrency, 'a run-concurrently item for loadOrderItems is planned');
    t.match(concurrency?.method, /^Critical path: /, 'estimated from the requests\' critical path, not a CPU share');
    estimates.push((concurrency ?? first).expectedGainPct);
  }
  for (const records of concurrent) {
    t.notOk(
      waitBottlenecks(records).some((b) => b.cause === 'sequential-waits'),
      `the twin's calls overlap: ${waitBottlenecks(records).map((b) => `${b.function} ${b.cause}`).join(', ')}`,
    );
  }
  // The main metric of an http scenario is http_latency_p99, compared as the median of per-second p99s
  // (lib/compare/main-metric.ts), the statistic the estimate projects; the gain each pair measured.
  const p99 = (records: Record<string, any>[]) => statisticOf(mainSamples(records.filter((r): r is MetricRecord => r.type === 'metric'), 'http_latency_p99')!.repeats.flat(), 'median');
  const gains = sequential.map((s, i) => 100 * (1 - p99(concurrent[i]!) / p99(s)));
  const measured = interval(gains);
  const low = Math.min(...estimates.map((e) => e.low));
  const high = Math.max(...estimates.map((e) => e.high));
  const expected = estimates.map((e) => e.expected).sort((a, b) => a - b)[1]!;
  const numbers = `estimate ${low.toFixed(1)}–${high.toFixed(1)}% (expected ${expected.toFixed(1)}%), measured p99 gains ${gains.map((g) => g.toFixed(1)).join(', ')}% (95% interval ${measured.low.toFixed(1)}–${measured.high.toFixed(1)}%)`;
  t.ok(measured.high > 0, `the twin is faster: ${numbers}`);
  t.ok(low <= measured.high && high >= measured.low, `the estimate's range meets the measured interval: ${numbers}`);
});

t.test('the same file re-read and the same key re-asked per request: cacheable waits', async (t) => {
  const records = await pipeline('sequential', ['/profile']);
  const waits = waitBottlenecks(records);
  const file = waits.find((b) => b.waits.op === 'fs')!;
  t.ok(file, `a file wait: ${waits.map((b) => b.evidence[0]).join(' | ')}`);
  t.equal(file.function, 'loadProfile');
  t.equal(file.cause, 'repeated-waits');
  t.match(file.waits.target, /^readFile .*settings\.json$/);
  t.equal(file.waits.perRequest, 2, 'read twice per request');
  t.match(file.waits.sharedKey, /settings\.json$/, 'every request reads the same file');
  t.equal(file.strategies[0], 'cache-result');
  const backend = waits.find((b) => b.waits.op === 'http')!;
  t.ok(backend, 'a backend wait');
  t.equal(backend.function, 'getJson', 'charged to the function that makes the call');
  t.ok(backend.callPath.some((f: { function: string }) => f.function === 'loadProfile'), 'called from loadProfile');
  t.equal(backend.cause, 'repeated-waits');
  t.equal(backend.waits.repeatsPerRequest, 1, 'the same key asked again within the request');
  const items = planItems(records).filter((i) => i.strategyId === 'cache-result');
  t.ok(items.length >= 2, 'a cache plan for each');
});

t.test('a CPU-bound service: no wait finding', async (t) => {
  const records = await pipeline('sequential', ['/cpu']);
  t.same(waitBottlenecks(records), [], 'nothing waits');
  const top = records.filter((r) => r.type === 'bottleneck' && r.kind === 'cpu' && r.file).sort((a, b) => b.sharePct - a.sharePct)[0];
  t.equal(top?.function, 'primes', 'the CPU finding is the computation');
  t.notOk(planItems(records).some((i) => ['run-concurrently', 'move-off-request-path'].includes(i.strategyId)), 'no wait strategy planned');
});
