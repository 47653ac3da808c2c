// The jprofiler profiler. JProfiler is commercial and cannot be installed
// here, so this tests what can run without it: the messages when it is
// missing, and the agent and jpexport arguments it would use.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { agentLibrary, agentOption, jpexportArgs, jprofilerSettings } from '../../lib/collectors/jprofiler.js';
import type { CollectorContext } from '../../lib/collectors/types.js';
import { runBin, tempRoot } from '../helpers.js';
import { writeScenarios } from './backend-run.js';

const settings = { name: 'jprofiler', config: 'jprofiler_config.xml', sessionId: 1234, snapshot: 'snapshots/run.jps' };

t.test('without JPROFILER_HOME: how to export by hand and import with --input, exit 1', async (t) => {
  const dir = tempRoot('collect-jprofiler-');
  writeScenarios(dir, { default: { command: ['java', '-jar', 'app.jar'], profiler: settings, load: { kind: 'none' } } });
  const r = runBin('perf-collect', ['--run-profile'], { cwd: dir, env: { JPROFILER_HOME: '' } });
  t.equal(r.code, 1);
  t.match(r.stderr, /JPROFILER_HOME is not set/);
  t.match(r.stderr, /jpexport snapshot\.jps CallTree -format=xml calltree\.xml/);
  t.match(r.stderr, /perf-collect --input calltree\.xml/);
  t.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  t.equal(r.stdout, '');
});

t.test('JPROFILER_HOME without the agent: names the missing file', async (t) => {
  const dir = tempRoot('collect-jprofiler-');
  const home = join(dir, 'jprofiler14');
  mkdirSync(join(home, 'bin'), { recursive: true });
  writeScenarios(dir, { default: { command: ['java', '-jar', 'app.jar'], profiler: settings, load: { kind: 'none' } } });
  const r = runBin('perf-collect', ['--run-profile'], { cwd: dir, env: { JPROFILER_HOME: home } });
  t.equal(r.code, 1);
  t.match(r.stderr, `agent ${agentLibrary(home)} not found under JPROFILER_HOME=${home}`);
});

t.test('a scenario missing a setting: usage error naming it', async (t) => {
  const dir = tempRoot('collect-jprofiler-');
  writeScenarios(dir, { default: { command: ['java', 'App'], profiler: { name: 'jprofiler', config: 'c.xml' }, load: { kind: 'none' } } });
  const r = runBin('perf-collect', ['--run-profile', '--dry-run'], { cwd: dir, env: { JPROFILER_HOME: '/opt/jprofiler14' } });
  t.equal(r.code, 2);
  t.match(r.stderr, /needs profiler\.sessionId/);
});

t.test('--dry-run: the offline agent in JAVA_TOOL_OPTIONS', async (t) => {
  const dir = tempRoot('collect-jprofiler-');
  writeFileSync(join(dir, 'jprofiler_config.xml'), '<config/>');
  writeScenarios(dir, { default: { command: ['java', '-jar', 'app.jar'], profiler: settings, load: { kind: 'none' } } });
  const r = runBin('perf-collect', ['--run-profile', '--dry-run'], { cwd: dir, env: { JPROFILER_HOME: '/opt/jprofiler14', JAVA_TOOL_OPTIONS: '' } });
  t.equal(r.code, 0, r.stderr);
  t.match(r.stderr, `JAVA_TOOL_OPTIONS=-agentpath:/opt/jprofiler14/bin/linux-x64/libjprofilerti.so=offline,id=1234,config=${join(dir, 'jprofiler_config.xml')}`);
});

t.test('argument building', async (t) => {
  const ctx = {
    scenario: { name: 's', command: ['java'], load: { kind: 'none' }, env: { JPROFILER_HOME: '/opt/jp' } },
    settings,
    cwd: '/srv/app',
  } as unknown as CollectorContext;
  const s = jprofilerSettings(ctx);
  t.same(s, {
    home: '/opt/jp',
    agent: '/opt/jp/bin/linux-x64/libjprofilerti.so',
    jpexport: '/opt/jp/bin/jpexport',
    config: '/srv/app/jprofiler_config.xml',
    sessionId: '1234',
    snapshot: '/srv/app/snapshots/run.jps',
  });
  t.equal(agentOption(s), '-agentpath:/opt/jp/bin/linux-x64/libjprofilerti.so=offline,id=1234,config=/srv/app/jprofiler_config.xml');
  t.same(jpexportArgs(s, '/tmp/w/calltree.xml'), ['/srv/app/snapshots/run.jps', 'CallTree', '-format=xml', '/tmp/w/calltree.xml']);
  t.equal(agentLibrary('/opt/jp', 'arm64'), '/opt/jp/bin/linux-aarch64/libjprofilerti.so');
  t.throws(() => agentOption({ ...s, config: '/my configs/c.xml' }), /paths with spaces or commas/);
});
