// The pprof profiler on a real Go service with net/http/pprof, under real
// HTTP load, through the real bins; and on a Go batch job that writes its own
// CPU profile (files mode).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { endpointUrl, pprofCollector } from '../../lib/collectors/pprof.js';
import { matchFiles } from '../../lib/collectors/tool.js';
import type { CollectorContext } from '../../lib/collectors/types.js';
import { profileOfRecord } from '../../lib/records/profile-data.js';
import type { ProfileRecord } from '../../lib/records/types.js';
import { BIN, FIXTURES, hasCommand, parseRecords, runBin, sh, tempRoot } from '../helpers.js';
import { build, freePort, hotspots, metric, profiledRun, profileKinds, writeScenarios } from './backend-run.js';

const program = join(FIXTURES, 'programs', 'pprof-server');

t.test('the real Go service', { skip: hasCommand('go') ? false : 'go is not installed (Debian: golang-go)' }, async (t) => {
  const dir = tempRoot('perf-pprof-');
  const server = join(dir, 'pprofserver');
  build('go', ['build', '-o', server, '.'], program, { GOFLAGS: '-mod=mod' });
  /** The service on `port`, its pprof endpoint pulled, both routes loaded for `durationS`. */
  const serviceScenario = (port: number, durationS: number) => ({
    command: [server, '-addr', `127.0.0.1:${port}`],
    profiler: { name: 'pprof', url: `http://127.0.0.1:${port}/debug/pprof` },
    ready: { line: 'listening on', timeoutMs: 20000 },
    load: { kind: 'http', url: `http://127.0.0.1:${port}/hot`, paths: ['/hot', '/contend'], connections: 4, durationS },
  });

  t.test('goroutine snapshots: requests waiting on a slow backend are io in netpoll under the handler', async (t) => {
    const port = await freePort();
    writeScenarios(dir, {
      default: { ...serviceScenario(port, 3), load: { kind: 'http', url: `http://127.0.0.1:${port}/downstream`, connections: 4, durationS: 3 } },
    });
    const r = sh('perf-collect --run-profile', { cwd: dir });
    t.equal(r.code, 0, r.stderr);
    const record = parseRecords(r.stdout).find((rec) => rec.type === 'profile' && rec.profileId === 'pprof-goroutine') as ProfileRecord;
    t.equal(record?.kind, 'wall');
    const p = profileOfRecord(record);
    const under = p.samples.filter((s) => s.stack.some((id) => p.frames[id]!.name === 'main.callDownstream'));
    const wall = (ss: typeof under) => ss.reduce((n, s) => n + s.values[1]!, 0);
    t.ok(under.length > 0, 'goroutines seen in callDownstream');
    const io = under.filter((s) => s.labels?.state === 'io');
    const states = [...new Set(under.map((s) => `${s.labels?.state}/${s.labels?.call}`))].map((k) => `${k} ${wall(under.filter((s) => `${s.labels?.state}/${s.labels?.call}` === k))}`);
    // The round trip waits in netpoll; dialing and closing are system calls (io too), the rest is the handler running.
    t.ok(wall(io) > 0.6 * wall(under), `io ${wall(io)} of ${wall(under)} ns under callDownstream: ${states.join(', ')}`);
    t.ok(under.some((s) => s.labels?.call === 'netpoll'), 'waits in netpoll seen');
    // The block profile cannot see these waits: netpoll is not a synchronization primitive.
    t.ok(p.samples.some((s) => s.labels?.state === 'waiting' || s.labels?.state === 'running'), 'other goroutines carry their own states');
  });

  t.test('url: cpu, alloc, lock, block and heap from the measurement window', async (t) => {
    writeScenarios(dir, { default: serviceScenario(await freePort(), 3) });
    // Top 20: on a loaded machine fewer requests run, and pprof's own allocations weigh more.
    const r = profiledRun([], { cwd: dir, top: 20 });
    t.equal(r.code, 0, r.stderr);
    t.same(profileKinds(r.records), ['alloc', 'block', 'cpu', 'heap', 'lock', 'wall']);
    t.ok(hotspots(r.records, 'cpu').slice(0, 3).includes('main.hotChecksum'), `cpu top 3: ${hotspots(r.records, 'cpu').join(', ')}`);
    t.ok(hotspots(r.records, 'lock', 'cum').includes('main.contendedUpdate'), `lock cum: ${hotspots(r.records, 'lock', 'cum').join(', ')}`);
    t.ok(hotspots(r.records, 'alloc', 'cum').includes('main.buildPayload'), `alloc cum: ${hotspots(r.records, 'alloc', 'cum').join(', ')}`);
    const profiles = r.records.filter((rec) => rec.type === 'profile');
    t.same(profiles.map((p) => p.profileId).sort(), ['pprof-alloc', 'pprof-block', 'pprof-cpu', 'pprof-goroutine', 'pprof-heap', 'pprof-lock']);
    // The CPU profile covers the window (3 s), not the whole life of the server.
    const cpu = profiles.find((p) => p.kind === 'cpu')!;
    t.ok(cpu.durationNs >= 2.5e9 && cpu.durationNs < 6e9, `cpu profile lasts ${cpu.durationNs} ns`);
    t.ok(metric(r.records, 'http_requests_per_sec')! > 0);
    t.ok(metric(r.records, 'wall_time')! >= 2.5);
  });

  t.test('Ctrl-C in the window: no CPU profile, but the totals since start are still taken', async (t) => {
    writeScenarios(dir, { long: serviceScenario(await freePort(), 60) });
    const child = spawn(process.execPath, [join(BIN, 'perf-collect.js'), '--run-profile', '--scenario', 'long'], { cwd: dir });
    let stdout = '';
    let stderr = '';
    let interrupting = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (/measuring/.test(stderr) && !interrupting) {
        interrupting = true;
        setTimeout(() => child.kill('SIGINT'), 1500);
      }
    });
    const [code] = (await once(child, 'close')) as [number];
    t.equal(code, 130, stderr);
    const records = parseRecords(stdout);
    // The goroutine snapshots taken before the interrupt still make their wall profile.
    t.same(profileKinds(records), ['alloc', 'block', 'heap', 'lock', 'wall'], stderr);
    t.ok(records.some((r) => r.type === 'diagnostic' && /interrupted|cut short/i.test(r.message)), 'a diagnostic says the run was cut short');
  });

  t.test('files: the profile the program writes itself; files from before the run are skipped', async (t) => {
    const out = join(dir, 'out');
    mkdirSync(out, { recursive: true });
    const stale = join(out, 'cpu-old.pb.gz');
    writeFileSync(stale, 'left over from an earlier run');
    utimesSync(stale, new Date(2020, 0, 1), new Date(2020, 0, 1));
    writeScenarios(dir, {
      batch: {
        command: [server, '-cpuprofile', 'out/cpu-batch.pb.gz'],
        profiler: { name: 'pprof', files: 'out/cpu-*.pb.gz' },
        load: { kind: 'none' },
      },
    });
    const r = profiledRun(['--scenario', 'batch', '--verbose'], { cwd: dir, top: 5 });
    t.equal(r.code, 0, r.stderr);
    t.same(r.records.filter((rec) => rec.type === 'profile').map((p) => p.profileId), ['pprof-cpu-batch']);
    t.equal(hotspots(r.records, 'cpu')[0], 'main.hotChecksum');
    t.match(r.stderr, /skipped .*cpu-old\.pb\.gz: written before this run started/);
    t.equal(metric(r.records, 'exit_code'), 0);
  });
});

