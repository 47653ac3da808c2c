// Learning from verified fixes, through the real bins: a run is planned, a
// later run is checked against it (perf-analyze --baseline), perf-apply keeps
// the measured checks as calibration points in that run's own folder, and the
// next plan's estimate for the same strategy reads them back from the run
// folders, uses them and says so. Concurrent verification runs each keep
// their own points (no shared file to lose them in).
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { mergeHistory, parseHistory, pointsFromChecks } from '../../../lib/plan/calibration/history.js';
import { PROFILES, parseRecords, sh, tempRoot } from '../../helpers.js';

// A calibration pair's profiles (test/fixtures/record-calibration.sh): the slow run, and the run after its fix.
const slow = join(PROFILES, 'calibration/includes-slow.cpuprofile');
const fixed = join(PROFILES, 'calibration/includes-fixed.cpuprofile');
const env = { SOURCE_DATE_EPOCH: '1767225600' };
const RUNS = '.spec/reports/performance';
const pointsOf = (runId: string) => `${RUNS}/${runId}/calibration.ndjson`;

type Estimate = { strategyId: string; expectedGainPct: { low: number; expected: number; high: number }; projectPoints?: number };

/** Every strategy estimate perf-plan gave for a function: the primary and its alternatives. */
function estimates(records: Record<string, any>[], fn: string): Estimate[] {
  const item = records.find((r) => r.type === 'plan-item' && r.function === fn);
  if (!item) return [];
  return [{ strategyId: item.strategyId, expectedGainPct: item.expectedGainPct, projectPoints: item.estimate.projectPoints }, ...(item.alternatives ?? [])];
}

t.test('a verified fix changes the next estimate of the same strategy in that project', async (t) => {
  const project = tempRoot('calib-history-');
  // Both runs read a file of the same name, as two recordings of one service would be: the check pairs the profiles by id.
  for (const [dir, from] of [['before', slow], ['after', fixed]] as const) {
    mkdirSync(join(project, dir));
    copyFileSync(from, join(project, dir, 'app.cpuprofile'));
  }
  const pipe = (runId: string, profile: string, analyze = '') => `perf-collect --run-id ${runId} --input ${profile} | perf-analyze --top 10 ${analyze} | perf-plan`;

  const first = sh(`${pipe('run-a', 'before/app.cpuprofile')} | tee a.ndjson | perf-apply`, { cwd: project, env });
  t.equal(first.code, 0, first.stderr);
  const before = estimates(parseRecords(readFileSync(join(project, 'a.ndjson'), 'utf8')), 'uniqueSkus');
  t.ok(before.length > 0, 'the first plan has an item for uniqueSkus');
  t.ok(before.every((e) => e.projectPoints === 0), 'no point of this project yet');
  const primary = before[0]!;

  // The fixed program, checked against the first run: the plan check measures the gain.
  const check = sh(`${pipe('run-b', 'after/app.cpuprofile', '--baseline .spec/reports/performance/run-a/run.ndjson')} | tee b.ndjson | perf-apply`, { cwd: project, env });
  t.equal(check.code, 0, check.stderr);
  const checks = parseRecords(readFileSync(join(project, 'b.ndjson'), 'utf8')).filter((r) => r.type === 'plan-check');
  t.ok(checks.some((c) => c.function === 'uniqueSkus' && ['done', 'gone'].includes(c.status) && typeof c.calibration?.measured?.localFallPct === 'number'), 'the fixed item was checked, with its measured fall');
  t.ok(existsSync(join(project, pointsOf('run-b'))), "perf-apply kept the points in the verification run's own folder");
  t.notOk(existsSync(join(project, pointsOf('run-a'))), 'and wrote nothing into the baseline run');
  const listed = parseRecords(readFileSync(join(project, RUNS, 'run-b/run.ndjson'), 'utf8')).filter((r) => r.type === 'artifact').map((r) => r.path);
  t.ok(listed.includes(pointsOf('run-b')), "the points file is one of the run's listed files");
  const history = parseRecords(readFileSync(join(project, pointsOf('run-b')), 'utf8'));
  const point = history.find((p) => p.itemId === 'PERF-001')!;
  t.match(point, { type: 'calibration-point', baselineRunId: 'run-a', runId: 'run-b', strategy: primary.strategyId, runtime: 'node' }, 'the checked item became a point');

  const again = sh(`${pipe('run-c', 'before/app.cpuprofile')}`, { cwd: project, env });
  t.equal(again.code, 0, again.stderr);
  const after = estimates(parseRecords(again.stdout), 'uniqueSkus');
  const same = after.find((e) => e.strategyId === primary.strategyId);
  t.ok(same, `the next plan still estimates ${primary.strategyId} for uniqueSkus`);
  const own = history.filter((p) => p.strategy === primary.strategyId && p.runtime === 'node').length;
  t.equal(same!.projectPoints, own, `and says it used the ${own} point(s) of this project for ${primary.strategyId} on node`);
  t.not(same!.expectedGainPct.expected, primary.expectedGainPct.expected, `the measured fix moved the estimate (${primary.expectedGainPct.expected}% → ${same!.expectedGainPct.expected}%, measured ${point.measured}%)`);
});

