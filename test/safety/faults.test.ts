// Faults mid-run, through the real bins: the target crashes, ignores SIGTERM
// and leaves grandchildren (one in its own session), floods its output without
// newlines, the reader of stdout goes away, perf-profiler gets SIGTERM, the
// disk fills. Each ends with its documented exit code, a diagnostic naming the
// cause, what was collected kept, and no process of the run left: every
// process the run starts carries a tag in its environment, found in /proc.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import t, { type Test } from 'tap';
import { freePort, writeScenarios } from '../collectors/backend-run.js';
import { BIN, PROFILES, listFiles, parseRecords, runBin, sh, tempRoot } from '../helpers.js';

/** Pids whose environment holds PERF_FAULT_TAG=<tag>. */
function tagged(tag: string): number[] {
  const needle = `PERF_FAULT_TAG=${tag}\0`;
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/environ`, 'latin1').includes(needle);
    } catch {
      return false; // gone, or not ours to read
    }
  }).map(Number);
}

/** A child that ignores SIGTERM and lives on; `ownSession` puts it in a new session, out of the target's group. */
const stubborn = (ownSession: boolean) =>
  `require('child_process').spawn(process.execPath, ['-e', "process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)"], { stdio: 'ignore', detached: ${ownSession} });`;
const server = (port: number, body: string) => `${body} require('http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1', () => console.log('up'));`;

async function noneLeft(t: Test, tag: string): Promise<void> {
  for (let i = 0; i < 50 && tagged(tag).length > 0; i++) await sleep(100);
  t.same(tagged(tag), [], 'no process of the run outlives it');
}

t.test('the target crashes mid-measurement, leaving a child that ignores SIGTERM: exit 4, the profile kept, all reaped', async (t) => {
  const dir = tempRoot('perf-fault-crash-');
  const port = await freePort();
  const tag = `crash-${process.pid}`;
  const crash = `${stubborn(false)} let n = 0; require('http').createServer((q, s) => { s.end('ok'); if (++n === 50) { console.error('boom: planted crash'); process.exit(3); } }).listen(${port}, '127.0.0.1', () => console.log('up'));`;
  writeScenarios(dir, { default: { command: ['node', '-e', crash], env: { PERF_FAULT_TAG: tag }, ready: { line: '^up$', timeoutMs: 60000 }, durationS: 30, load: { kind: 'http', url: `http://127.0.0.1:${port}`, connections: 1 } } });
  const r = runBin('perf-collect', ['--run-profile'], { cwd: dir });
  t.equal(r.code, 4, r.stderr);
  const records = parseRecords(r.stdout);
  const cut = records.find((x) => x.type === 'diagnostic' && x.code === 'run-cut-short');
  t.equal(cut?.reason, 'target-exited');
  t.match(cut?.message, /exited with code 3 during the measurement.*boom: planted crash/, 'the diagnostic names the cause');
  t.ok(records.some((x) => x.type === 'profile'), 'the profile recorded until the crash is emitted');
  await noneLeft(t, tag);
});

t.test('the target ignores SIGTERM and leaves a grandchild in its own session: SIGKILL after the grace period, all reaped', async (t) => {
  const dir = tempRoot('perf-fault-term-');
  const port = await freePort();
  const tag = `term-${process.pid}`;
  writeScenarios(dir, { default: { command: ['node', '-e', server(port, `process.on('SIGTERM', () => console.error('ignoring SIGTERM')); ${stubborn(true)} ${stubborn(false)}`)], env: { PERF_FAULT_TAG: tag }, ready: { line: '^up$', timeoutMs: 60000 }, durationS: 1, load: { kind: 'http', url: `http://127.0.0.1:${port}`, connections: 1 } } });
  const r = runBin('perf-collect', ['--run-profile'], { cwd: dir });
  t.equal(r.code, 0, r.stderr);
  const exit = parseRecords(r.stdout).find((x) => x.type === 'metric' && x.name === 'exit_code');
  t.equal(exit?.labels?.signal, 'SIGKILL', 'the target was killed after ignoring SIGTERM');
  await noneLeft(t, tag);
});

t.test('the target floods stdout and stderr without newlines: drained, not buffered', { skip: existsSync('/usr/bin/time') ? false : 'needs /usr/bin/time for the peak RSS' }, async (t) => {
  const dir = tempRoot('perf-fault-flood-');
  const port = await freePort();
  const tag = `flood-${process.pid}`;
  const done = join(dir, 'flooded');
  // 256 MiB on each stream with no newline, written as fast as the pipe takes it; then a marker file.
  const flood = `const chunk = Buffer.alloc(1 << 20, 120); const pour = async (s) => { for (let i = 0; i < 256; i++) if (!s.write(chunk)) await new Promise((r) => s.once('drain', r)); }; Promise.all([pour(process.stdout), pour(process.stderr)]).then(() => require('fs').writeFileSync(${JSON.stringify(done)}, ''));`;
  const driver = `const fs = require('fs'); const wait = () => fs.existsSync(${JSON.stringify(done)}) ? null : setTimeout(wait, 100); wait();`;
  writeScenarios(dir, { default: { command: ['node', '-e', server(port, '').replace("console.log('up'))", `{ console.log('up'); ${flood} })`)], env: { PERF_FAULT_TAG: tag }, ready: { line: '^up$', timeoutMs: 60000 }, load: { kind: 'command', command: ['node', '-e', driver] } } });
  const rss = join(dir, 'rss');
  const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', rss, process.execPath, join(BIN, 'perf-collect.js'), '--run-profile'], { cwd: dir, maxBuffer: 1 << 26, timeout: 80_000 });
  t.equal(r.status, 0, r.stderr.toString().slice(-500));
  t.ok(existsSync(done), 'the whole flood (512 MiB) went through');
  const peakMiB = Number(readFileSync(rss, 'utf8').trim().split('\n').pop()) / 1024;
  t.ok(peakMiB < 300, `peak RSS of perf-collect and its children ${peakMiB.toFixed(0)} MiB, far below the 512 MiB flooded`);
  await noneLeft(t, tag);
});

