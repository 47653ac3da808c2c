// A target that accepts connections but never answers: the ready check and
// the load driver's per-request timeout end the run as cut short (exit 4),
// with a diagnostic that names the cause; the profile is kept and no process
// of the run is left.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { parseRecords, runBin, tempRoot } from '../helpers.js';
import { freePort, writeScenarios } from './backend-run.js';
import { survivors } from './run-helpers.js';

/** Accepts every connection, reads what is sent, never writes a byte. */
const hung = (pidFile: string, port: number) =>
  `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); require('net').createServer((s) => s.on('data', () => {})).listen(${port}, '127.0.0.1', () => console.log('listening'))`;

const cutShort = (stdout: string) => parseRecords(stdout).filter((r) => r.code === 'run-cut-short');

t.test('ready over http: each attempt times out; the run says the target never answers', async (t) => {
  const dir = tempRoot('perf-run-hung-ready-');
  const port = await freePort();
  const pidFile = join(dir, 'pid');
  writeScenarios(dir, {
    default: { command: ['node', '-e', hung(pidFile, port)], profiler: { name: 'node' }, ready: { http: `http://127.0.0.1:${port}/`, timeoutMs: 3000 }, load: { kind: 'http', url: `http://127.0.0.1:${port}/` } },
  });
  const r = runBin('perf-collect', ['--run-profile'], { cwd: dir });
  t.equal(r.code, 4, r.stderr);
  t.match(r.stderr, /run cut short \(ready-timeout\): .*last attempt: GET http:\/\/127\.0\.0\.1:\d+\/ got no response within 1 s \(the port accepts connections, the target never answers\)/);
  t.same(cutShort(r.stdout).map((d) => d.reason), ['ready-timeout']);
  t.same(survivors(Number(readFileSync(pidFile, 'utf8'))), [], 'the hung target is gone');
});

t.test('ready by its output line, then a load that gets no answer: load-failed names the hang, the profile is kept', async (t) => {
  const dir = tempRoot('perf-run-hung-load-');
  const port = await freePort();
  const pidFile = join(dir, 'pid');
  writeScenarios(dir, {
    default: {
      command: ['node', '-e', hung(pidFile, port)],
      profiler: { name: 'node', kinds: ['cpu'] },
      ready: { line: 'listening' },
      durationS: 3,
      load: { kind: 'http', url: `http://127.0.0.1:${port}/`, connections: 2, timeoutMs: 1000 },
    },
  });
  const r = runBin('perf-collect', ['--run-profile'], { cwd: dir });
  t.equal(r.code, 4, r.stderr);
  t.match(r.stderr, /run cut short \(load-failed\): the target at http:\/\/127\.0\.0\.1:\d+\/ accepted connections but answered none of \d+ requests \(\d+ timed out after 1 s, \d+ still pending when the load ended\): it is hung or never responds/);
  const records = parseRecords(r.stdout);
  t.same(cutShort(r.stdout).map((d) => d.reason), ['load-failed']);
  t.ok(records.some((x) => x.type === 'profile' && x.kind === 'cpu'), 'the CPU profile of the window is kept');
  t.same(survivors(Number(readFileSync(pidFile, 'utf8'))), [], 'the hung target is gone');
});
