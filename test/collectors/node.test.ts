// The node profiler on a real batch job with load `none`: the program is the
// workload, and it starts a second Node process; each process gets its own
// profile, labelled with its pid and argv, with its planted function on top.
import { join } from 'node:path';
import t from 'tap';
import { IMPORTERS } from '../../lib/importers/registry.js';
import { FIXTURES, tempRoot } from '../helpers.js';
import { metric, profiledRun } from './backend-run.js';

const program = join(FIXTURES, 'programs', 'node-batch');

t.test('a batch job and its child process, ad hoc with -- node parent.js', async (t) => {
  const r = profiledRun(['--', 'node', join(program, 'parent.js')], { cwd: tempRoot('perf-node-'), top: 10 });
  t.equal(r.code, 0, r.stderr);
  const run = r.records[0]!;
  t.equal(run.profiler, 'node', 'node chosen by runtime: the command is node');
  t.same(run.scenario, { name: 'ad-hoc', load: 'none', targets: {}, mainMetric: 'wall_time' });
  t.equal(metric(r.records, 'exit_code'), 0);
  const wall = metric(r.records, 'wall_time')!;
  t.ok(wall >= 1.2 && wall < 20, `wall time ${wall} s covers both processes' 0.6 s of CPU`);
  // Both processes burn ~0.6 s of CPU; /proc/self/stat counts the reaped child exactly.
  t.ok(metric(r.records, 'cpu_user')! + metric(r.records, 'cpu_system')! >= 1, 'CPU of the whole tree');
  t.ok(metric(r.records, 'peak_rss')! > 10 * 2 ** 20);

  const cpu = r.records.filter((rec) => rec.type === 'profile' && rec.kind === 'cpu');
  t.equal(cpu.length, 2, 'one cpu profile per Node process');
  const parent = cpu.find((p) => p.labels.argv.endsWith('parent.js'))!;
  const child = cpu.find((p) => p.labels.argv.endsWith('child.js'))!;
  t.ok(parent && child, `argv labels: ${cpu.map((p) => p.labels.argv).join(' / ')}`);
  t.not(parent.labels.pid, child.labels.pid);
  t.equal(parent.profileId, `node-${parent.labels.pid}-cpu`);
  const top = (profileId: string) =>
    r.records.filter((rec) => rec.type === 'hotspot' && rec.profileId === profileId && rec.by === 'self').sort((a, b) => a.rank - b.rank).map((h) => h.function);
  // The parent also blocks ~0.6 s in spawnSync while its child runs.
  t.ok(top(parent.profileId).slice(0, 3).includes('checksumRecords'), `parent top: ${top(parent.profileId).join(', ')}`);
  t.equal(top(child.profileId)[0], 'sortWords', `child top: ${top(child.profileId).join(', ')}`);

  const alloc = r.records.filter((rec) => rec.type === 'profile' && rec.kind === 'alloc');
  if (IMPORTERS.some((i) => i.format === 'v8-heapprofile')) {
    t.equal(alloc.length, 2, 'heap sampling too, one per process');
    t.ok(alloc.every((p) => p.sourceFormat === 'v8-heapprofile'));
  } else t.equal(alloc.length, 0, 'no alloc profiles without the v8-heapprofile importer');
});
