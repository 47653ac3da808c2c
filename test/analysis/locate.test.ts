// Location naming is the same on both sides of the plan check: an ad hoc
// Python script's finding is "module top level of top.py" (CPython names the
// frame <module>), and the run that checks the plan finds its cost under that
// name in both profiles. Real runs of the python sampler through perf-profiler.
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { FIXTURES, hasCommand, parseRecords, sh, tempRoot } from '../helpers.js';

t.test('the plan check finds a module top level by its location name', { skip: !hasCommand('python3') && 'no python3' }, async (t) => {
  const root = tempRoot('perf-locate-');
  cpSync(join(FIXTURES, 'programs', 'python-top'), root, { recursive: true });
  const first = sh('perf-profiler --run-profile -- python3 top.py', { cwd: root });
  t.equal(first.code, 0, first.stderr);
  const second = sh('perf-profiler --run-profile --baseline latest -- python3 top.py', { cwd: root });
  t.equal(second.code, 0, second.stderr);
  const runs = readdirSync(join(root, '.spec/reports/performance')).sort();
  const records = (id: string) => parseRecords(readFileSync(join(root, '.spec/reports/performance', id, 'run.ndjson'), 'utf8'));
  const item = records(runs[0]!).find((r) => r.type === 'plan-item' && r.function === 'module top level of top.py');
  t.ok(item, 'the first run plans the module top level');
  const check = records(runs[1]!).find((r) => r.type === 'plan-check' && r.itemId === item?.id);
  t.ok(check, 'the second run checks that item');
  t.notMatch(check?.reason, /is not in the baseline profile/, `found in the baseline profile: ${check?.reason}`);
  t.equal(check?.function, 'module top level of top.py');
  t.ok(check?.evidence?.baseline > 0 && check?.evidence?.current > 0, 'its cost per unit of work in both runs');
});