t.test('a scenario without url or files is a usage error naming both', async (t) => {
  const dir = tempRoot('perf-pprof-');
  writeScenarios(dir, { default: { command: ['true'], profiler: { name: 'pprof' }, load: { kind: 'none' } } });
  const r = runBin('perf-collect', ['--run-profile'], { cwd: dir });
  t.equal(r.code, 2);
  t.match(r.stderr, /pprof profiler needs profiler\.url .* or profiler\.files/);
  t.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  t.equal(r.stdout, '');
});

t.test('endpoint URLs and the file pattern', async (t) => {
  t.equal(endpointUrl(new URL('http://127.0.0.1:6060/debug/pprof/'), 'profile', 5), 'http://127.0.0.1:6060/debug/pprof/profile?seconds=5');
  // The heap snapshot is taken after a GC: live memory, not garbage awaiting collection.
  t.equal(endpointUrl(new URL('http://127.0.0.1:6060/debug/pprof'), 'heap'), 'http://127.0.0.1:6060/debug/pprof/heap?gc=1');
  const dir = tempRoot('perf-glob-');
  for (const name of ['b.pb.gz', 'a.pb.gz', 'a.txt']) writeFileSync(join(dir, name), '');
  t.same(await matchFiles(dir, '*.pb.gz'), [join(dir, 'a.pb.gz'), join(dir, 'b.pb.gz')]);
  t.same(await matchFiles(dir, 'a.txt'), [join(dir, 'a.txt')]);
  t.same(await matchFiles(dir, 'missing.pb'), []);
  await t.rejects(matchFiles(dir, '*/cpu.pb'), /wildcards are allowed in the file name only/);
  const ctx = { scenario: { name: 's', command: ['x'], load: { kind: 'none' } }, settings: { name: 'pprof', url: 'ftp://x' }, cwd: dir } as unknown as CollectorContext;
  await t.rejects(pprofCollector.check(ctx), /must be http or https/);
});
