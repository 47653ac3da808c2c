// Runs started together in one project (a CI matrix, two terminals) that get
// the same run id (same second, same inputs; SOURCE_DATE_EPOCH makes that
// certain here) each leave their own complete folder whose run.ndjson and
// report describe only that run.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { PROFILES, listFiles, parseRecords, shAsync, tempRoot } from '../helpers.js';

const PERF = '.spec/reports/performance';
const pinned = { SOURCE_DATE_EPOCH: '1767225600' };

/** Every folder is complete and its own: run.ndjson lists exactly the folder's files, all of one run id. */
function checkFolders(t: Test, root: string, expected: number): string[] {
  const ids = readdirSync(join(root, PERF)).sort();
  t.equal(ids.length, expected, `${expected} run folders`);
  for (const id of ids) {
    const dir = join(root, PERF, id);
    const records = parseRecords(readFileSync(join(dir, 'run.ndjson'), 'utf8'));
    t.same(records.filter((r) => r.type === 'run').map((r) => r.runId), [id], `${id}: one run record, with the folder's id`);
    t.same(records.filter((r) => 'runId' in r && r.runId !== id), [], `${id}: every record belongs to this run`);
    const listed = records.filter((r) => r.type === 'artifact' && r.path.startsWith(`${PERF}/${id}/`)).map((r) => r.path.slice(`${PERF}/${id}/`.length));
    const previews = records.filter((r) => r.type === 'artifact' && !r.path.startsWith(`${PERF}/${id}/`)).map((r) => r.path);
    t.ok(previews.every((p) => p.startsWith(`.spec/reports/previews/${id}/`)), `${id}: its previews are in its own preview folder`);
    t.same([...listed, 'run.ndjson'].sort(), listFiles(dir), `${id}: the folder holds exactly the files its run.ndjson lists`);
    t.match(readFileSync(join(dir, 'report.md'), 'utf8'), id, `${id}: its report names it`);
  }
  t.same(listFiles(join(root, '.spec/reports/previews')).filter((f) => !ids.some((id) => f.startsWith(`${id}/`))), [], 'every preview is in a folder of its own run');
  return ids;
}

for (const n of [2, 4, 8]) {
  t.test(`${n} perf-profiler --input runs of the same file at once`, async (t) => {
    const root = tempRoot();
    const runs = await Promise.all(Array.from({ length: n }, () => shAsync(`perf-profiler --input ${join(PROFILES, 'go-cpu.pb.gz')} --root .`, { cwd: root, env: pinned })));
    for (const r of runs) t.equal(r.code, 0, r.stderr);
    const ids = checkFolders(t, root, n);
    t.equal(new Set(runs.map((r) => /this run is (\S+)/.exec(r.stderr)?.[1] ?? ids[0])).size, n, 'each run was told its own id');
  });
}

t.test('ad hoc --run-profile runs and single-stage pipes at once, in one root', async (t) => {
  const root = tempRoot();
  writeFileSync(join(root, 'app.js'), 'let x = 0;\nfor (let i = 0; i < 3e7; i++) x += Math.sqrt(i);\nconsole.log(x > 0);\n');
  const adhoc = () => shAsync('perf-profiler --run-profile --profiler node --root . -- node app.js', { cwd: root, env: pinned });
  const piped = () => shAsync(`perf-collect --input ${join(PROFILES, 'go-cpu.pb.gz')} | perf-analyze | perf-plan | perf-apply --root .`, { cwd: root, env: pinned });
  const runs = await Promise.all([adhoc(), adhoc(), adhoc(), adhoc(), piped(), piped()]);
  for (const r of runs) t.equal(r.code, 0, r.stderr);
  checkFolders(t, root, 6);
});
