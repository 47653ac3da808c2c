// Findings in report.html on the demo run: the overview in the order every
// renderer uses (findingRows), each linked to its card, the run's diagnosis
// first; under each profile the cards of the findings it has evidence for,
// with only that profile's evidence.
import t from 'tap';
import { findingsSection, profileFindings } from '../../../lib/report/html/findings.js';
import { findingRows } from '../../../lib/report/findings.js';
import { demoContents } from '../demo-run.js';

const c = demoContents();

t.test('the overview: one row per finding in findingRows order, each linked to its card', async (t) => {
  const html = findingsSection(c);
  const rows = findingRows(c);
  t.ok(rows.length >= 2, `${rows.length} findings`);
  const linked = [...html.matchAll(/<tr><td>([^<]+)<\/td><td><a href="#finding-([^"]+)">/g)];
  t.same(linked.map((m) => m[1]), rows.map((r) => r.finding.id));
  t.same(linked.map((m) => m[2]), rows.map((r) => r.finding.id));
  for (const r of rows) t.match(html, `<article class="bottleneck" id="finding-${r.finding.id}">`, `${r.finding.id}: its card`);
  const diagnosis = c.diagnostics.find((d) => d.code === 'run-diagnosis');
  if (diagnosis) t.match(html, /<h2>Findings and plan<\/h2>\n<p class="run-diagnosis">/, 'the run diagnosis leads');
});

t.test('under a profile: the findings with evidence there, and only its evidence', async (t) => {
  for (const p of c.profiles) {
    const html = profileFindings(c, p.profileId);
    const withEvidence = findingRows(c).filter((r) => r.finding.evidence.some((e) => e.profileIds.includes(p.profileId)));
    t.equal((html.match(/<article class="bottleneck">/g) ?? []).length, withEvidence.length, `${p.profileId}: ${withEvidence.length} cards, without anchors (the overview's cards have them)`);
    const cards = html.split('<article class="bottleneck">').slice(1);
    withEvidence.forEach(({ finding }, k) => {
      const shown = finding.evidence.filter((e) => e.profileIds.includes(p.profileId) || e.resource === 'gc');
      t.equal((cards[k]!.match(/<li><b>/g) ?? []).length, shown.length, `${finding.id}: ${shown.length} of its ${finding.evidence.length} evidence lines`);
      t.equal((cards[k]!.match(/<li>part: /g) ?? []).length, finding.parts.length, `${finding.id}: its parts`);
    });
  }
});

t.test('no finding: the run diagnosis says so, or nothing', async (t) => {
  const none = { ...c, findings: [] };
  const html = findingsSection(none);
  if (c.diagnostics.some((d) => d.code === 'run-diagnosis')) t.match(html, /No location of your code holds 1% or more of the run\./);
  t.equal(findingsSection({ ...none, diagnostics: [] }), '');
});
