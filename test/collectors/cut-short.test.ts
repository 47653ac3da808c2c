// Ways a run can be cut short besides Ctrl-C (run.test.ts) and a failing
// command driver (load.test.ts): ready timeout, early exit, an http load that
// reaches nothing; each checked for its records, its exit code and for
// leaving no process behind.
import { readFileSync } from 'node:fs';
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
    default: { command: ['node', '-e', script], ready: { line: 'never printed', timeoutMs: 3000 }, load: { kind: 'http', url: 'http://127.0.0.1:9/' } },
  });
  const r = runBin('perf-collect', ['--run-profile'], { cwd: dir });
  t.equal(r.code, 4, r.stderr);
  t.match(r.stderr, /run cut short \(ready-timeout\): the target was not ready in time \(a line matches \/never printed\/ \(timeout 3 s\)\); its last output: starting slowly/);
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

t.test('an http load that reaches nothing: load-failed, exit 4', async (t) => {
  const dir = tempRoot('perf-run-http-fail-');
  const [up, nobody] = [await freePort(), await freePort()];
  writeScenarios(dir, {
    default: {
      command: ['node', '-e', `require('net').createServer().listen(${up}, '127.0.0.1', () => console.log('up'))`],
      ready: { tcp: up },
      durationS: 1,
      load: { kind: 'http', url: `http://127.0.0.1:${nobody}/`, connections: 1 },
    },
  });
  const r = runBin('perf-collect', ['--run-profile'], { cwd: dir });
  t.equal(r.code, 4, r.stderr);
  t.match(r.stderr, new RegExp(`run cut short \\(load-failed\\): no request to http://127\\.0\\.0\\.1:${nobody}/ succeeded \\(\\d+ connection errors, 0 non-2xx\\)`));
  const records = parseRecords(r.stdout);
  t.ok(metric(records, 'http_errors')! > 0, 'the errors are measured');
});
