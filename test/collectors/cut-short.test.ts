// Every way a run can be cut short besides Ctrl-C (see run.test.ts): ready
// timeout, early exit, a failing load driver; each checked for its records,
// its exit code and for leaving no process behind. Plus --dry-run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { parseRecords, runBin, tempRoot } from '../helpers.js';
import { freePort, metric, writeScenarios } from './backend-run.js';
import { survivors } from './run-helpers.js';

t.test('ready timeout: diagnostic, exit 4, target and its child stopped', async (t) => {
  const dir = tempRoot('perf-run-ready-');
  const pidFile = join(dir, 'pid');
  const script = `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); require('child_process').spawn('sleep', ['60'], { stdio: 'ignore' }); console.error('starting slowly'); setInterval(() => {}, 1000);`;
  writeScenarios(dir, {
    default: { command: ['node', '-e', script], ready: { line: 'never printed', timeoutMs: 800 }, load: { kind: 'http', url: 'http://127.0.0.1:9/' } },
  });
  const r = runBin('perf-collect', ['--run-profile'], { cwd: dir });
  t.equal(r.code, 4, r.stderr);
  t.match(r.stderr, /run cut short \(ready-timeout\): the target was not ready in time \(a line matches \/never printed\/ \(timeout 0\.8 s\)\); its last output: starting slowly/);
  const records = parseRecords(r.stdout);
  t.equal(records[0]!.type, 'run');
  t.same(
    records.filter((rec) => rec.type === 'diagnostic' && rec.code === 'run-cut-short').map((rec) => rec.reason),
    ['ready-timeout'],
  );
  t.equal(records.find((rec) => rec.name === 'exit_code')?.labels?.stoppedBy, 'perf-collect');
  t.same(survivors(Number(readFileSync(pidFile, 'utf8'))), [], 'target and its sleep child are gone');
});

t.test('early exit of the target: the tail of its stderr, exit 4', async (t) => {
  const dir = tempRoot('perf-run-early-');
  const port = await freePort();
  writeScenarios(dir, {
    default: {
      command: ['node', '-e', `console.error('loading config'); console.error('fatal: config.yaml is missing'); process.exit(4)`],
      load: { kind: 'http', url: `http://127.0.0.1:${port}/` },
    },
  });
  const r = runBin('perf-collect', ['--run-profile'], { cwd: dir });
  t.equal(r.code, 4, r.stderr);
  t.match(r.stderr, /run cut short \(target-exited\): the target exited with code 4 before it was ready; its last output: loading config \| fatal: config\.yaml is missing/);
  const records = parseRecords(r.stdout);
  t.equal(records.find((rec) => rec.type === 'diagnostic' && rec.code === 'run-cut-short')?.reason, 'target-exited');
  t.equal(metric(records, 'exit_code'), 4);
});

t.test('command load: the driver runs to its end; a failing driver cuts the run short', async (t) => {
  const dir = tempRoot('perf-run-command-');
  const port = await freePort();
  const server = `require('http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1', () => console.log('up'))`;
  const driver = `(async () => { for (let i = 0; i < 20; i++) await (await fetch('http://127.0.0.1:${port}/')).text(); console.log('driver done'); })()`;
  writeScenarios(dir, {
    default: { command: ['node', '-e', server], ready: { line: '^up$' }, load: { kind: 'command', command: ['node', '-e', driver] } },
    broken: { command: ['node', '-e', server], ready: { tcp: port }, load: { kind: 'command', command: ['node', '-e', 'setTimeout(() => process.exit(5), 500)'] } },
  });
  const ok = runBin('perf-collect', ['--run-profile'], { cwd: dir });
  t.equal(ok.code, 0, ok.stderr);
  t.match(ok.stderr, /driver done/, "the driver's output goes to stderr");
  const records = parseRecords(ok.stdout);
  t.equal(records[0]!.scenario.mainMetric, 'wall_time');
  t.ok(records.some((rec) => rec.type === 'profile' && rec.kind === 'cpu'));
  const broken = runBin('perf-collect', ['--run-profile', '--scenario', 'broken'], { cwd: dir });
  t.equal(broken.code, 4, broken.stderr);
  t.match(broken.stderr, /run cut short \(load-failed\): the load driver node -e setTimeout\(\(\) => process\.exit\(5\), 500\) exited with code 5/);
  t.ok(parseRecords(broken.stdout).some((rec) => rec.type === 'profile'), 'the profile of the window is still emitted');
});

t.test('--dry-run says what would run and runs nothing', async (t) => {
  const dir = tempRoot('perf-run-dry-');
  const marker = join(dir, 'ran');
  const r = runBin('perf-collect', ['--run-profile', '--dry-run', '--', 'node', '-e', `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')`], { cwd: dir });
  t.equal(r.code, 0, r.stderr);
  t.equal(r.stdout, '', 'no records');
  t.match(r.stderr, /dry run, nothing started: scenario 'ad-hoc' \(ad hoc\)/);
  // NODE_OPTIONS already set (here: tap's own loader) is kept, ours appended.
  t.match(r.stderr, /env: NODE_OPTIONS=\S*.*--import=file:\/\/\S+node-preload\.js PERF_NODE_PROF_DIR=/);
  t.match(r.stderr, /profiler: node: V8 CPU profiler/);
  t.match(r.stderr, /load: none: the program itself is the workload/);
  await new Promise((r) => setTimeout(r, 300));
  t.notOk(existsSync(marker), 'the command did not run');
});
