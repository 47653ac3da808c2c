// Real recordings for `make bench`, made on demand and kept under bench/data/real
// (git-ignored): a Go program's CPU profiles merged by `go tool pprof -proto`, a
// `perf record -g` of a deep-stack C program as `perf script` text, and a long
// `node --cpu-prof`. Each input comes at 1x, 2x and 4x for the cost curves: Go
// as 1, 2 and 4 merged runs, perf script as 1, 2 and 4 copies of one recording
// (the same distinct stacks, so peak RSS must stay flat), V8 as runs of 1, 2 and
// 4 times the CPU time. A missing tool leaves its input out and says so.
//
// Environment: BENCH_GO_CPU_SECONDS (CPU seconds per Go run, default 300: Go
// samples on the scheduler tick, about 170 samples per CPU second here, so four
// runs give >= 200k samples), BENCH_PERF_CPU_SECONDS (default 1.6: >= 100 MB of
// text at 20 kHz), BENCH_NODE_CPU_SECONDS (the 1x run, default 3), BENCH_GO_RUNS
// (how many Go runs to record and merge, default 4).

import { existsSync, mkdirSync, renameSync, statSync, writeFileSync, createWriteStream, createReadStream } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';

export interface RealInputs {
  /** Go CPU profile merged from 1, 2 and 4 runs. */
  goPprof?: Sized;
  perfScript?: Sized;
  cpuprofile?: Sized;
  /** Why an input is missing. */
  missing: string[];
}

export interface Sized {
  x1: string;
  x2: string;
  x4: string;
}

const programs = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../../bench/programs');
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const fresh = (p: string) => existsSync(p) && statSync(p).size > 0;
const log = (text: string) => process.stderr.write(`bench: ${text}\n`);

function run(cmd: string, args: string[], options: { cwd?: string; stdout?: string } = {}): void {
  const r = spawnSync(cmd, args, { cwd: options.cwd, maxBuffer: 1 << 30, stdio: ['ignore', options.stdout ? 'pipe' : 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal}): ${String(r.stderr ?? '').slice(-400)}`);
  if (options.stdout) writeFileSync(options.stdout, r.stdout);
}

/** Write to a temporary name and rename, so an interrupted bench never leaves a truncated input that looks done. */
function make(path: string, build: (tmp: string) => void): string {
  if (!fresh(path)) {
    const tmp = `${path}.tmp`;
    build(tmp);
    renameSync(tmp, path);
  }
  return path;
}

function goInputs(dir: string, cpuSeconds: number, count: number): Sized {
  const bin = join(dir, 'gowork');
  if (!existsSync(bin)) run('go', ['build', '-o', bin, join(programs, 'gowork/main.go')]);
  const runs = [1, 2, 3, 4].slice(0, count).map((i) =>
    make(join(dir, `go-run${i}.pb.gz`), (tmp) => {
      log(`recording Go run ${i} of 4 (${cpuSeconds} CPU seconds)`);
      run(bin, [String(cpuSeconds), tmp]);
    }),
  );
  // With fewer runs asked for (BENCH_GO_RUNS), the larger sizes are the largest there is.
  const merged = (n: number) => make(join(dir, `go-cpu-${Math.min(n, count)}x.pb.gz`), (tmp) => run('go', ['tool', 'pprof', '-proto', ...runs.slice(0, n)], { stdout: tmp }));
  return { x1: merged(1), x2: merged(2), x4: merged(4) };
}

async function concatCopies(source: string, copies: number, target: string): Promise<void> {
  const out = createWriteStream(target);
  for (let i = 0; i < copies; i++) await pipeline(createReadStream(source), out, { end: false });
  out.end();
  await once(out, 'finish');
}

export async function perfInputs(dir: string, cpuSeconds: number): Promise<Sized> {
  const bin = join(dir, 'deep');
  if (!existsSync(bin)) run('cc', ['-O1', '-fno-omit-frame-pointer', '-fno-inline', '-o', bin, join(programs, 'deep.c')]);
  const data = make(join(dir, 'deep.perf.data'), (tmp) => {
    log(`recording perf record -g of the deep-stack C program (${cpuSeconds} CPU seconds)`);
    run('perf', ['record', '-q', '-g', '-F', '20000', '-o', tmp, '--', bin, String(cpuSeconds)]);
  });
  const x1 = make(join(dir, 'perf-1x.txt'), (tmp) => run('perf', ['script', '-i', data], { stdout: tmp }));
  const copies = async (n: number) => {
    const path = join(dir, `perf-${n}x.txt`);
    if (!fresh(path)) {
      await concatCopies(x1, n, `${path}.tmp`);
      renameSync(`${path}.tmp`, path);
    }
    return path;
  };
  return { x1, x2: await copies(2), x4: await copies(4) };
}

export function nodeInputs(dir: string, cpuSeconds: number): Sized {
  const one = (n: number) =>
    make(join(dir, `node-${n}x.cpuprofile`), (tmp) => {
      const profDir = join(dir, `cpu-prof-${n}x`);
      mkdirSync(profDir, { recursive: true });
      log(`recording node --cpu-prof (${cpuSeconds * n} CPU seconds)`);
      run(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profDir, '--cpu-prof-name', 'run.cpuprofile', '--cpu-prof-interval', '100', join(programs, 'node-work.js'), String(cpuSeconds * n)]);
      renameSync(join(profDir, 'run.cpuprofile'), tmp);
    });
  return { x1: one(1), x2: one(2), x4: one(4) };
}

export async function realInputs(root: string, env: NodeJS.ProcessEnv = process.env): Promise<RealInputs> {
  const dir = join(root, 'real');
  mkdirSync(dir, { recursive: true });
  const inputs: RealInputs = { missing: [] };
  if (has('go')) inputs.goPprof = goInputs(dir, Number(env.BENCH_GO_CPU_SECONDS ?? 300), Math.max(1, Math.min(4, Number(env.BENCH_GO_RUNS ?? 4))));
  else inputs.missing.push('go not installed: no real Go profile (install golang-go)');
  if (has('perf') && has('cc')) {
    try {
      inputs.perfScript = await perfInputs(dir, Number(env.BENCH_PERF_CPU_SECONDS ?? 1.6));
    } catch (err) {
      inputs.missing.push(`perf record failed, no real perf script input: ${(err as Error).message.slice(0, 200)}`);
    }
  } else inputs.missing.push('perf or cc not installed: no real perf script input (install linux-perf and gcc)');
  inputs.cpuprofile = nodeInputs(dir, Number(env.BENCH_NODE_CPU_SECONDS ?? 3));
  return inputs;
}

if (process.argv[1]?.endsWith('real-inputs.js')) {
  const inputs = await realInputs(process.argv[2] ?? 'bench/data');
  for (const [k, v] of Object.entries(inputs)) {
    if (k === 'missing') for (const m of v as string[]) console.log(`missing\t${m}`);
    else for (const [size, path] of Object.entries(v as Sized)) console.log(`${k}\t${size}\t${path}\t${statSync(path).size} bytes`);
  }
}
