// Bottlenecks and their plan items: an overview table at the top of the
// report, and under each profile's flame graph a card per bottleneck with
// the plan items that address it beside it (the first few open, the rest folded).

import { esc } from '../../exporters/html/escape.js';
import type { BottleneckRecord, PlanItemRecord } from '../../records/types.js';
import { humanPct } from '../../base/human.js';
import { prose } from '../prose.js';
import { whereHtml } from './where.js';
import { reportedBottlenecks } from '../findings.js';
import type { RunContents } from '../run-contents.js';
import { htmlTable, raw } from './html-table.js';

/** Cards shown open under a flame graph; the rest are folded. */
const OPEN_CARDS = 3;

/** Biggest share first, then rank and id: the order a reader should act in. */
const byShare = (a: BottleneckRecord, b: BottleneckRecord): number => b.sharePct - a.sharePct || a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const anchor = (b: BottleneckRecord): string => `bottleneck-${b.profileId}-${b.id}`.replace(/[^A-Za-z0-9_-]/g, '-');

export const gainText = (p: PlanItemRecord): string => `${humanPct(p.expectedGainPct.expected)} (${humanPct(p.expectedGainPct.low)} to ${humanPct(p.expectedGainPct.high)})`;

export function planItemHtml(c: RunContents, p: PlanItemRecord): string {
  const commands = p.verification.commands.map((cmd) => `<code>${esc(cmd)}</code>`).join(' ');
  const text = (s: string) => esc(prose(c, s));
  return [
    `<li class="plan-item"><b>${esc(p.title)}</b> <span class="tag conf-${esc(p.confidence)}">${esc(p.confidence)} confidence</span>`,
    `<div class="strategy">${text(p.strategy)}</div>`,
    `<div class="gain">expected gain ${esc(gainText(p))}</div>`,
    `<details><summary>why, and how to verify</summary><p>${text(p.description)}</p><p>${text(p.method)}</p>`,
    `<div class="verify">verify: ${esc(p.verification.metric)} \u2192 ${text(String(p.verification.target))}${commands ? ` with ${commands}` : ''}</div></details></li>`,
  ].join('\n');
}

function card(c: RunContents, b: BottleneckRecord, items: PlanItemRecord[]): string {
  const evidence = b.evidence.map((e) => `<li>${esc(prose(c, e))}</li>`).join('');
  return [
    `<article class="bottleneck" id="${anchor(b)}">`,
    `<div class="bn-main"><h3><span class="rank">#${b.rank}</span> <code>${esc(b.function)}</code></h3>`,
    `<div class="where">${whereHtml(c, b.file, b.line) || 'no source file'} \u00b7 ${esc(b.category)} \u00b7 ${esc(b.cause)}</div>`,
    `<div class="share"><span class="bar"><i style="width:${Math.min(100, Math.max(0, b.sharePct)).toFixed(2)}%"></i></span> ${esc(humanPct(b.sharePct))} could be saved</div>`,
    evidence ? `<ul class="evidence">${evidence}</ul>` : '',
    '</div>',
    `<div class="bn-plan"><h4>Plan</h4>${items.length > 0 ? `<ol>${items.map((p) => planItemHtml(c, p)).join('\n')}</ol>` : '<p class="none">No plan item for this bottleneck.</p>'}</div>`,
    '</article>',
  ].join('\n');
}

/** The cards of one profile's bottlenecks, for under its flame graph (with findings, only those reportedBottlenecks keeps). */
export function profileBottlenecks(c: RunContents, profileId: string): string {
  const list = reportedBottlenecks(c).filter((b) => b.profileId === profileId).sort(byShare);
  if (list.length === 0) return '';
  const cards = list.map((b) => card(c, b, c.planItems.filter((p) => p.bottleneckId === b.id)));
  const folded = cards.length > OPEN_CARDS ? `<details class="more"><summary>${cards.length - OPEN_CARDS} more bottleneck${cards.length - OPEN_CARDS === 1 ? '' : 's'} in this profile</summary>${cards.slice(OPEN_CARDS).join('\n')}</details>` : '';
  return [`<h3 class="bn-head">Bottlenecks in this profile</h3>`, ...cards.slice(0, OPEN_CARDS), folded].filter(Boolean).join('\n');
}

/** The overview at the top: every bottleneck, its best plan item, a link to its card. */
export function bottlenecksSection(c: RunContents): string {
  const bottlenecks = reportedBottlenecks(c);
  if (bottlenecks.length === 0 && (c.planItems.length === 0 || c.findings.length > 0)) return '';
  const rows = [...bottlenecks].sort(byShare).map((b) => {
    const first = c.planItems.find((p) => p.bottleneckId === b.id);
    return [
      raw(`<a href="#${anchor(b)}"><code>${esc(b.function)}</code></a>`),
      raw(whereHtml(c, b.file, b.line)),
      b.profileId,
      `${b.category}, ${b.cause}`,
      humanPct(b.sharePct),
      first ? `${first.title}: ${gainText(first)}` : '\u2014',
    ];
  });
  const table = rows.length > 0 ? htmlTable([{ title: 'function' }, { title: 'location' }, { title: 'profile' }, { title: 'kind' }, { title: 'could save', numeric: true }, { title: 'plan (expected gain)' }], rows) : '';
  const ids = new Set([...c.bottlenecks.map((b) => b.id), ...c.findings.map((f) => f.id)]);
  const orphans = c.planItems.filter((p) => !ids.has(p.bottleneckId));
  const other = orphans.length > 0 ? `<h3>Other plan items</h3><ol>${orphans.map((p) => planItemHtml(c, p)).join('\n')}</ol>` : '';
  return `<section id="bottlenecks"><h2>Bottlenecks and plan</h2>\n${table}${other}</section>`;
}
