// Times one pair: slow and fixed interleaved (so a burst of load on the shared
// machine hits both alike), each run's CPU time (user + system of the process
// and its threads, from the shell's `times`) and wall time. CPU time is the
// primary measure: on a machine shared by other work, wall time measures the
// run queue as much as the program.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = '"$@" >"$CALIB_OUT"; status=$?; times >&2; exit $status';
const seconds = (m, s) => Number(m) * 60 + Number(s);

export function timed(argv, cwd) {
  const dir = mkdtempSync(join(tmpdir(), 'calib-run-'));
  const out = join(dir, 'stdout');
  const start = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', SCRIPT, 'calib', ...argv], { cwd, env: { ...process.env, CALIB_OUT: out }, stdio: ['ignore', 'ignore', 'pipe'] });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const stderr = r.stderr.toString();
  const text = readFileSync(out, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`calibrate: ${argv.join(' ')} exited ${r.status}: ${stderr.slice(0, 400)}`);
  // `times` prints the shell's own times, then its children's: "0m1.234s 0m0.056s".
  const lines = stderr.trim().split('\n').slice(-2);
  const child = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(lines[1] ?? '');
  if (!child) throw new Error(`calibrate: no CPU times from ${argv.join(' ')}: ${stderr.slice(-200)}`);
  return { wallMs, cpuMs: 1000 * (seconds(child[1], child[2]) + seconds(child[3], child[4])), out: text };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median absolute deviation relative to the median, in percent: the run-to-run spread. */
export function spreadPct(xs) {
  const m = median(xs);
  return m === 0 ? 0 : (100 * median(xs.map((x) => Math.abs(x - m)))) / m;
}

/**
 * An empty program of each runtime: its start-up (the interpreter, the JVM and
 * its JIT threads), which no profile window holds and no fix touches. Compiled
 * Go and C start in about a millisecond and count as 0.
 */
export const EMPTY_PROGRAM = { node: ['node', '-e', '0'], python: ['python3', '-c', 'pass'], java: ['java', '-Xshare:auto', '-version'] };

/**
 * Slow, fixed and the runtime's empty program (`empty`, optional), interleaved
 * run by run: a burst of load on the shared machine hits all three alike. The
 * start-up is timed in the same runs because a CPU time measured apart from
 * them, under another load, is not comparable with theirs (python3 -c pass
 * takes 100–140 ms of CPU here, as much as python/sort's whole fixed run).
 * The gain is per unit of work: (slow − fixed) / (slow − start-up).
 */
export function measurePair(slow, fixed, runs, empty) {
  const a = [];
  const b = [];
  const e = [];
  for (let i = 0; i < runs; i++) {
    const s = timed(slow.argv, slow.cwd);
    const f = timed(fixed.argv, fixed.cwd);
    if (s.out !== f.out) throw new Error(`calibrate: ${slow.argv.join(' ')} and its fix disagree (${s.out.trim()} vs ${f.out.trim()}): the fix must not change the result`);
    a.push(s);
    b.push(f);
    if (empty) e.push(timed(empty, fixed.cwd));
  }
  const pick = (xs, key) => xs.map((x) => x[key]);
  const startUpMs = empty ? median(pick(e, 'cpuMs')) : 0;
  // Each interleaved slow/fixed pair of runs gives one gain: their spread is the run-to-run interval of the
  // gain (min..max of n paired gains; with 5 runs it holds the true median gain with probability 1 − 2/2^5 ≈ 94%).
  const paired = a.map((s, i) => (s.cpuMs - b[i].cpuMs) / Math.max(1, s.cpuMs - (e[i]?.cpuMs ?? 0))).sort((x, y) => x - y);
  return {
    runs,
    startUpMs,
    gainInterval: { low: paired[0], high: paired[paired.length - 1] },
    slow: { cpuMs: median(pick(a, 'cpuMs')), wallMs: median(pick(a, 'wallMs')), cpuSpreadPct: spreadPct(pick(a, 'cpuMs')) },
    fixed: { cpuMs: median(pick(b, 'cpuMs')), wallMs: median(pick(b, 'wallMs')), cpuSpreadPct: spreadPct(pick(b, 'cpuMs')) },
  };
}