t.test('the reader of stdout goes away (| head -c1): exit 0, no stack trace, nothing left running', async (t) => {
  const one = sh(`perf-collect --input ${PROFILES}/go-cpu.pb.gz | head -c1 >/dev/null; echo "\${PIPESTATUS[0]}" >&2`);
  t.match(one.stderr, /^0\n$/, `perf-collect exits 0 quietly: ${one.stderr}`);
  const two = sh(`perf-collect --input ${PROFILES}/go-cpu.pb.gz | perf-analyze | head -c1 >/dev/null; echo "\${PIPESTATUS[1]}" >&2`);
  t.match(two.stderr, /^0\n$/, `perf-analyze exits 0 quietly: ${two.stderr}`);
  const dir = tempRoot('perf-fault-epipe-');
  const port = await freePort();
  const tag = `epipe-${process.pid}`;
  writeScenarios(dir, { default: { command: ['node', '-e', server(port, '')], env: { PERF_FAULT_TAG: tag }, ready: { line: '^up$', timeoutMs: 60000 }, durationS: 1, load: { kind: 'http', url: `http://127.0.0.1:${port}`, connections: 1 } } });
  const run = sh(`perf-collect --run-profile 2>/dev/null | head -c1 >/dev/null; echo "\${PIPESTATUS[0]}" >&2`, { cwd: dir });
  t.match(run.stderr, /^0\n$/, `a profiled run too: ${run.stderr}`);
  await noneLeft(t, tag);
});

t.test('SIGTERM to perf-profiler mid-measurement: exit 143, the run written, nothing left running', async (t) => {
  const dir = tempRoot('perf-fault-sigterm-');
  const port = await freePort();
  const tag = `sigterm-${process.pid}`;
  writeScenarios(dir, { default: { command: ['node', '-e', server(port, '')], env: { PERF_FAULT_TAG: tag }, ready: { line: '^up$', timeoutMs: 60000 }, durationS: 60, load: { kind: 'http', url: `http://127.0.0.1:${port}`, connections: 1 } } });
  const child = spawn(process.execPath, [join(BIN, 'perf-profiler.js'), '--run-profile', '--root', dir], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stdout.resume();
  const measuring = new Promise<void>((resolve) => child.stderr.on('data', (d: Buffer) => ((stderr += d), /measuring/.test(stderr) && resolve())));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await Promise.race([measuring, exited]);
  await sleep(1000);
  child.kill('SIGTERM');
  t.equal(await exited, 143, stderr);
  t.match(stderr, /run cut short \(interrupted\)/, 'the diagnostic says why');
  const runs = listFiles(join(dir, '.spec/reports/performance')).filter((f) => f.endsWith('/run.ndjson'));
  t.equal(runs.length, 1, 'the run was written');
  t.ok(parseRecords(readFileSync(join(dir, '.spec/reports/performance', runs[0]!), 'utf8')).some((x) => x.type === 'profile'), 'with the profile collected until then');
  await noneLeft(t, tag);
});

t.test('the disk fills while perf-apply writes: exit 1, one line, no torn file', async (t) => {
  const dir = tempRoot('perf-fault-enospc-');
  const records = join(dir, 'records.ndjson');
  const made = sh(`perf-collect --input ${PROFILES}/go-cpu.pb.gz | perf-analyze | perf-plan > '${records}'`);
  t.equal(made.code, 0, made.stderr);
  const full = join(dir, 'full');
  const small = join(dir, 'small');
  mkdirSync(full);
  mkdirSync(small);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', small]);
  if (mounted.status !== 0) return void t.pass('the disk-full check', { skip: `cannot mount a 64k tmpfs (${mounted.stderr.toString().trim()}): needs root and mount rights` });
  t.teardown(() => void spawnSync('umount', [small]));
  const input = readFileSync(records);
  const ok = runBin('perf-apply', ['--root', full], { input });
  t.equal(ok.code, 0, ok.stderr);
  const r = runBin('perf-apply', ['--root', small], { input });
  t.equal(r.code, 1, r.stderr);
  t.equal(r.stderr.trim().split('\n').length, 1, `one line: ${r.stderr}`);
  t.match(r.stderr, /ENOSPC|no space/i, 'naming the cause');
  const left = listFiles(small);
  t.notOk(left.some((f) => f.endsWith('run.ndjson')), 'run.ndjson (written last) is not there');
  for (const f of left) t.same(readFileSync(join(small, f)), readFileSync(join(full, f)), `${f} is complete, not torn`);
});
