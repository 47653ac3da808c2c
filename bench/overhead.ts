// Profiler overhead on the bundled demo: the same http load against the same
// service, with and without the node profiler attached, alternating runs so
// drift on a shared machine hits both sides alike. Prints one JSON line.
// Usage: node dist/bench/overhead.js [pairs=3] [durationS=10] [kinds=the scenario's] [dir=examples/demo-service] [scenario=api-stress-test]
// (kinds `wall` alone measures the wait profile's own overhead.)

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { runHttpLoad } from '../lib/collectors/load-http.js';
import { nodeCollector } from '../lib/collectors/node.js';
import { waitReady } from '../lib/collectors/ready.js';
import { Target } from '../lib/collectors/target.js';
import type { CollectorContext, Scenario } from '../lib/collectors/types.js';
import type { ProfileKind } from '../lib/model/profile.js';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');
const demo = process.argv[5] ? join(root, process.argv[5]) : join(root, 'examples/demo-service');
const scenarioName = process.argv[6] ?? 'api-stress-test';
const pairs = Number(process.argv[2] ?? 3);
const durationS = Number(process.argv[3] ?? 10);
const PORT = '3471';

const file = JSON.parse(readFileSync(join(demo, 'perf-scenarios.json'), 'utf8')) as { scenarios: Record<string, Omit<Scenario, 'name'>> };
const scenario = { name: scenarioName, ...file.scenarios[scenarioName]! } as Scenario;
if (scenario.load.kind !== 'http') throw new Error(`${scenarioName} must drive http load`);
if (process.argv[4]) scenario.profiler = { ...(scenario.profiler ?? { name: 'node' }), kinds: process.argv[4].split(',') as ProfileKind[] };
const load = { ...scenario.load, url: scenario.load.url.replace(/:\d+/, `:${PORT}`) };

async function trial(profiled: boolean): Promise<{ rps: number; p99: number }> {
  const workDir = mkdtempSync(join(tmpdir(), 'perf-overhead-'));
  const signal = new AbortController().signal;
  const ctx: CollectorContext = { scenario, settings: scenario.profiler ?? { name: 'node' }, cwd: demo, workDir, env: process.env, signal, log: () => {} };
  const launch = profiled ? await nodeCollector.prepare(ctx) : { command: scenario.command, env: {} };
  const target = new Target(launch.command, { spawn: execa, cwd: demo, env: { ...process.env, ...scenario.env, PORT, ...launch.env } });
  try {
    if (!(await waitReady(scenario.ready ?? { line: 'listening on' }, target, signal))) throw new Error(`demo not ready: ${target.tail()}`);
    await runHttpLoad(load, scenario.warmupS ?? 2, signal);
    if (profiled) await nodeCollector.onMeasureStart!(ctx, durationS);
    const r = await runHttpLoad(load, durationS, signal);
    if (profiled) await nodeCollector.onMeasureEnd!(ctx);
    return { rps: r.requestsPerSec, p99: r.latencyMs.p99 };
  } finally {
    await target.stop(() => []);
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** What the profiled side recorded: the scenario's kinds, else the node profiler's default. */
function kindsFor(s: Scenario): string[] {
  return s.profiler?.kinds ?? ['cpu', 'alloc', 'wall'];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const plain: { rps: number; p99: number }[] = [];
const withProfiler: { rps: number; p99: number }[] = [];
for (let i = 0; i < pairs; i++) {
  // Alternate which side goes first in each pair.
  if (i % 2 === 0) {
    plain.push(await trial(false));
    withProfiler.push(await trial(true));
  } else {
    withProfiler.push(await trial(true));
    plain.push(await trial(false));
  }
}
const rpsPlain = median(plain.map((r) => r.rps));
const rpsProfiled = median(withProfiler.map((r) => r.rps));
const result = {
  scenario: scenarioName,
  kinds: kindsFor(scenario).join(','),
  pairs,
  durationS,
  intervalUs: scenario.profiler?.intervalUs ?? 1000,
  rpsPlain: Math.round(rpsPlain * 10) / 10,
  rpsProfiled: Math.round(rpsProfiled * 10) / 10,
  throughputLossPct: Math.round((1 - rpsProfiled / rpsPlain) * 1000) / 10,
  p99PlainMs: Math.round(median(plain.map((r) => r.p99)) * 10) / 10,
  p99ProfiledMs: Math.round(median(withProfiler.map((r) => r.p99)) * 10) / 10,
};
process.stdout.write(JSON.stringify(result) + '\n');
