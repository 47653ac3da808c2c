// Profiles the slow variant the way a user records it: the real perf-collect
// --run-profile with the runtime's backend (node, pprof files written by
// runtime/pprof, jfr, the python sampler, perf), then the real perf-analyze
// Returns perf-analyze's records, for the finding and its evidence.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const parse = (text) => text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

function bin(dist, name, args, { input, cwd } = {}) {
  const r = spawnSync(process.execPath, [join(dist, 'bin', `${name}.js`), ...args], {
    input, cwd, maxBuffer: 1 << 30, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' },
  });
  if (r.status !== 0) throw new Error(`calibrate: ${name} ${args.join(' ')} exited ${r.status}: ${r.stderr.toString().slice(-600)}`);
  return r.stdout;
}

/** perf-collect's records for one profiled run of `cmd` with `profiler`. */
/**
 * The scenario a user of the runtime would write. Go programs write their own
 * CPU profile (runtime/pprof when CPUPROFILE is set), which the pprof backend
 * collects; C is recorded by perf with DWARF call graphs, since frame pointers
 * charge a hot libc leaf (strcmp, write, strcat) to the caller's caller
 * (measured on c/search: unique_skus 22% with -g, 98% with DWARF).
 */
const SCENARIO = {
  pprof: (cmd, dir) => ({ command: cmd.argv, cwd: dir, env: { CPUPROFILE: 'cpu.pprof' }, profiler: { name: 'pprof', files: 'cpu.pprof' }, load: { kind: 'none' } }),
  perf: (cmd) => ({ command: cmd.argv, cwd: cmd.cwd, profiler: { name: 'perf', callGraph: 'dwarf' }, load: { kind: 'none' } }),
};

function collect(dist, profiler, cmd) {
  if (!SCENARIO[profiler]) return bin(dist, 'perf-collect', ['--run-profile', '--profiler', profiler, '--', ...cmd.argv], { cwd: cmd.cwd });
  const dir = mkdtempSync(join(tmpdir(), 'calib-scenario-'));
  try {
    const scenario = SCENARIO[profiler](cmd, dir);
    writeFileSync(join(dir, 'perf-scenarios.json'), JSON.stringify({ version: 1, scenarios: { calibrate: scenario } }));
    return bin(dist, 'perf-collect', ['--run-profile', '--scenario', 'calibrate'], { cwd: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function profileRun(dist, profiler, cmd) {
  const analyzed = bin(dist, 'perf-analyze', ['--top', '50'], { input: collect(dist, profiler, cmd) });
  return { analyzed: parse(analyzed.toString()) };
}
