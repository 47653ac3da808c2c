import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { functionStats, topBySelf } from '../../lib/analysis/hotspots.js';
import { durationNs, jfrImporter, readJfrJson } from '../../lib/importers/jfr.js';
import { openSource } from '../../lib/importers/registry.js';
import { DEFAULT_LIMITS, type ImportedProfile } from '../../lib/importers/types.js';
import { totalOf } from '../../lib/model/profile.js';
import { PROFILES, hasCommand, runBin } from '../helpers.js';
import { listing, statsByName, textSource } from './listing.js';

const recording = join(PROFILES, 'java-hotapp.jfr');
const exported = join(PROFILES, 'java-hotapp-lock-io.json');
const noJdk = hasCommand('jfr') ? false : 'no JDK (CI installs openjdk-17-jdk-headless)';

/** Event counts as the JDK's own `jfr summary` reports them. */
function summaryCounts(): Map<string, number> {
  const text = execFileSync('jfr', ['summary', recording], { encoding: 'utf8' });
  return new Map([...text.matchAll(/^\s*(jdk\.\w+)\s+(\d+)\s+\d+\s*$/gm)].map((m) => [m[1]!, Number(m[2])]));
}

const byLabel = (imported: ImportedProfile[], label: string) => imported.find((p) => p.label === label)!;

t.test('sniffs a .jfr recording by its magic and a jfr print --json export by its start', async (t) => {
  t.equal(jfrImporter.sniff(readFileSync(recording).subarray(0, 4096), recording), 'yes');
  t.equal(jfrImporter.sniff(readFileSync(exported).subarray(0, 4096), exported), 'yes');
  t.equal(jfrImporter.sniff(Buffer.from('{"traceEvents": []}'), 'x'), 'no');
  t.equal(jfrImporter.sniff(Buffer.from('FLR'), 'x'), 'no');
});

t.test('a .jfr recording converts through jfr print into one profile per kind', { skip: noJdk }, async (t) => {
  const imported = await jfrImporter.parse(await openSource(recording), DEFAULT_LIMITS);
  t.same(imported.map((p) => `${p.kind}/${p.label}`), ['cpu/cpu', 'wall/native', 'alloc/alloc', 'lock/lock', 'wall/io']);
  const counts = summaryCounts();
  const cpu = byLabel(imported, 'cpu');
  t.equal(totalOf(cpu.profile, 0), counts.get('jdk.ExecutionSample'), 'every execution sample counted');
  t.equal(totalOf(byLabel(imported, 'lock').profile, 0), counts.get('jdk.JavaMonitorEnter'), 'every monitor enter counted');
  t.equal(totalOf(byLabel(imported, 'io').profile, 0), counts.get('jdk.FileRead')! + counts.get('jdk.FileWrite')!, 'every file read and write');
  t.equal(totalOf(byLabel(imported, 'alloc').profile, 0), counts.get('jdk.ObjectAllocationSample'), 'every allocation sample');

  const top = (label: string) => topBySelf(functionStats(byLabel(imported, label).profile), 1)[0]!.name;
  t.equal(top('cpu'), 'demo.HotApp.spin', 'the planted hot method leads cpu');
  t.equal(top('alloc'), 'demo.HotApp.allocate', 'the allocation-heavy method leads alloc');
  t.equal(top('lock'), 'demo.HotApp.contend', 'the synchronized method leads lock');
  t.ok(statsByName(byLabel(imported, 'io').profile).get('demo.HotApp.io')![1] > 0, 'io time is under HotApp.io');
  const spin = cpu.profile.frames.find((f) => f.name === 'demo.HotApp.spin')!;
  t.equal(spin.file, 'demo.HotApp', 'the class stands in for the source file');
  t.ok(spin.line >= 19 && spin.line <= 25, `hot line ${spin.line} is inside spin`);
  t.ok(cpu.profile.samples.every((s) => s.labels?.thread), 'every sample carries its thread');
  t.ok(cpu.profile.samples.some((s) => s.labels?.thread === 'contender-0'), 'thread names kept');
  const lock = byLabel(imported, 'lock').profile;
  t.same(lock.sampleTypes[lock.defaultSampleIndex], { type: 'delay', unit: 'nanoseconds' }, 'lock weighted by duration');
  t.matchSnapshot(listing(imported, 4), 'kinds, totals and top functions');

  // The exported JSON of the same recording gives the same lock profile.
  const fromJson = await readJfrJson((await openSource(exported)).open(), exported);
  t.same(fromJson.map((p) => p.label), ['lock', 'io']);
  t.same(statsByName(byLabel(fromJson, 'lock').profile), statsByName(lock), 'JSON export and recording agree');
});

