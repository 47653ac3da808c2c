// Findings in report.html: the overview at the top (one row per finding,
// ordered by expected gain, its evidence from each profile and its best plan
// item), and under each profile's flame graph the cards of the findings that
// profile has evidence for, with their plan items beside them.

import { esc } from '../../exporters/html/escape.js';
import { humanPct } from '../../base/human.js';
import { prose } from '../prose.js';
import { whereHtml } from './where.js';
import type { FindingRecord } from '../../records/types.js';
import { evidenceLine, findingRows, type FindingRow } from '../findings.js';
import type { RunContents } from '../run-contents.js';
import { gainText, planItemHtml } from './bottlenecks.js';
import { htmlTable, raw } from './html-table.js';

/** Cards shown open under a flame graph; the rest are folded. */
const OPEN_CARDS = 3;

const anchor = (f: FindingRecord): string => `finding-${f.id}`;

function card(c: RunContents, { finding: f, items }: FindingRow, profileId?: string): string {
  const evidence = f.evidence
    .filter((e) => !profileId || e.profileIds.includes(profileId) || e.resource === 'gc')
    .map((e) => `<li><b>${esc(e.resource)}</b> ${esc(prose(c, e.text))}</li>`);
  const parts = f.parts.map((p) => `<li>part: ${esc(prose(c, p.text))}</li>`);
  return [
    `<article class="bottleneck" id="${profileId ? '' : anchor(f)}">`,
    `<div class="bn-main"><h3><span class="rank">${esc(f.id)}</span> <code>${esc(f.function)}</code></h3>`,
    `<div class="where">${f.file ? whereHtml(c, f.file, f.line) : 'no source file'}${f.processes > 1 ? ` (${f.processes} processes)` : ''} \u00b7 ${esc(f.category)} \u00b7 ${esc(f.cause)}</div>`,
    `<div class="share"><span class="bar"><i style="width:${Math.min(100, Math.max(0, f.impact.sharePct)).toFixed(2)}%"></i></span> ${esc(humanPct(f.impact.sharePct))} of the run</div>`,
    `<p class="why">${esc(prose(c, f.why))}.</p>`,
    `<ul class="evidence">${[...evidence, ...parts].join('')}</ul>`,
    '</div>',
    `<div class="bn-plan"><h4>Plan</h4>${items.length > 0 ? `<ol>${items.map((p) => planItemHtml(c, p)).join('\n')}</ol>` : '<p class="none">No plan item for this finding.</p>'}</div>`,
    '</article>',
  ].join('\n').replace(' id=""', '');
}

/** The cards of the findings one profile has evidence for, for under its flame graph. */
export function profileFindings(c: RunContents, profileId: string): string {
  const rows = findingRows(c).filter((r) => r.finding.evidence.some((e) => e.profileIds.includes(profileId)));
  if (rows.length === 0) return '';
  const cards = rows.map((r) => card(c, r, profileId));
  const more = cards.length - OPEN_CARDS;
  const folded = more > 0 ? `<details class="more"><summary>${more} more finding${more === 1 ? '' : 's'} with evidence in this profile</summary>${cards.slice(OPEN_CARDS).join('\n')}</details>` : '';
  return [`<h3 class="bn-head">Findings with evidence in this profile</h3>`, ...cards.slice(0, OPEN_CARDS), folded].filter(Boolean).join('\n');
}

/** The overview at the top: every finding, its evidence, its best plan item; the cards below it. */
export function findingsSection(c: RunContents): string {
  const rows = findingRows(c);
  const run = c.diagnostics.find((d) => d.code === 'run-diagnosis' && (d.runId === undefined || d.runId === c.run.runId));
  const lead = run ? `<p class="run-diagnosis">${esc(prose(c, run.message))}.</p>` : '';
  if (rows.length === 0) return lead ? `<section id="findings"><h2>Findings and plan</h2>${lead}<p>No location of your code holds 1% or more of the run.</p></section>` : '';
  const table = htmlTable(
    [{ title: 'finding' }, { title: 'function' }, { title: 'where' }, { title: 'category, cause' }, { title: 'share of run', numeric: true }, { title: 'evidence' }, { title: 'plan (expected gain)' }],
    rows.map(({ finding: f, items }) => [
      f.id,
      raw(`<a href="#${anchor(f)}"><code>${esc(f.function)}</code></a>`),
      raw(whereHtml(c, f.file, f.line) + (f.processes > 1 ? ` (${f.processes} processes)` : '')),
      `${f.category}, ${f.cause}`,
      humanPct(f.impact.sharePct),
      evidenceLine(f),
      items[0] ? `${items[0].title}: ${gainText(items[0])}` : '\u2014',
    ]),
  );
  return `<section id="findings"><h2>Findings and plan</h2>\n${lead}${table}\n${rows.map((r) => card(c, r)).join('\n')}</section>`;
}
