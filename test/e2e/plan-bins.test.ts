// End to end through the real bins and real pipes: a real recorded profile,
// classified by perf-analyze (its bottleneck records, as docs/contracts.md
// describes them), planned by perf-plan and written by perf-apply.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { PROFILES, ROOT, listFiles, parseRecords, sh, tempRoot } from '../helpers.js';
import { bottleneck, metric, runRecord } from '../plan/records.js';

const nodeCpu = join(PROFILES, 'node-hot-loop.cpuprofile');
const env = { SOURCE_DATE_EPOCH: '1767225600' };
const RUN = 'plan-e2e';
const DIR = `.spec/reports/performance/${RUN}`;
// Fixtures keep the absolute paths of the checkout they were recorded in, and
// the tests run from another: both become <root>.
const scrub = (text: string) => text.split(ROOT).join('<root>').replace(/\/[^\s"'()]*?(?=\/test\/fixtures\/)/g, '<root>');

/** The analyzer's real output for the fixture, bottlenecks included. */
function plannedInput(): string {
  const analyzed = sh(`perf-collect --run-id ${RUN} --input ${nodeCpu} | perf-analyze --top 10`, { env });
  if (analyzed.code !== 0) throw new Error(analyzed.stderr);
  if (!parseRecords(analyzed.stdout).some((r) => r.type === 'bottleneck' && r.function === 'tokenize')) throw new Error('perf-analyze reported no bottleneck for tokenize');
  return analyzed.stdout;
}

const input = plannedInput();
const inputFile = join(tempRoot('plan-input-'), 'analyzed.ndjson');
writeFileSync(inputFile, input);

t.test('plan items and tasks.md for the recorded fixture (golden)', async (t) => {
  const plan = sh(`perf-plan < ${inputFile}`, { env });
  t.equal(plan.code, 0, plan.stderr);
  const items = parseRecords(plan.stdout).filter((r) => r.type === 'plan-item');
  t.same(items.slice(0, 2).map((i) => [i.id, i.function]), [['PERF-001', 'tokenize'], ['PERF-002', 'main']], 'the planted function first');
  t.match(items[0]!.strategy, /tokenize \(<root>|tokenize \(\//, 'the strategy names the planted function and its file');
  t.match(items[0]!.description, /Call path: .*main → tokenize/);
  t.matchSnapshot(scrub(items.map((i) => JSON.stringify(i, null, 2)).join('\n')), 'plan items');
  const root = tempRoot();
  const r = sh(`perf-plan < ${inputFile} | perf-apply --apply --root ${root}`, { env });
  t.equal(r.code, 0, r.stderr);
  t.matchSnapshot(scrub(readFileSync(join(root, DIR, 'tasks.md'), 'utf8')), 'tasks.md');
  const planMd = readFileSync(join(root, DIR, 'plan.md'), 'utf8');
  t.matchSnapshot(scrub(planMd), 'plan.md');
  t.match(readFileSync(join(root, DIR, 'report.md'), 'utf8'), /## Plan\n\nThe full plan .*\[plan\.md\]\(plan\.md\)[\s\S]*\[PERF-001\]\(plan\.md#perf-001\)/);
  t.match(planMd, /<a id="perf-001"><\/a>\n\n### PERF-001: .*tokenize \(hot-loop\.js:9\)/);
  const again = sh(`perf-plan < ${inputFile}`, { env });
  t.equal(again.stdout, plan.stdout, 'same input, same bytes');
});

t.test('--min-gain keeps only items whose expected gain reaches it', async (t) => {
  const all = parseRecords(sh(`perf-plan < ${inputFile}`, { env }).stdout).filter((r) => r.type === 'plan-item');
  const threshold = (all[0]!.expectedGainPct.expected + all[1]!.expectedGainPct.expected) / 2;
  const kept = parseRecords(sh(`perf-plan --min-gain ${threshold} < ${inputFile}`, { env }).stdout).filter((r) => r.type === 'plan-item');
  t.same(kept.map((i) => i.function), ['tokenize']);
  t.equal(parseRecords(sh(`perf-plan --min-gain 100 < ${inputFile}`, { env }).stdout).filter((r) => r.type === 'plan-item').length, 0);
  const bad = sh(`perf-plan --min-gain -5 < ${inputFile}`);
  t.equal(bad.code, 2);
  t.equal(bad.stderr, 'perf-plan: --min-gain must be a percentage of at least 0, got -5\n');
});

t.test('preview without --apply, tasks.md with --apply, nothing with --dry-run', async (t) => {
  // Other features add their own files to the run folder; these are the plan's.
  const planFiles = (paths: string[]) => paths.filter((p) => /\/(plan|tasks)\.md$/.test(p)).sort();
  const preview = tempRoot();
  t.equal(sh(`perf-plan < ${inputFile} | perf-apply --root ${preview}`, { env }).code, 0);
  t.same(planFiles(listFiles(preview)), [`${DIR}/plan.md`, `.spec/reports/previews/${RUN}/tasks.md`]);
  t.match(readFileSync(join(preview, `.spec/reports/previews/${RUN}/tasks.md`), 'utf8'), `](../../performance/${RUN}/plan.md#perf-001)`);
  const applied = tempRoot();
  t.equal(sh(`perf-plan < ${inputFile} | perf-apply --apply --root ${applied}`, { env }).code, 0);
  t.same(planFiles(listFiles(applied)), [`${DIR}/plan.md`, `${DIR}/tasks.md`]);
  t.notOk(listFiles(applied).some((p) => p.startsWith('.spec/reports/previews/')), 'no preview with --apply');
  const others = (paths: string[]) => paths.filter((p) => !/\/(plan|tasks)\.md$/.test(p));
  t.same(others(listFiles(applied)), others(listFiles(preview)), 'the rest of the run folder is the same');
  const dry = tempRoot();
  const r = sh(`perf-plan < ${inputFile} | perf-apply --apply --dry-run --root ${dry}`, { env });
  t.equal(r.code, 0, r.stderr);
  t.same(listFiles(dry), []);
  const artifacts = parseRecords(r.stdout);
  t.ok(artifacts.every((a) => a.action === 'would-write'));
  t.same(planFiles(artifacts.map((a) => a.path)), [`${DIR}/plan.md`, `${DIR}/tasks.md`]);
});

t.test('a run folder that exists is never written into: an explicit --run-id fails, a derived id is suffixed', async (t) => {
  const root = tempRoot();
  mkdirSync(join(root, DIR), { recursive: true });
  writeFileSync(join(root, DIR, 'tasks.md'), '- [x] PERF-001 done by hand\n');
  const r = sh(`perf-plan < ${inputFile} | perf-apply --apply --root ${root}`, { env });
  t.equal(r.code, 2, 'the id named with --run-id is taken');
  t.match(r.stderr, `perf-apply: run ${RUN} already exists under .spec/reports/performance/`);
  t.equal(r.stdout, '', 'no artifact records');
  t.same(listFiles(root), [`${DIR}/tasks.md`], 'nothing written');
  // The same records with a derived id (no --run-id): the run gets the next free id.
  const derived = readFileSync(inputFile, 'utf8').replace(/"runIdGiven":true,/g, '');
  writeFileSync(join(root, 'derived.ndjson'), derived);
  const d = sh(`perf-plan < derived.ndjson | perf-apply --apply --root .`, { cwd: root, env });
  t.equal(d.code, 0, d.stderr);
  t.match(d.stderr, `perf-apply: run ${RUN} already exists; this run is ${RUN}-2`);
  t.equal(readFileSync(join(root, DIR, 'tasks.md'), 'utf8'), '- [x] PERF-001 done by hand\n', 'the earlier tasks.md is untouched');
  t.match(readFileSync(join(root, `${DIR}-2/tasks.md`), 'utf8'), /PERF-001/);
  t.ok(parseRecords(d.stdout).every((a) => a.runId === `${RUN}-2` && a.path.startsWith(`${DIR}-2/`)), 'every artifact is in the new folder');
});

t.test('with a baseline, perf-analyze checks each earlier item by its own function; plan.md and tasks.md list them', async (t) => {
  const root = tempRoot();
  const ndjson = (records: object[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';
  // A profiled run's records: the run record and metrics of a scenario, the real fixture profile.
  const profileOf = (runId: string) => parseRecords(sh(`perf-collect --run-id ${runId} --input ${nodeCpu}`, { env }).stdout).filter((r) => r.type === 'profile');
  const analyzed = parseRecords(sh(`perf-collect --input ${nodeCpu} | perf-analyze`, { env }).stdout);
  const tokenize = analyzed.find((r) => r.type === 'hotspot' && r.function === 'tokenize')!;
  const base = ndjson([runRecord({ runId: 'base' }), metric('http_latency_p99', 180, 'ms', 'base'), ...profileOf('base'), bottleneck('B1', { function: 'tokenize', file: tokenize.file, sharePct: 50, profileId: 'node-hot-loop', strategies: ['precompile-regex'] }, 'base')]);
  writeFileSync(join(root, 'base.ndjson'), base);
  t.equal(sh(`perf-plan < base.ndjson | perf-apply --apply --root .`, { cwd: root, env }).code, 0);
  const baselinePath = '.spec/reports/performance/base/run.ndjson';
  // The same profile again: its function's cost did not move, so the item is not done, or inconclusive when
  // the promised fall is small enough to lie inside the noise (the calibrated factor decides how small).
  writeFileSync(join(root, 'same.ndjson'), ndjson([runRecord({ runId: 'same' }), metric('http_latency_p99', 120, 'ms', 'same'), ...profileOf('same')]));
  const r = sh(`perf-analyze --baseline ${baselinePath} < same.ndjson | perf-plan | perf-apply --apply --root .`, { cwd: root, env });
  t.equal(r.code, 0, r.stderr);
  const run = parseRecords(readFileSync(join(root, '.spec/reports/performance/same/run.ndjson'), 'utf8'));
  const checks = run.filter((x) => x.type === 'plan-check');
  const planned = parseRecords(readFileSync(join(root, baselinePath), 'utf8')).find((x) => x.type === 'plan-item')!;
  const promised = Math.round(planned.estimate.speedup.low * 1000) / 10;
  const status = -checks[0]!.evidence.change.low >= promised ? 'inconclusive' : 'not-done';
  t.same(checks.map((c) => [c.itemId, c.status, c.function]), [['PERF-001', status, 'tokenize']], `promised ${promised}%, change ${JSON.stringify(checks[0]!.evidence.change)}`);
  t.equal(checks[0]!.expectedFallPct.low, Math.round(planned.estimate.speedup.low * 1000) / 10, "the fall promised: the low end of the item's factor");
  t.ok(checks[0]!.evidence.change.low <= 0 && checks[0]!.evidence.change.high >= 0, 'no change beyond the noise');
  const tasks = readFileSync(join(root, '.spec/reports/performance/same/tasks.md'), 'utf8');
  t.match(tasks, '## Earlier tasks: run base\n\n- [ ] PERF-001 Compile the RegExp in tokenize once');
  t.match(tasks, new RegExp(`\\*\\*${status}\\*\\*: tokenize's cost per second`));
  t.match(readFileSync(join(root, '.spec/reports/performance/same/plan.md'), 'utf8'), '## Earlier plan: run base');
  // perf-plan reads no baseline any more: a comparison naming a missing file is passed on.
  writeFileSync(join(root, 'gone.ndjson'), ndjson([runRecord({ runId: 'gone' }), { type: 'comparison', v: 1, runId: 'gone', baselineRunId: 'x', baselinePath: 'no/such/run.ndjson', profileId: '', baselineProfileId: '' }]));
  t.equal(sh(`perf-plan < gone.ndjson`, { cwd: root, env }).code, 0);
});
