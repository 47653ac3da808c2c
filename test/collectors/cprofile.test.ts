// The cprofile profiler (Python's deterministic cProfile through the shipped
// runner) on real Python programs through the real bins.
import { join } from 'node:path';
import t from 'tap';
import { FIXTURES, hasCommand, runBin, tempRoot } from '../helpers.js';
import { freePort, hotspots, metric, profiledRun, pythonServerScenario, writeScenarios } from './backend-run.js';

const program = join(FIXTURES, 'programs', 'python-dups');
const noPython = hasCommand('python3') ? false : 'python3 is not installed';

t.test('a batch script: every call timed, the planted function leads', { skip: noPython }, async (t) => {
  const dir = tempRoot('collect-cprofile-');
  const r = profiledRun(['--profiler', 'cprofile', '--', 'python3', join(program, 'dups.py'), '5000'], { cwd: dir, top: 5 });
  t.equal(r.code, 0, r.stderr);
  const profiles = r.records.filter((rec) => rec.type === 'profile');
  t.ok(profiles.length >= 1);
  t.ok(profiles.every((p) => p.sourceFormat === 'cprofile' && p.profileId.startsWith('cprofile-')));
  const kind = profiles[0]!.kind as string;
  t.equal(hotspots(r.records, kind)[0], 'find_duplicates');
  t.ok(hotspots(r.records, kind, 'cum').includes('main'));
  t.equal(metric(r.records, 'exit_code'), 0);
});

t.test('a server stopped with SIGTERM still writes its profile', { skip: noPython }, async (t) => {
  const dir = tempRoot('collect-cprofile-');
  const port = await freePort();
  writeScenarios(dir, { default: pythonServerScenario(join(program, 'server.py'), port, { name: 'cprofile' }) });
  // http.server's and runpy's frames sit between the module and the handler, hence a longer top list.
  const r = profiledRun([], { cwd: dir, top: 30 });
  t.equal(r.code, 0, r.stderr);
  const kind = r.records.find((rec) => rec.type === 'profile')?.kind as string;
  const diagnostics = r.records.filter((rec) => rec.type === 'diagnostic').map((rec) => rec.message).join('; ');
  t.ok(hotspots(r.records, kind, 'cum').includes('find_duplicates'), `cum: ${hotspots(r.records, kind, 'cum').join(', ')}; diagnostics: ${diagnostics}`);
  t.ok(metric(r.records, 'http_requests_per_sec')! > 0);
});

t.test('--dry-run shows the runner in cprofile mode', async (t) => {
  const r = runBin('perf-collect', ['--run-profile', '--dry-run', '--profiler', 'cprofile', '--', 'python3', '-m', 'pkg.cli', 'a'], { cwd: tempRoot('collect-cprofile-') });
  t.equal(r.code, 0, r.stderr);
  t.match(r.stderr, /command: python3 \S+sampler\.py --mode cprofile --out \S+out\.prof -- -m pkg\.cli a/);
});

t.test('a command that is not Python: one line, exit 2', async (t) => {
  const r = runBin('perf-collect', ['--run-profile', '--profiler', 'cprofile', '--', './server'], { cwd: tempRoot('collect-cprofile-') });
  t.equal(r.code, 2);
  t.match(r.stderr, /the command starts with '\.\/server' \(use the perf profiler for other programs\)/);
  t.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
});
