// Where a run's files go: every file perf-apply plans for the demo run lies
// in the run's own folder under the performance reports, or in its preview.
import t from 'tap';
import { plannedFiles } from '../../lib/report/outputs.js';
import { PERFORMANCE_DIR, PREVIEWS_DIR, runDir } from '../../lib/report/run-folder.js';
import { demoContents } from './demo-run.js';

t.test("the run folder, under the one folder perf-apply may write", async (t) => {
  t.equal(PERFORMANCE_DIR, '.spec/reports/performance');
  t.equal(PREVIEWS_DIR, '.spec/reports/previews');
  t.equal(runDir('20260101T000000Z-abc'), '.spec/reports/performance/20260101T000000Z-abc');
  const c = demoContents();
  const files = plannedFiles(c, { apply: false, sourceRoot: c.sourceRoot! });
  const inRun = (p: string) => p.startsWith(`${runDir(c.run.runId)}/`) || p.startsWith(`${PREVIEWS_DIR}/${c.run.runId}/`);
  t.same(files.filter((f) => !inRun(f.path)).map((f) => f.path), [], `${files.length} files, all in the run's folders`);
});
