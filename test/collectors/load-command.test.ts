// The command and none loads' neighbours: a user's own load driver that runs
// to its end, one that fails, and --dry-run, which runs nothing at all.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { parseRecords, runBin, tempRoot } from '../helpers.js';
import { freePort, writeScenarios } from './backend-run.js';

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
  const whole = runBin('perf-profiler', ['--run-profile', '--dry-run', '--root', dir, '--', 'node', '-e', `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')`], { cwd: dir });
  t.equal(whole.code, 0, `perf-profiler too: ${whole.stderr}`);
  t.match(whole.stderr, /dry run, nothing started/);
  t.equal(whole.stdout, '', 'no artifacts: nothing ran, nothing to write');
  await new Promise((r) => setTimeout(r, 300));
  t.notOk(existsSync(marker), 'the command did not run');
});
