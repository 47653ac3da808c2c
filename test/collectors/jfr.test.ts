// The jfr profiler on a real Java program through the real bins: Flight
// Recorder switched on through JAVA_TOOL_OPTIONS, read by the jfr importer.
import { join } from 'node:path';
import t from 'tap';
import { FIXTURES, hasCommand, runBin, tempRoot } from '../helpers.js';
import { build, hotspots, metric, profiledRun, profileKinds } from './backend-run.js';

const source = join(FIXTURES, 'programs', 'jfr-java', 'Hot.java');
const noJdk = hasCommand('javac') && hasCommand('jfr') ? false : 'no JDK (javac, jfr) installed (Debian: openjdk-17-jdk-headless)';

t.test('a Java program: the planted method leads the CPU profile', { skip: noJdk }, async (t) => {
  const dir = tempRoot('collect-jfr-');
  build('javac', ['-d', dir, source], dir);
  const r = profiledRun(['--profiler', 'jfr', '--', 'java', '-cp', dir, 'Hot', '2500'], { cwd: dir, top: 20 });
  t.equal(r.code, 0, r.stderr);
  t.ok(profileKinds(r.records).includes('cpu'), profileKinds(r.records).join(', '));
  // JFR keeps inlined JDK frames (at 1 ms sampling StringUTF16.checkIndex, called by scoreWords, can lead by
  // self time, as go tool pprof -top would show it); the planted method leads the program's own code.
  const bySelf = hotspots(r.records, 'cpu');
  t.equal(bySelf.filter((name) => !/^(?:java|javax|jdk|sun|com\.sun)\./.test(name))[0], 'Hot.scoreWords', `by self: ${bySelf.join(', ')}`);
  t.ok(hotspots(r.records, 'cpu', 'cum').includes('Hot.main'));
  t.ok(r.records.filter((rec) => rec.type === 'profile').every((p) => p.sourceFormat === 'jfr' && p.profileId.startsWith('jfr-')));
  t.equal(metric(r.records, 'exit_code'), 0);
});

t.test('--dry-run shows JAVA_TOOL_OPTIONS, keeping what the scenario had', async (t) => {
  const r = runBin('perf-collect', ['--run-profile', '--dry-run', '--profiler', 'jfr', '--', 'java', '-jar', 'app.jar'], {
    cwd: tempRoot('collect-jfr-'),
    env: { JAVA_TOOL_OPTIONS: '-Xmx256m' },
  });
  t.equal(r.code, 0, r.stderr);
  t.match(r.stderr, /JAVA_TOOL_OPTIONS=-Xmx256m -XX:StartFlightRecording=filename=\S+\/rec\.jfr,settings=profile,dumponexit=true/);
});

t.test('no JDK tools: one line saying what to install, exit 1', async (t) => {
  const r = runBin('perf-collect', ['--run-profile', '--profiler', 'jfr', '--', 'java', 'Hot'], { cwd: tempRoot('collect-jfr-'), env: { PATH: '/nonexistent', JAVA_HOME: '' } });
  t.equal(r.code, 1);
  t.match(r.stderr, /jfr .* not found .*openjdk-17-jdk-headless/);
  t.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  t.equal(r.stdout, '');
});
