// Memory over the window of a real JVM: the JVM is found by the recording its
// JAVA_TOOL_OPTIONS names, asked for a GC at each edge and for a dump at the
// end through the context's spawn, and the dump is read into the retention
// profile (objects kept inside the window, by the method that allocated them,
// with what holds them) and the heap series (with the live heap at both edges).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import t from 'tap';
import type { Spawn } from '../../lib/base/io.js';
import { RECORDING_NAME, javaName, jvmPids, onJfrWindowEnd, onJfrWindowStart, readJfrMemory, referrerChain } from '../../lib/collectors/jfr-memory.js';
import { flightRecorderOption, recordingPath } from '../../lib/collectors/jfr.js';
import type { CollectorContext } from '../../lib/collectors/types.js';
import { FIXTURES, hasCommand } from '../helpers.js';

const noJdk = hasCommand('java') && hasCommand('jcmd') && hasCommand('jfr') ? false : 'no JDK (java, jcmd, jfr) installed (Debian: openjdk-17-jdk-headless)';

/** A context whose spawns and clock readings are noted, around the real ones. */
function contextFor(workDir: string): { ctx: CollectorContext; spawned: string[][]; clockReadings: number[]; logs: string[] } {
  const spawned: string[][] = [];
  const clockReadings: number[] = [];
  const logs: string[] = [];
  const spawn = ((file: string, args: string[], options: object) => {
    spawned.push([file, ...args]);
    return execa(file, args, options);
  }) as unknown as Spawn;
  const scenario = { name: 'keep', command: ['java'], load: { kind: 'none' as const } };
  const ctx: CollectorContext = {
    scenario,
    settings: { name: 'jfr' },
    cwd: workDir,
    workDir,
    env: process.env,
    signal: new AbortController().signal,
    spawn,
    clock: () => {
      const now = Date.now();
      clockReadings.push(now);
      return now;
    },
    log: (m) => logs.push(m),
  };
  return { ctx, spawned, clockReadings, logs };
}

t.test('a JVM keeping objects before and inside the window', { skip: noJdk }, async (t) => {
  const workDir = mkdtempSync(join(tmpdir(), 'jfr-memory-'));
  const { ctx, spawned, clockReadings, logs } = contextFor(workDir);
  const jvm = execa('java', [join(FIXTURES, 'programs', 'jfr-memory', 'Keep.java')], {
    env: { ...process.env, JAVA_TOOL_OPTIONS: flightRecorderOption(ctx) },
    stdin: 'pipe',
    stderr: 'ignore',
    reject: false,
  });
  t.teardown(() => {
    jvm.kill('SIGKILL');
  });
  // The program's own lines, past what Flight Recorder logs on stdout as it starts.
  const lines = jvm.iterable({ from: 'stdout' })[Symbol.asyncIterator]();
  const next = async (): Promise<string | undefined> => {
    for (let line = await lines.next(); !line.done; line = await lines.next()) if (!String(line.value).startsWith('[')) return String(line.value);
    return undefined;
  };
  t.equal(await next(), 'ready');

  t.same(jvmPids(recordingPath(ctx)), [jvm.pid], 'the JVM is found by the recording its environment names');
  t.same(jvmPids(join(workDir, 'other.jfr')), [], 'and only by its own recording');

  await onJfrWindowStart(ctx, recordingPath(ctx), 'jcmd');
  jvm.stdin!.write('go\n');
  t.equal(await next(), 'kept');
  await onJfrWindowEnd(ctx);
  t.same(logs, [], 'every jcmd call succeeded');

  const dump = join(workDir, `window-${jvm.pid}.jfr`);
  t.same(spawned, [
    ['jcmd', String(jvm.pid), 'GC.run'],
    ['jcmd', String(jvm.pid), 'GC.run'],
    ['jcmd', String(jvm.pid), 'JFR.dump', `name=${RECORDING_NAME}`, `filename=${dump}`, 'path-to-gc-roots=true'],
  ], 'GC at each edge, then the dump with paths to GC roots, through the context spawn');
  t.equal(clockReadings.length, 2, 'the edges are read from the context clock');

  const memory = await readJfrMemory(ctx, 'jfr', undefined);
  const [series] = memory.series;
  t.equal(series?.stat, 'heap_used');
  t.ok(series!.points.length >= 2, `a heap reading after each GC: ${series!.points.length}`);
  t.same(series!.points.map((p) => p.tMs), [...series!.points.map((p) => p.tMs)].sort((a, b) => a - b), 'points in time order');
  const live = series!.live!;
  // 300 objects of 256 KiB kept inside the window: the live heap grew by 75 MiB.
  t.ok(live.end - live.start > 70 * 2 ** 20, `live heap at the edges: ${live.start} -> ${live.end}`);

  const retention = memory.retention!;
  t.equal(retention.kind, 'heap');
  const profile = retention.profile;
  const stacks = profile.samples.map((s) => s.stack.map((id) => profile.frames[id]!.name));
  t.ok(stacks.length > 0, 'sampled objects still alive');
  t.ok(stacks.some((names) => names.includes('Keep.keepInside')), 'objects kept inside the window, by their allocating method');
  t.notOk(stacks.some((names) => names.includes('Keep.keepBefore')), 'none allocated before the window opened');
  t.ok(profile.samples.every((s) => s.labels?.['pid'] === String(jvm.pid)), 'each sample names its JVM');
  const held = profile.samples.map((s) => s.labels?.['heldBy']);
  t.ok(held.includes('byte[] <- java.lang.Object[] <- java.util.ArrayList.elementData <- java.lang.Class.kept'), `what holds the byte[]s, in Java's names: ${JSON.stringify([...new Set(held)])}`);
  jvm.stdin!.end();
  await jvm;
});

