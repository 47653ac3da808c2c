// The findings every renderer lists, on the demo run: ordered by the gain of
// their first plan item (a leak first), each with its own items, its evidence
// in one line and its place relative to the root; the per-profile bottlenecks
// that fused into findings are not listed again.
import t from 'tap';
import { evidenceLine, findingRows, findingWhere, reportedBottlenecks } from '../../lib/report/findings.js';
import { demoContents } from './demo-run.js';

const c = demoContents();

t.test('rows by the expected gain of their first item, each with its own items', async (t) => {
  const rows = findingRows(c);
  t.equal(rows.length, c.findings.length);
  const gains = rows.map((r) => r.items[0]?.expectedGainPct.expected ?? -1);
  const leads = rows.map((r) => (r.finding.cause === 'memory-leak' ? 0 : 1));
  t.same(leads, [...leads].sort(), 'a leak first');
  for (let i = 1; i < rows.length; i++) if (leads[i] === leads[i - 1]) t.ok(gains[i - 1]! >= gains[i]!, `${rows[i - 1]!.finding.id} before ${rows[i]!.finding.id}`);
  for (const r of rows) t.ok(r.items.every((p) => (p['findingId'] ?? p.bottleneckId) === r.finding.id), `${r.finding.id}: only its items`);
  t.same(rows.flatMap((r) => r.items.map((p) => p.id)).sort(), c.planItems.filter((p) => c.findings.some((f) => f.id === (p['findingId'] ?? p.bottleneckId))).map((p) => p.id).sort(), 'every item of a finding, once');
});

t.test("a finding's evidence in one line, and where it is", async (t) => {
  for (const f of c.findings) {
    const line = evidenceLine(f);
    t.equal(line.split(' · ').length, f.evidence.length, `${f.id}: ${line}`);
    f.evidence.forEach((e, i) => t.match(line.split(' · ')[i], new RegExp(`^${e.resource}${e.state ? ` \\(${e.state}\\)` : ''} [\\d.]+%$`)));
    const at = findingWhere(f, c.sourceRoot);
    if (f.file) t.match(at, new RegExp(`^${f.file.slice(c.sourceRoot!.length + 1).replace(/\./g, '\\.')}:${f.line}`));
    else t.equal(at, 'no source file');
  }
  t.equal(findingWhere({ ...c.findings[0]!, processes: 3, file: '' }, c.sourceRoot), 'no source file (3 processes)');
});

t.test('bottlenecks fused into findings are not listed again; without findings, all are', async (t) => {
  const fused = new Set(c.findings.flatMap((f) => f.bottleneckIds));
  t.ok(fused.size > 0);
  t.ok(reportedBottlenecks(c).every((b) => !fused.has(b.id)));
  t.same(reportedBottlenecks({ ...c, findings: [] }), c.bottlenecks);
});
