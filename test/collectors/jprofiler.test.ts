// The jprofiler profiler. JProfiler is commercial and cannot be installed
// here, so this tests what can run without it: the messages when it is
// missing, and the agent and jpexport arguments it would use.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import t from 'tap';
import type { Spawn } from '../../lib/base/io.js';
import { agentLibrary, agentOption, jpexportArgs, jprofilerCollector, jprofilerSettings } from '../../lib/collectors/jprofiler.js';
import type { CollectorContext } from '../../lib/collectors/types.js';
import { PROFILES, runBin, tempRoot } from '../helpers.js';
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

/**
 * jpexport as far as it can run here: every call recorded, and the export it would write (the
 * JProfiler call tree fixture) copied to the path asked for; `fail` answers as a failing export.
 */
function jpexportStandIn(calls: string[][], fail = false): Spawn {
  return ((file: string, args: string[]) => {
    calls.push([file, ...args]);
    if (fail) return execa('sh', ['-c', 'echo "snapshot is corrupt" >&2; exit 3'], { reject: false });
    copyFileSync(join(PROFILES, 'jprofiler', 'hotapp-calltree.xml'), args.at(-1)!);
    return execa('true', [], { reject: false });
  }) as unknown as Spawn;
}

t.test('collect: jpexport through the context\'s spawn (io.spawn), its call tree imported; a failed export named', async (t) => {
  const dir = tempRoot('collect-jprofiler-');
  mkdirSync(join(dir, 'snapshots'));
  writeFileSync(join(dir, 'snapshots', 'run.jps'), 'snapshot');
  const calls: string[][] = [];
  const ctxOf = (spawn: Spawn) =>
    ({ scenario: { name: 's', command: ['java'], load: { kind: 'none' }, env: { JPROFILER_HOME: '/opt/jp' } }, settings, cwd: dir, workDir: dir, env: {}, spawn, clock: Date.now, log: () => {} }) as unknown as CollectorContext;
  const profiles = await jprofilerCollector.collect(ctxOf(jpexportStandIn(calls)));
  t.same(calls, [['/opt/jp/bin/jpexport', join(dir, 'snapshots', 'run.jps'), 'CallTree', '-format=xml', join(dir, 'calltree.xml')]]);
  t.same(profiles.map((p) => [p.kind, p.sourceFormat]), [['cpu', 'jprofiler']]);
  t.ok(profiles[0]!.profile.frames.some((f) => f.name === 'demo.HotApp.spin'), 'the call tree\'s hot method is in the profile');
  await t.rejects(jprofilerCollector.collect(ctxOf(jpexportStandIn([], true))), { code: 'runtime', message: /^jpexport failed on .*run\.jps: snapshot is corrupt$/ });
});
