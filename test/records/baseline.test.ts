// The one reader of an earlier run's run.ndjson, on a real run folder written
// by perf-profiler: its run, metrics, decoded profiles and plan items; every
// line validated, errors naming the file and line as the user wrote it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { readBaseline } from '../../lib/records/baseline.js';
import { profileOfRecord } from '../../lib/records/profile-data.js';
import { PROFILES, listFiles, parseRecords, sh, tempRoot } from '../helpers.js';

const root = tempRoot('baseline-');
const made = sh(`perf-profiler --input ${join(PROFILES, 'node-hot-loop.cpuprofile')} --root ${root}`, { cwd: root, env: { SOURCE_DATE_EPOCH: '1767225600' } });
const runFile = join(root, listFiles(root).find((f) => f.endsWith('/run.ndjson'))!);

t.test("a real run folder's run.ndjson", async (t) => {
  t.equal(made.code, 0, made.stderr);
  const records = parseRecords(readFileSync(runFile, 'utf8'));
  const b = await readBaseline(runFile, 'old/run.ndjson');
  t.equal(b.path, 'old/run.ndjson', 'named as the user gave it');
  t.same(b.run, records.find((r) => r.type === 'run'));
  t.same(b.metrics, records.filter((r) => r.type === 'metric'));
  t.same(b.planItems, records.filter((r) => r.type === 'plan-item'));
  const profiles = records.filter((r) => r.type === 'profile');
  t.equal(b.profiles.length, profiles.length);
  b.profiles.forEach((p, i) => t.same(p.profile, profileOfRecord(profiles[i] as never), `${p.record.profileId}: decoded`));
  t.equal(b.records.length, records.length - profiles.length, 'every other record kept, the profiles decoded instead');
});

t.test('bad baselines: one error naming the place', async (t) => {
  await t.rejects(readBaseline(join(root, 'missing.ndjson'), 'missing.ndjson'), { code: 'bad-input', message: 'missing.ndjson: no such file; --baseline expects the run.ndjson of an earlier run' });
  const noRun = join(root, 'no-run.ndjson');
  writeFileSync(noRun, readFileSync(runFile, 'utf8').split('\n').filter((l) => l && !l.includes('"type":"run"')).join('\n') + '\n');
  await t.rejects(readBaseline(noRun, 'no-run.ndjson'), { message: 'no-run.ndjson: no run record; --baseline expects the run.ndjson of an earlier run' });
  const broken = join(root, 'broken.ndjson');
  writeFileSync(broken, `${readFileSync(runFile, 'utf8').split('\n')[0]}\n{"type":"metric","v":1}\n`);
  await t.rejects(readBaseline(broken, 'broken.ndjson'), { code: /bad-(input|record)/, message: /^broken\.ndjson:2: / });
});
