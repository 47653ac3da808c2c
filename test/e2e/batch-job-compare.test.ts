// A batch job compared with itself fixed, through the real bins and the real
// Python sampler: the program is the workload (ad hoc, load none), so each
// repeat is one unit of work. Per second of the window, the untouched
// load_records "rose" +287% when the fix made the job 8x shorter; per run it
// did the same work and must not read as regressed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { FIXTURES, listFiles, parseRecords, sh, tempRoot } from '../helpers.js';

const JOB = join(FIXTURES, 'programs', 'python-batch');
const root = tempRoot('perf-batch-');

function profile(env: Record<string, string>, args = '') {
  const before = new Set(listFiles(root));
  const r = sh(`perf-profiler --run-profile --repeat 3 --root ${root} ${args} -- python3 ${join(JOB, 'job.py')}`, { cwd: root, env: { N: '9000', ...env } });
  const runNdjson = listFiles(root).find((f) => f.endsWith('run.ndjson') && !before.has(f));
  return { ...r, runNdjson: runNdjson && join(root, runNdjson), records: runNdjson ? parseRecords(readFileSync(join(root, runNdjson), 'utf8')) : [] };
}

const baseline = profile({});

t.test('the slow job: its plan names dedupe_tags first', async (t) => {
  t.equal(baseline.code, 0, baseline.stderr);
  const first = baseline.records.find((r) => r.type === 'plan-item' && r.rank === 1) ?? baseline.records.find((r) => r.type === 'plan-item');
  t.equal(first?.function, 'dedupe_tags', JSON.stringify(first?.title));
  // The wall-clock sampler's on-CPU samples are CPU work, not waits ("dedupe_tags waits 1359 times on wait").
  const finding = baseline.records.find((r) => r.type === 'finding' && r.function === 'dedupe_tags');
  t.equal(finding?.category, 'cpu');
  t.notMatch(finding?.why ?? '', /waits \d+ times/, finding?.why);
});

t.test('fixed: per run of the program, the fixed function fell and the untouched one did not rise', async (t) => {
  const fixed = profile({ FIX: '1' }, `--baseline ${baseline.runNdjson}`);
  t.equal(fixed.code, 0, fixed.stderr);
  const comparison = fixed.records.find((r) => r.type === 'comparison');
  t.equal(comparison?.work?.unit, 'run', 'the unit of work is a run of the program');
  t.same([comparison?.work?.current, comparison?.work?.baseline], [3, 3], 'three runs each');
  const checks = fixed.records.filter((r) => r.type === 'plan-check');
  const dedupe = checks.find((c) => c.function === 'dedupe_tags');
  // On a quiet machine the fixed function takes about a millisecond and the 5 ms sampler may never see it: gone.
  t.ok(dedupe && ['done', 'partly', 'gone'].includes(dedupe.status), `${dedupe?.status}: ${dedupe?.reason}`);
  if (dedupe?.status !== 'gone') t.ok(dedupe?.evidence.change.high < -50, `dedupe_tags' cost per run fell by more than half over its whole interval (${JSON.stringify(dedupe?.evidence.change)})`);
  const others = checks.filter((c) => c.function !== 'dedupe_tags');
  for (const c of others) t.not(c.status, 'regressed', `${c.function}: ${c.reason}`);
  const rose = (comparison?.regressions ?? []).map((r: Record<string, any>) => r.function);
  t.same(rose, [], 'no function regressed per run');
});
