// The baseline comparison as rows, on the demo service's recording compared
// with itself through the real perf-analyze --baseline: per-second latency
// rows keep their labels, and values read as people read them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import type { AnyRecord, RunRecord } from '../../lib/records/types.js';
import { comparisonView } from '../../lib/report/comparison-rows.js';
import { groupRecords } from '../../lib/report/run-contents.js';
import { PROFILES, parseRecords, sh } from '../helpers.js';

const recording = join(PROFILES, 'diagnosis', 'demo-service.ndjson');
const dir = mkdtempSync(join(tmpdir(), 'perf-comparison-'));
const base = sh(`perf-analyze < ${recording} | perf-plan`);
writeFileSync(join(dir, 'base.ndjson'), base.stdout);
const compared = sh(`perf-analyze --baseline base.ndjson < ${recording}`, { cwd: dir });
const records = parseRecords(compared.stdout) as AnyRecord[];
const view = comparisonView(groupRecords(records.find((r): r is RunRecord => r.type === 'run')!, records))!;

t.test('latency over time keeps its labels; values are human', async (t) => {
  t.equal(compared.code, 0, compared.stderr);
  const rows = view.metrics!.rows.filter((r) => r[0] === 'http_latency_over_time');
  t.ok(rows.length >= 10, `${rows.length} per-second rows`);
  for (const r of rows) t.match(r[1], /^t=\d+ stat=p\d\d$/, `labelled: ${r[1]}`);
  t.equal(new Set(rows.map((r) => r[1])).size, rows.length, 'no two rows with the same labels');
  for (const r of view.metrics!.rows) for (const v of [r[2]!, r[3]!]) t.notMatch(v, /\d\.\d{3,}|\d[a-zA-Z]/, `${r[0]}: ${v} reads as a number with a spaced unit`);
});