t.test('reads an exported JSON as a stream, never whole, whatever the chunking', async (t) => {
  const text = readFileSync(exported, 'utf8');
  const whole = await jfrImporter.parse(textSource(text, 'export.json', { noReadAll: true }), DEFAULT_LIMITS);
  const { Readable } = await import('node:stream');
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += 977) pieces.push(text.slice(i, i + 977));
  const chunked = await readJfrJson(Readable.from(pieces), 'export.json');
  t.same(chunked.map((p) => statsByName(p.profile)), whole.map((p) => statsByName(p.profile)));
});

t.test('ISO-8601 durations as jfr prints them', async (t) => {
  t.equal(durationNs('PT0.02038204S', 'x'), 20_382_040);
  t.equal(durationNs('PT1M2.5S', 'x'), 62_500_000_000);
  t.equal(durationNs('PT1H', 'x'), 3_600_000_000_000);
  t.equal(durationNs('PT0S', 'x'), 0);
  t.throws(() => durationNs('20 ms', 'f.json:7'), { message: /^f\.json:7: expected an ISO-8601 duration such as "PT0\.5S", got "20 ms"$/ });
});

t.test('refuses corrupt input with the place and what was expected', async (t) => {
  const parse = (text: string) => jfrImporter.parse(textSource(text, 'bad.json'), DEFAULT_LIMITS);
  const event = (values: object) => JSON.stringify({ recording: { events: [{ type: 'jdk.JavaMonitorEnter', values }] } }, null, 1);
  const frames = [{ method: { type: { name: 'a/B' }, name: 'c' }, lineNumber: 3 }];
  await t.rejects(parse('{"recording": {"events": [\n{"type": "jdk.ExecutionSample",\n'), { code: 'bad-input', message: /^bad\.json:3: a `jfr print --json` export ends early \(truncated JSON\)$/ });
  await t.rejects(parse('{"recording": {"events": [\n{"type": "x", "values": {,}}]}}'), { message: /^bad\.json:2: invalid JSON in an element/ });
  await t.rejects(parse(event({ stackTrace: { frames }, duration: 'soon' })), { message: /^bad\.json:\d+: expected an ISO-8601 duration/ });
  await t.rejects(parse(event({ stackTrace: { frames: [{ method: { name: 'c' } }] }, duration: 'PT1S' })), { message: /^bad\.json:\d+: jdk\.JavaMonitorEnter frame 0 needs method\.type\.name and method\.name$/ });
  await t.rejects(parse('{"recording": {"events": []}}'), { message: /^bad\.json: no profiling events; expected some of: jdk\.ExecutionSample/ });
  await t.rejects(parse('{"recording": {"other": []}}'), { message: /^bad\.json: expected a `jfr print --json` export: no "recording\.events" array$/ });
  const [lock] = await parse(event({ stackTrace: { frames }, duration: 'PT0.5S', eventThread: { javaName: 'w' } }));
  t.same(lock!.profile.samples, [{ stack: [0], values: [1, 500_000_000], labels: { thread: 'w', state: 'lock', call: 'monitor enter' } }]);
});

t.test('every listed event type lands in its kind with its weight', async (t) => {
  const frames = (m: string) => [{ method: { type: { name: 'app/Svc' }, name: m }, lineNumber: 7 }];
  const ev = (type: string, values: object) => ({ type, values: { eventThread: { javaName: 't1' }, ...values } });
  const doc = {
    recording: {
      events: [
        ev('jdk.ObjectAllocationInNewTLAB', { stackTrace: { frames: frames('alloc') }, tlabSize: 4096, allocationSize: 24 }),
        ev('jdk.ObjectAllocationSample', { stackTrace: { frames: frames('alloc') }, weight: 100 }),
        ev('jdk.ThreadPark', { stackTrace: { frames: frames('park') }, duration: 'PT0.25S' }),
        ev('jdk.SocketRead', { stackTrace: { frames: frames('recv') }, duration: 'PT0.1S' }),
        ev('jdk.SocketWrite', { stackTrace: { frames: frames('send') }, duration: 'PT0.05S' }),
        ev('jdk.NativeMethodSample', { stackTrace: { frames: frames('poll') } }),
        ev('jdk.GarbageCollection', { duration: 'PT1S' }),
      ],
    },
  };
  const imported = await readJfrJson((await import('node:stream')).Readable.from([JSON.stringify(doc)]), 'synthetic.json');
  const summary = imported.map((p) => [p.kind, p.label, p.profile.samples.map((s) => [p.profile.frames[s.stack[0]!]!.name, ...s.values])]);
  t.same(summary, [
    ['wall', 'native', [['app.Svc.poll', 1]]],
    ['alloc', 'alloc', [['app.Svc.alloc', 2, 4196]]],
    ['lock', 'lock', [['app.Svc.park', 1, 250_000_000]]],
    ['wall', 'io', [['app.Svc.recv', 1, 100_000_000], ['app.Svc.send', 1, 50_000_000]]],
  ]);
});

