// The top of report.html, above the fold: the verdict, then "Fix this first"
// (lib/report/fix-first.ts) as a short list of cards, each with its expected
// gain, where (relative; the absolute path in the title) and why.

import { humanPct } from '../../base/human.js';
import { esc } from '../../exporters/html/escape.js';
import { fixFirst, type FixFirstItem } from '../fix-first.js';
import { anchorOf } from '../plan/common.js';
import { bareTitle, prose } from '../prose.js';
import type { RunContents } from '../run-contents.js';
import { verdictOf } from '../verdict.js';
import { whereHtml } from './where.js';

function itemHtml(c: RunContents, f: FixFirstItem): string {
  const g = f.item.expectedGainPct;
  const link = f.finding ? `#finding-${f.finding.id}` : `plan.md#${anchorOf(f.item)}`;
  return [
    '<li class="ff-item">',
    `<div class="ff-gain"><b>${esc(humanPct(g.expected))}</b><small>off ${esc(f.metric)}</small></div>`,
    `<div class="ff-body"><a class="ff-title" href="${esc(link)}">${esc(bareTitle(f.item.title))}</a> ${whereHtml(c, f.file, f.line)}`,
    `<p class="ff-why">${esc(prose(c, f.why))}.</p>`,
    `<p class="ff-meta">expected ${esc(humanPct(g.expected))} (${esc(humanPct(g.low))} to ${esc(humanPct(g.high))}) \u00b7 ${esc(f.item.id)} \u00b7 ${esc(f.item.confidence)} confidence</p></div>`,
    '</li>',
  ].join('');
}

export function fixFirstSection(c: RunContents): string {
  const first = fixFirst(c);
  const verdict = verdictOf(c, first);
  const list = first.items.length > 0 ? `<h3>Fix this first</h3>\n<ol class="fix-first">${first.items.map((f) => itemHtml(c, f)).join('\n')}</ol>` : '';
  return [
    `<section id="verdict" class="verdict-box v-${esc(verdict.status)}"><h2>Verdict</h2>`,
    `<p class="verdict-text">${esc(verdict.sentences.map((s) => prose(c, s)).join(' '))}</p>`,
    list,
    '</section>',
  ].filter(Boolean).join('\n');
}
