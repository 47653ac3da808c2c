// An ad hoc `perf-profiler --run-profile -- node app.js`, run for real under
// the node profiler: the findings and the plan name only the script's own
// file (its module top level by that name), never Node's internals, the
// module loader or the profiler's preload; the script's allocations (and the
// GC they cause) are charged to its own functions.
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { FIXTURES, parseRecords, sh, tempRoot } from '../../helpers.js';

t.test('an ad hoc Node script: no finding or plan item outside its own file', async (t) => {
  const root = tempRoot('perf-adhoc-');
  cpSync(join(FIXTURES, 'programs', 'node-adhoc'), root, { recursive: true });
  const r = sh('perf-profiler --run-profile -- node app.js', { cwd: root });
  t.equal(r.code, 0, r.stderr);
  const [runId] = readdirSync(join(root, '.spec/reports/performance'));
  const records = parseRecords(readFileSync(join(root, '.spec/reports/performance', runId!, 'run.ndjson'), 'utf8'));
  const findings = records.filter((x) => x.type === 'finding');
  const items = records.filter((x) => x.type === 'plan-item');
  t.ok(findings.length >= 1 && items.length >= 1, `${findings.length} findings, ${items.length} plan items`);
  const app = join(root, 'app.js');
  for (const f of findings) t.equal(f.file, app, `finding ${f.function} is in app.js`);
  for (const i of items) t.equal(i.file, app, `plan item "${i.title}" is in app.js`);
  t.ok(findings.some((f) => f.function === 'module top level of app.js' && f.line > 0), 'the top-level loop is named as the module top level, at an executable line');
  const top = findings.find((f) => f.function === 'module top level of app.js');
  const text = readFileSync(app, 'utf8').split('\n')[(top?.line ?? 1) - 1] ?? '';
  t.notMatch(text.trim(), /^\/\//, `its line is code, not a comment: ${text.trim()}`);
  // A CommonJS script has finished (and V8 has collected it) when the heap profile is read at exit:
  // its allocation sites are named from the CPU profile, so the bytes and the GC they cause are digestAll's.
  const digest = findings.find((f) => f.function === 'digestAll');
  t.ok(digest?.evidence.some((e: Record<string, any>) => e.resource === 'alloc' && e.sharePct > 10), `digestAll's bytes allocated are in its evidence: ${digest?.evidence.map((e: Record<string, any>) => `${e.resource} ${e.sharePct}%`).join(', ')}`);
  t.ok(digest?.evidence.some((e: Record<string, any>) => e.resource === 'gc' && e.sharePct > 0), 'and the GC time they cause');
  const plan = readFileSync(join(root, '.spec/reports/performance', runId!, 'plan.md'), 'utf8');
  t.notMatch(plan, /node-preload|compileForInternalLoader|node:internal|\(anonymous\)/, 'plan.md names none of the runtime or the profiler');
});
