// perf-apply's run() in-process: the run folder written through the write
// gate under the given root, an artifact record per file, and --dry-run
// writing nothing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { PROFILES, listFiles, tempRoot } from '../helpers.js';
import { analyze, apply, collect, plan, records } from './stages.js';

const planned = (async () => plan((await analyze((await collect([join(PROFILES, 'node-hot-loop.cpuprofile')], { runId: 'applied' })).stdout)).stdout))();

t.test('the run folder: profile, exports, flame graph, report.md and .html, run.ndjson last; one artifact each', async (t) => {
  const root = tempRoot('perf-apply-run-');
  const r = await apply((await planned).stdout, { root }, root);
  t.equal(r.code, 0, r.stderr);
  const artifacts = records(r.stdout);
  t.ok(artifacts.every((a) => a.type === 'artifact' && a.action === 'written'));
  t.equal(artifacts.at(-1)!.path, '.spec/reports/performance/applied/run.ndjson');
  const files = listFiles(root);
  for (const name of ['node-hot-loop.pb.gz', 'report.md', 'report.html', 'run.ndjson']) t.ok(files.includes(`.spec/reports/performance/applied/${name}`), name);
  t.match(readFileSync(join(root, '.spec/reports/performance/applied/report.md'), 'utf8'), /^# Performance report: applied/);
  t.match(r.stderr, /^perf-apply: wrote \d+ files; report: \.spec\/reports\/performance\/applied\/report\.md\n$/);
});

t.test('--dry-run says what it would write and writes nothing', async (t) => {
  const root = tempRoot('perf-apply-dry-');
  const r = await apply((await planned).stdout, { root, dryRun: true }, root);
  t.equal(r.code, 0, r.stderr);
  t.ok(records(r.stdout).every((a) => a.action === 'would-write'));
  t.notOk(existsSync(join(root, '.spec')), 'nothing on disk');
});

t.test('input that is not one run is refused before anything is written', async (t) => {
  const root = tempRoot('perf-apply-bad-');
  await t.rejects(apply('{"type":"metric","v":1,"runId":"x","name":"a","value":1,"unit":""}\n', { root }, root), { code: 'bad-record', message: /^stdin: no run record in the input/ });
  t.notOk(existsSync(join(root, '.spec')));
});
