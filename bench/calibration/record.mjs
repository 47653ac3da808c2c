// Profiles the slow variant the way a user records it: the real perf-collect
// --run-profile with the runtime's backend (node, pprof files written by
// runtime/pprof, jfr, the python sampler, perf), then the real perf-analyze
// and perf-plan. Returns the records, for the finding and the plan items.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const parse = (text) => text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

function bin(root, name, args, { input, cwd } = {}) {
  const r = spawnSync(process.execPath, [join(root, 'dist/bin', `${name}.js`), ...args], {
    input, cwd, maxBuffer: 1 << 30, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' },
  });
  if (r.status !== 0) throw new Error(`calibrate: ${name} ${args.join(' ')} exited ${r.status}: ${r.stderr.toString().slice(-600)}`);
  return r.stdout;
}

/** perf-collect's records for one profiled run of `cmd` with `profiler`. */
function collect(root, profiler, cmd) {
  if (profiler !== 'pprof') return bin(root, 'perf-collect', ['--run-profile', '--profiler', profiler, '--', ...cmd.argv], { cwd: cmd.cwd });
  // Go programs write their own CPU profile (runtime/pprof when CPUPROFILE is set); the pprof backend collects the file.
  const dir = mkdtempSync(join(tmpdir(), 'calib-go-'));
  try {
    const scenario = { command: cmd.argv, cwd: dir, env: { CPUPROFILE: 'cpu.pprof' }, profiler: { name: 'pprof', files: 'cpu.pprof' }, load: { kind: 'none' } };
    writeFileSync(join(dir, 'perf-scenarios.json'), JSON.stringify({ version: 1, scenarios: { calibrate: scenario } }));
    return bin(root, 'perf-collect', ['--run-profile', '--scenario', 'calibrate'], { cwd: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function profileRun(root, profiler, cmd) {
  const analyzed = bin(root, 'perf-analyze', ['--top', '50'], { input: collect(root, profiler, cmd) });
  const planned = bin(root, 'perf-plan', [], { input: analyzed });
  return { analyzed: parse(analyzed.toString()), planned: parse(planned.toString()) };
}
