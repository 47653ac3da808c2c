// The files of a run folder in the order perf-apply writes them, for the demo
// run: the profiles, their exports and flame graphs, report.md, report.html,
// the plan; each path once; every renderer given the root; progress per producer.
import t from 'tap';
import { OUTPUTS, plannedFiles, targetOutputFile } from '../../lib/report/outputs.js';
import { runDir } from '../../lib/report/run-folder.js';
import { demoContents } from './demo-run.js';

const c = demoContents();

t.test('every file once, in producer order', async (t) => {
  const steps: string[] = [];
  const files = plannedFiles(c, { apply: false, sourceRoot: c.sourceRoot! }, (what, i, n) => steps.push(`${i}/${n} ${what}`));
  t.same(steps, ['1/7 profiles', '2/7 profile exports', '3/7 flame graphs', "4/7 the program's output", '5/7 report.md', '6/7 report.html', '7/7 plan files']);
  t.equal(OUTPUTS.length, 7);
  const paths = files.map((f) => f.path);
  t.equal(new Set(paths).size, paths.length, 'no path twice');
  const dir = runDir(c.run.runId);
  const first = (suffix: string) => paths.findIndex((p) => p.endsWith(suffix));
  t.ok(first('.pb.gz') < first('.speedscope.json') && first('.speedscope.json') < first('.flamegraph.html') && first('.flamegraph.html') < first('/report.md') && first('/report.md') < first('/report.html') && first('/report.html') < first('/plan.md'), 'in order');
  for (const p of c.profiles) t.ok(paths.includes(`${dir}/${p.profileId}.pb.gz`), `${p.profileId}.pb.gz`);
  const md = String(files.find((f) => f.path.endsWith('/report.md'))!.content);
  t.notOk(md.includes(`${c.sourceRoot}/`), 'report.md shows paths relative to the root given');
});

t.test("the program's output, per repeat", async (t) => {
  t.equal(targetOutputFile('r1', undefined), '.spec/reports/performance/r1/target-output.txt');
  t.equal(targetOutputFile('r1', 2), '.spec/reports/performance/r1/target-output-2.txt');
  const withOutput = { ...c, all: [...c.all, { type: 'target-output', v: 1, runId: c.run.runId, text: 'listening on 8080\n' } as never] };
  const files = plannedFiles(withOutput, { apply: false });
  t.equal(files.find((f) => f.path.endsWith('/target-output.txt'))?.content, 'listening on 8080\n');
});
