// Profiler overhead on a service: the same http load with and without the node
// profiler attached, in interleaved trials (A B B A ...) so drift on a shared
// machine hits both sides alike. Each trial is one process; each second of its
// load is a block (requests, and the service process's CPU in that second).
// bench/overhead-stats.ts turns them into intervals and a verdict. Prints one
// JSON line.
// Usage: node dist/bench/overhead.js [pairs=6] [durationS=5] [kinds=the scenario's] [dir=examples/demo-service] [scenario=api-stress-test]
// (kinds `wall` alone measures the wait profile's own overhead.)

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa } from 'execa';
import { runHttpLoad } from '../lib/collectors/load-http.js';
import { nodeCollector } from '../lib/collectors/node.js';
import { parseStat } from '../lib/collectors/process-tree.js';
import { waitReady } from '../lib/collectors/ready.js';
import { Target } from '../lib/collectors/target.js';
import type { CollectorContext, Scenario } from '../lib/collectors/types.js';
import type { ProfileKind } from '../lib/model/profile.js';
import { judgeOverhead, type Second, type Trial } from './overhead-stats.js';

const MAX_LOSS_PCT = 5;
const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');
const dir = process.argv[5] ? join(root, process.argv[5]) : join(root, 'examples/demo-service');
const scenarioName = process.argv[6] ?? 'api-stress-test';
const pairs = Number(process.argv[2] ?? 6);
const durationS = Number(process.argv[3] ?? 5);
const PORT = '3471';
/** Long enough for the preload to see the start file (a 50 ms poll) and run its two full GCs on a loaded machine. */
const WINDOW_OPEN_MS = 500;

const file = JSON.parse(readFileSync(join(dir, 'perf-scenarios.json'), 'utf8')) as { scenarios: Record<string, Omit<Scenario, 'name'>> };
const scenario = { name: scenarioName, ...file.scenarios[scenarioName]! } as Scenario;
if (scenario.load.kind !== 'http') throw new Error(`${scenarioName} must drive http load`);
if (process.argv[4]) scenario.profiler = { ...(scenario.profiler ?? { name: 'node' }), kinds: process.argv[4].split(',') as ProfileKind[] };
const load = { ...scenario.load, url: scenario.load.url.replace(/:\d+/, `:${PORT}`) };

/**
 * CPU seconds of the service process itself (where the preload records), not
 * of its tree: a backend it forks costs the same on both sides and would only
 * dilute the change.
 */
function cpuOf(pid: number): number {
  try {
    const s = parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    return s ? (s.userTicks + s.systemTicks) / 100 : NaN;
  } catch {
    return NaN;
  }
}

async function trial(profiled: boolean): Promise<Trial> {
  const workDir = mkdtempSync(join(tmpdir(), 'perf-overhead-'));
  const signal = new AbortController().signal;
  const ctx: CollectorContext = { scenario, settings: scenario.profiler ?? { name: 'node' }, cwd: dir, workDir, env: process.env, signal, spawn: execa, clock: Date.now, log: () => {} };
  const launch = profiled ? await nodeCollector.prepare(ctx) : { command: scenario.command, env: {} };
  const target = new Target(launch.command, { spawn: execa, clock: Date.now, cwd: dir, env: { ...process.env, ...scenario.env, PORT, ...launch.env } });
  try {
    if (!(await waitReady(scenario.ready ?? { line: 'listening on' }, target, signal, Date.now)).ready) throw new Error(`service not ready: ${target.tail()}`);
    await runHttpLoad(load, scenario.warmupS ?? 2, { signal, clock: Date.now });
    if (profiled) await nodeCollector.onMeasureStart!(ctx, durationS);
    // The window opens within the preload's 50 ms poll with two full GCs (the live heap at its edge, issue 17):
    // a cost per window, not per request, which a 4 s trial would charge to its first second's few requests.
    // Both sides wait alike, with no load, so what is measured is the recorder's cost per request.
    await sleep(WINDOW_OPEN_MS);
    const seconds: Second[] = [];
    let cpu = cpuOf(target.pid);
    const r = await runHttpLoad(load, durationS, {
      signal,
      clock: Date.now,
      onSecond: (requests) => {
        const now = cpuOf(target.pid);
        seconds.push({ requests, cpuS: now - cpu });
        cpu = now;
      },
    });
    // CPU was read each second of the load, before this stop: writing the profiles is not a cost of the requests.
    if (profiled) await nodeCollector.onMeasureEnd!(ctx);
    return { profiled, seconds, p99Ms: r.latencyMs.p99 };
  } finally {
    await target.stop(() => []);
    rmSync(workDir, { recursive: true, force: true });
  }
}

const trials: Trial[] = [];
for (let i = 0; i < pairs; i++) {
  // A B, then B A: each side goes first as often as the other.
  const order = i % 2 === 0 ? [false, true] : [true, false];
  for (const profiled of order) trials.push(await trial(profiled));
}
const j = judgeOverhead(trials, MAX_LOSS_PCT);
const r1 = (x: number) => Math.round(x * 10) / 10;
const p99 = (profiled: boolean) => {
  const xs = trials.filter((t) => t.profiled === profiled).map((t) => t.p99Ms).sort((a, b) => a - b);
  return r1(xs[Math.floor(xs.length / 2)]!);
};
const result = {
  scenario: scenarioName,
  kinds: (scenario.profiler?.kinds ?? ['cpu', 'alloc', 'wall']).join(','),
  pairs,
  durationS,
  intervalUs: scenario.profiler?.intervalUs ?? 1000,
  rpsPlain: r1(j.throughput.before),
  rpsProfiled: r1(j.throughput.after),
  throughputChangePct: { pct: j.throughput.pct, low: j.throughput.low, high: j.throughput.high },
  cpuMsPerRequestPlain: Math.round(j.cpuPerRequest.before * 1e5) / 100,
  cpuMsPerRequestProfiled: Math.round(j.cpuPerRequest.after * 1e5) / 100,
  cpuPerRequestChangePct: { pct: j.cpuPerRequest.pct, low: j.cpuPerRequest.low, high: j.cpuPerRequest.high },
  maxLossPct: MAX_LOSS_PCT,
  verdict: j.verdict,
  cpuVerdict: j.cpuVerdict,
  p99PlainMs: p99(false),
  p99ProfiledMs: p99(true),
};
process.stdout.write(JSON.stringify(result) + '\n');
