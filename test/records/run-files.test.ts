// One named file from every finished run folder: only folders whose
// run.ndjson exists (perf-apply writes it last), only names that are run ids,
// in run-id order; a run without the file is skipped.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { finishedRunFiles } from '../../lib/records/run-files.js';
import { tempRoot } from '../helpers.js';

t.test('finished runs only, in order', async (t) => {
  const root = tempRoot('run-files-');
  const run = (id: string, files: Record<string, string>) => {
    mkdirSync(join(root, '.spec/reports/performance', id), { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(root, '.spec/reports/performance', id, name), text);
  };
  run('20260102T000000Z-bbbbbb', { 'run.ndjson': '', 'calibration.ndjson': 'b\n' });
  run('20260101T000000Z-aaaaaa', { 'run.ndjson': '', 'calibration.ndjson': 'a\n' });
  run('20260103T000000Z-cccccc', { 'calibration.ndjson': 'unfinished\n' });
  run('20260104T000000Z-dddddd', { 'run.ndjson': '' });
  run('notes + drafts', { 'run.ndjson': '', 'calibration.ndjson': 'x\n' });
  t.same(await finishedRunFiles(root, 'calibration.ndjson'), [
    { runId: '20260101T000000Z-aaaaaa', path: '.spec/reports/performance/20260101T000000Z-aaaaaa/calibration.ndjson', text: 'a\n' },
    { runId: '20260102T000000Z-bbbbbb', path: '.spec/reports/performance/20260102T000000Z-bbbbbb/calibration.ndjson', text: 'b\n' },
  ]);
  t.same(await finishedRunFiles(tempRoot('run-files-'), 'calibration.ndjson'), [], 'no runs at all');
});
