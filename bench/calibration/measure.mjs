// Wall time and CPU time of a real node process, median of several runs,
// slow and fixed interleaved so a burst of load on the shared machine hits
// both alike. CPU time (user + system, from cpu-report.mjs) is what the hit
// test uses by default: on a loaded machine wall time measures the queue.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const preload = join(fileURLToPath(new URL('.', import.meta.url)), 'cpu-report.mjs');

function wallMs(args, cwd) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', preload, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`calibrate: node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const cpu = /calibrate-cpu-us (\d+)/.exec(r.stderr.toString());
  if (!cpu) throw new Error(`calibrate: node ${args.join(' ')} did not report its CPU time`);
  return { ms, cpuMs: Number(cpu[1]) / 1000, out: r.stdout.toString() };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function measurePair(slowArgs, fixedArgs, cwd, runs) {
  const slow = [];
  const fixed = [];
  for (let i = 0; i < runs; i++) {
    const a = wallMs(slowArgs, cwd);
    const b = wallMs(fixedArgs, cwd);
    if (a.out !== b.out) throw new Error(`calibrate: ${slowArgs.at(-1)} and ${fixedArgs.at(-1)} disagree (${a.out.trim()} vs ${b.out.trim()}): the fix must not change the result`);
    slow.push(a);
    fixed.push(b);
  }
  const med = (xs, key) => median(xs.map((x) => x[key]));
  return { slowMs: med(slow, 'ms'), fixedMs: med(fixed, 'ms'), slowCpuMs: med(slow, 'cpuMs'), fixedCpuMs: med(fixed, 'cpuMs'), runs };
}