t.test('concurrent verification runs each keep their points, and the next plan uses both', async (t) => {
  const project = tempRoot('calib-history-concurrent-');
  for (const [dir, from] of [['before', slow], ['after', fixed]] as const) {
    mkdirSync(join(project, dir));
    copyFileSync(from, join(project, dir, 'app.cpuprofile'));
  }
  const pipe = (runId: string, profile: string, analyze = '') => `perf-collect --run-id ${runId} --input ${profile} | perf-analyze --top 10 ${analyze} | perf-plan`;
  // Two baselines of the same program, then one check of each, both at once.
  const bases = sh(`${pipe('base-1', 'before/app.cpuprofile')} | perf-apply && ${pipe('base-2', 'before/app.cpuprofile')} | perf-apply`, { cwd: project, env });
  t.equal(bases.code, 0, bases.stderr);
  const checkOf = (id: string, base: string) => `${pipe(id, 'after/app.cpuprofile', `--baseline ${RUNS}/${base}/run.ndjson`)} | perf-apply`;
  const both = sh(`(${checkOf('check-1', 'base-1')}) & (${checkOf('check-2', 'base-2')}) & wait`, { cwd: project, env });
  t.equal(both.code, 0, both.stderr);
  for (const [id, base] of [['check-1', 'base-1'], ['check-2', 'base-2']]) {
    const kept = parseRecords(readFileSync(join(project, pointsOf(id!)), 'utf8'));
    t.ok(kept.length > 0 && kept.every((p) => p.runId === id && p.baselineRunId === base), `${id} kept its own points, about ${base}`);
  }
  const next = sh(pipe('next', 'before/app.cpuprofile'), { cwd: project, env });
  t.equal(next.code, 0, next.stderr);
  // The strategy the checks measured (their plans' primary); with the corpus' factors the next plan may
  // lead with another, but this one's estimate must count both runs' points.
  const kept = [pointsOf('check-1'), pointsOf('check-2')].flatMap((f) => parseRecords(readFileSync(join(project, f), 'utf8')));
  const measured = kept[0]!.strategy as string;
  const own = kept.filter((p) => p.strategy === measured && p.runtime === 'node').length;
  t.ok(own >= 2, `both runs measured ${measured}`);
  const estimate = estimates(parseRecords(next.stdout), 'uniqueSkus').find((e) => e.strategyId === measured);
  t.ok(estimate, `the next plan estimates ${measured} for uniqueSkus`);
  t.equal(estimate?.projectPoints, own, `the next estimate used the ${own} points of both runs`);
});

t.test('a broken history line is bad input naming the file and line', async (t) => {
  const project = tempRoot('calib-history-bad-');
  const broken = pointsOf('old-run');
  // An unfinished folder (no run.ndjson: killed, or a concurrent run still writing) is not read.
  const unfinished = sh(`mkdir -p ${RUNS}/old-run && echo '{"type":"calibration-point","v":1}' > ${broken} && perf-collect --input ${slow} | perf-analyze --top 5 | perf-plan`, { cwd: project, env });
  t.equal(unfinished.code, 0, unfinished.stderr);
  // Once the folder is finished (its run.ndjson there), its broken points file is bad input.
  const r = sh(`touch ${RUNS}/old-run/run.ndjson && perf-collect --input ${slow} | perf-analyze --top 5 | perf-plan`, { cwd: project, env });
  t.equal(r.code, 2);
  t.match(r.stderr, `${broken}:1`);
  t.equal(r.stderr.trim().split('\n').length, 1, 'one line on stderr');
});

t.test('a measurement is counted once, however many run folders repeat it', async (t) => {
  const check = {
    type: 'plan-check', v: 1, runId: 'r2', baselineRunId: 'r1', itemId: 'PERF-001', title: 't', metric: 'wall_time', status: 'done', expectedGainPct: { low: 30, expected: 45, high: 60 }, reason: '',
    calibration: { strategy: 'set-lookup', runtime: 'node', evidence: 'quadratic', share: 0.5, expected: { low: 30, expected: 45, high: 60 }, measured: { localFallPct: 90, globalGainPct: 40 } },
  };
  const points = pointsFromChecks([check]);
  t.match(points, [{ strategy: 'set-lookup', runtime: 'node', evidence: 'quadratic', share: 0.5, expected: 45, measured: 40, localFallPct: 90 }]);
  // The same run applied twice: its second folder (-2) repeats the same measured values.
  const again = points.map((p) => ({ ...p, runId: 'r2-2' }));
  t.equal(mergeHistory([points, again]).length, 1, 'a repeated measurement counts once');
  const other = points.map((p) => ({ ...p, runId: 'r3', measured: 38, localFallPct: 88 }));
  t.equal(mergeHistory([points, other]).length, 2, 'a second verification run of the same item counts');
  t.same(parseHistory(points.map((p) => JSON.stringify(p)).join('\n'), 'h.ndjson'), points, 'what perf-apply writes reads back');
  const unmeasured = { ...check, calibration: { ...check.calibration, measured: {} } };
  t.same(pointsFromChecks([{ ...check, status: 'not-done' }, { ...check, status: 'inconclusive' }, unmeasured]), [], 'no point from a fix not made, from noise, or without a number');
});
