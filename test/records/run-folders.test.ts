// --baseline latest and --baseline RUN_ID find earlier runs in the project,
// through the real bins: the newest complete run of the same scenario, never
// one that was cut short, unfinished or has lost a file.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { PROFILES, parseRecords, sh, tempRoot } from '../helpers.js';

const PERF = '.spec/reports/performance';
const GO = join(PROFILES, 'go-cpu.pb.gz');
const at = (day: number) => ({ SOURCE_DATE_EPOCH: String(1767225600 + day * 86400) });
const idOf = (stderr: string) => /report: \.spec\/reports\/performance\/([^/]+)\/report\.md/.exec(stderr)![1]!;

t.test('imported runs: latest is the newest complete one; a run id names one', async (t) => {
  const root = tempRoot();
  const older = idOf(sh(`perf-profiler --input ${GO} --root .`, { cwd: root, env: at(1) }).stderr);
  const newer = idOf(sh(`perf-profiler --input ${GO} --root .`, { cwd: root, env: at(2) }).stderr);
  // What a perf-apply killed mid-run leaves: a claimed folder with no run.ndjson.
  mkdirSync(join(root, PERF, '20270101T000000Z-killed'));
  const analyze = (baseline: string) => sh(`perf-collect --input ${GO} | perf-analyze --baseline ${baseline}`, { cwd: root, env: at(3) });

  let r = analyze('latest');
  t.equal(r.code, 0, r.stderr);
  let records = parseRecords(r.stdout);
  t.same([...new Set(records.filter((x) => x.type === 'comparison').map((x) => x.baselineRunId))], [newer], 'compared with the newest run');
  t.match(records.find((x) => x.code === 'baseline-run')?.message, new RegExp(`--baseline latest is run ${newer} \\(imported profiles.*passed over 20270101T000000Z-killed \\(unfinished`));

  rmSync(join(root, PERF, newer, 'report.html'));
  r = analyze('latest');
  records = parseRecords(r.stdout);
  t.same([...new Set(records.filter((x) => x.type === 'comparison').map((x) => x.baselineRunId))], [older], 'a run that lost a file is passed over');
  t.match(records.find((x) => x.code === 'baseline-run')?.message, `${newer} (incomplete: ${PERF}/${newer}/report.html is missing)`);

  r = analyze(older);
  t.equal(r.code, 0, r.stderr);
  t.same([...new Set(parseRecords(r.stdout).filter((x) => x.type === 'comparison').map((x) => x.baselinePath))], [`${PERF}/${older}/run.ndjson`]);
  for (const [word, why] of [
    ['20270101T000000Z-killed', /run 20270101T000000Z-killed is unfinished/],
    [newer, /report\.html is missing/],
    ['no-such-run', /no-such-run: no such file, and no run of that id/],
  ] as const) {
    r = analyze(word);
    t.equal(r.code, 2, word);
    t.equal(r.stdout, '', `${word}: nothing emitted`);
    t.match(r.stderr, why);
    t.equal(r.stderr.trim().split('\n').length, 1, `${word}: one line`);
  }
});

t.test('latest with no earlier run of the scenario is a clear error', async (t) => {
  const root = tempRoot();
  const r = sh(`perf-collect --input ${GO} | perf-analyze --baseline latest`, { cwd: root });
  t.equal(r.code, 2);
  t.match(r.stderr, /--baseline latest: no complete earlier run of imported profiles; run it once without --baseline first/);
});

t.test('--run-profile: latest skips a run that was cut short and runs of other commands', async (t) => {
  const root = tempRoot();
  const app = (exit: number) => writeFileSync(join(root, 'app.js'), `let x = 0;\nfor (let i = 0; i < 2e7; i++) x += i % 7;\nprocess.exit(${exit});\n`);
  writeFileSync(join(root, 'other.js'), 'for (let i = 0; i < 1e6; i++);\n');
  const run = (script: string, extra = '') => sh(`perf-profiler --run-profile --profiler node --root . ${extra} -- node ${script}`, { cwd: root });
  app(0);
  const good = run('app.js');
  t.equal(good.code, 0, good.stderr);
  app(3);
  const cut = run('app.js');
  t.equal(cut.code, 4, 'the second run is cut short (the target failed)');
  t.equal(run('other.js').code, 0);
  app(0);
  const r = run('app.js', '--baseline latest');
  t.equal(r.code, 0, r.stderr);
  const written = parseRecords(sh(`cat ${PERF}/${idOf(r.stderr)}/run.ndjson`, { cwd: root }).stdout);
  const note = written.find((x) => x.code === 'baseline-run')?.message as string;
  t.match(note, new RegExp(`--baseline latest is run ${idOf(good.stderr)} \\(command node app\\.js`));
  t.match(note, `${idOf(cut.stderr)} (cut short)`);
  t.notMatch(note, 'other.js');
});