t.test('no window opened (no jcmd): nothing to read', async (t) => {
  const { ctx, spawned } = contextFor(mkdtempSync(join(tmpdir(), 'jfr-memory-')));
  await onJfrWindowStart(ctx, recordingPath(ctx), undefined);
  await onJfrWindowEnd(ctx);
  t.same(spawned, []);
  t.same(await readJfrMemory(ctx, 'jfr', undefined), { series: [] });
});

t.test('a jcmd that fails is a log line, and the window reads as nothing', async (t) => {
  const workDir = mkdtempSync(join(tmpdir(), 'jfr-memory-'));
  const { ctx, spawned, logs } = contextFor(workDir);
  // Not a JVM, but its environment names the recording as a JVM of this run would.
  const sleeper = execa('sleep', ['30'], { env: { ...process.env, JAVA_TOOL_OPTIONS: flightRecorderOption(ctx) }, reject: false });
  t.teardown(() => {
    sleeper.kill('SIGKILL');
  });
  await new Promise((resolve) => sleeper.once('spawn', resolve));
  await onJfrWindowStart(ctx, recordingPath(ctx), 'false');
  await onJfrWindowEnd(ctx);
  t.same(spawned.map((argv) => argv.slice(1, 3)), [[String(sleeper.pid), 'GC.run'], [String(sleeper.pid), 'GC.run'], [String(sleeper.pid), 'JFR.dump']]);
  t.equal(logs.length, 3, logs.join('\n'));
  t.match(logs[0], new RegExp(`^jfr: jcmd ${sleeper.pid} GC.run failed \\(`));
  t.same(await readJfrMemory(ctx, 'jfr', undefined), { series: [] }, 'no dump: no series, no retention');
});

t.test('what holds a sampled object, innermost first', async (t) => {
  const object = {
    type: { name: 'byte[]' },
    referrer: {
      field: { name: 'value' },
      object: { type: { name: 'java/util/HashMap$Node' }, referrer: { field: { name: 'table' }, object: { type: { name: 'java/util/HashMap' }, referrer: { field: null, object: { type: { name: 'Deep' } } } } } },
    },
  };
  t.equal(referrerChain(object), 'byte[] <- java.util.HashMap$Node.value <- java.util.HashMap.table <- Deep');
  t.equal(referrerChain(object, 2), 'byte[] <- java.util.HashMap$Node.value');
  t.equal(referrerChain(null), '');
  t.equal(referrerChain({ type: { name: '[B' }, referrer: { field: null, object: { type: { name: '[Ljava/lang/Object;' } } } }), 'byte[] <- java.lang.Object[]');
});

t.test("JVM type names as Java writes them", async (t) => {
  t.same(['java/util/HashMap', '[B', '[[I', '[Ljava/lang/String;', '[[Ljava/util/Map$Entry;', 'Keep'].map(javaName), ['java.util.HashMap', 'byte[]', 'int[][]', 'java.lang.String[]', 'java.util.Map$Entry[][]', 'Keep']);
});