t.test('a corrupt .jfr is reported with jfr\'s own reason', { skip: noJdk }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'jfr-bad-'));
  const bad = join(dir, 'cut.jfr');
  writeFileSync(bad, readFileSync(recording).subarray(0, 3000));
  const r = runBin('perf-collect', ['--input', bad]);
  t.equal(r.code, 2);
  t.match(r.stderr, new RegExp(`^perf-collect: ${bad}: jfr could not read it: .+\\n$`));
  t.equal(r.stdout, '', 'nothing half-written');
});

t.test('without a JDK: exit 1 naming jfr and what to install', async (t) => {
  const bin = mkdtempSync(join(tmpdir(), 'no-jdk-'));
  symlinkSync(process.execPath, join(bin, 'node'));
  const r = runBin('perf-collect', ['--input', recording], { env: { PATH: bin } });
  t.equal(r.code, 1);
  t.match(r.stderr, /^perf-collect: jfr not found on PATH; it is needed to read the JFR recording .*java-hotapp\.jfr: install a JDK 11 or newer \(Debian: apt-get install openjdk-17-jdk-headless\)/);
  t.equal(r.stderr.split('\n').length, 2, 'one line');
  t.equal(r.stdout, '');
  const json = runBin('perf-collect', ['--input', exported], { env: { PATH: bin } });
  t.equal(json.code, 0, 'an exported JSON needs no JDK');
});

t.test('a .jfr on stdin is a usage error that says why', async (t) => {
  const r = runBin('perf-collect', ['--input', '-'], { input: readFileSync(recording) });
  t.equal(r.code, 2);
  t.match(r.stderr, /a \.jfr recording must be given as a file path/);
});

t.test('thread states as labels: the event says io, lock, sleeping or running; a native sample its leaf', async (t) => {
  const frames = (...names: string[]) => names.map((n) => ({ method: { type: { name: n.slice(0, n.lastIndexOf('.')).replace(/\./g, '/') }, name: n.slice(n.lastIndexOf('.') + 1) }, lineNumber: 1 }));
  const ev = (type: string, values: object) => ({ type, values: { duration: 'PT0.01S', ...values } });
  const doc = {
    recording: {
      events: [
        ev('jdk.ExecutionSample', { stackTrace: { frames: frames('app.Svc.work') } }),
        ev('jdk.SocketRead', { stackTrace: { frames: frames('app.Svc.recv') }, host: 'db', port: 5432 }),
        ev('jdk.FileWrite', { stackTrace: { frames: frames('app.Svc.save') }, path: '/var/x.log' }),
        ev('jdk.JavaMonitorWait', { stackTrace: { frames: frames('java.lang.Object.wait', 'app.Svc.take') } }),
        ev('jdk.ThreadPark', { stackTrace: { frames: frames('jdk.internal.misc.Unsafe.park', 'java.util.concurrent.locks.ReentrantLock.lock', 'app.Svc.update') } }),
        ev('jdk.ThreadPark', { stackTrace: { frames: frames('jdk.internal.misc.Unsafe.park', 'java.util.concurrent.ThreadPoolExecutor.getTask') } }),
        ev('jdk.ThreadSleep', { stackTrace: { frames: frames('java.lang.Thread.sleep', 'app.Svc.backoff') } }),
        ev('jdk.NativeMethodSample', { stackTrace: { frames: frames('sun.nio.ch.Net.poll', 'app.Svc.recv') } }),
        ev('jdk.NativeMethodSample', { stackTrace: { frames: frames('java.io.FileInputStream.readBytes', 'app.Svc.load') } }),
        ev('jdk.NativeMethodSample', { stackTrace: { frames: frames('java.util.zip.Inflater.inflateBytesBytes', 'app.Svc.unzip') } }),
      ],
    },
  };
  const imported = await readJfrJson((await import('node:stream')).Readable.from([JSON.stringify(doc)]), 'states.json');
  const labels = imported.flatMap((p) => p.profile.samples.map((s) => [p.label, p.profile.frames[s.stack[s.stack.length - 1]!]!.name, s.labels]));
  t.same(labels, [
    ['cpu', 'app.Svc.work', { state: 'running' }],
    ['native', 'app.Svc.recv', { state: 'io', call: 'poll' }],
    ['native', 'app.Svc.load', { state: 'io', call: 'readBytes' }],
    ['native', 'app.Svc.unzip', { state: 'running', call: 'inflateBytesBytes' }],
    ['lock', 'app.Svc.take', { state: 'lock', call: 'monitor wait' }],
    ['lock', 'app.Svc.update', { state: 'lock', call: 'park' }],
    ['lock', 'java.util.concurrent.ThreadPoolExecutor.getTask', { state: 'waiting', call: 'park' }],
    ['io', 'app.Svc.recv', { state: 'io', call: 'socket read', target: 'db:5432' }],
    ['io', 'app.Svc.save', { state: 'io', call: 'file write', target: '/var/x.log' }],
    ['sleep', 'app.Svc.backoff', { state: 'sleeping', call: 'sleep' }],
  ]);
});
