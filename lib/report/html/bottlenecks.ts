// Bottlenecks, each with the plan items that address it beside it.

import { esc } from '../../exporters/html/escape.js';
import type { BottleneckRecord, PlanItemRecord } from '../../records/types.js';
import { location, pct } from '../format.js';
import type { RunContents } from '../run-contents.js';

const byRank = (a: { rank: number; id: string }, b: { rank: number; id: string }): number => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function planItem(p: PlanItemRecord): string {
  const g = p.expectedGainPct;
  const commands = p.verification.commands.map((cmd) => `<code>${esc(cmd)}</code>`).join(' ');
  return [
    `<li class="plan-item"><b>${esc(p.title)}</b> <span class="tag conf-${esc(p.confidence)}">${esc(p.confidence)} confidence</span>`,
    `<div class="strategy">${esc(p.strategy)}</div>`,
    `<div class="gain">expected gain ${esc(pct(g.expected))} (${esc(pct(g.low))} to ${esc(pct(g.high))}), ${esc(p.method)}</div>`,
    `<p>${esc(p.description)}</p>`,
    `<div class="verify">verify: ${esc(p.verification.metric)} \u2192 ${esc(String(p.verification.target))}${commands ? ` with ${commands}` : ''}</div></li>`,
  ].join('\n');
}

function card(b: BottleneckRecord, items: PlanItemRecord[]): string {
  const evidence = b.evidence.map((e) => `<li>${esc(e)}</li>`).join('');
  return [
    `<article class="bottleneck" id="bottleneck-${esc(b.id)}">`,
    `<div class="bn-main"><h3><span class="rank">#${b.rank}</span> <code>${esc(b.function)}</code></h3>`,
    `<div class="where">${esc(location(b.file, b.line) || 'no source file')} \u00b7 ${esc(b.category)} \u00b7 ${esc(b.cause)} \u00b7 profile ${esc(b.profileId)}</div>`,
    `<div class="share"><span class="bar"><i style="width:${Math.min(100, Math.max(0, b.sharePct)).toFixed(2)}%"></i></span> ${esc(pct(b.sharePct))} could be saved</div>`,
    evidence ? `<ul class="evidence">${evidence}</ul>` : '',
    '</div>',
    `<div class="bn-plan"><h4>Plan</h4>${items.length > 0 ? `<ol>${items.map(planItem).join('\n')}</ol>` : '<p class="none">No plan item for this bottleneck.</p>'}</div>`,
    '</article>',
  ].join('\n');
}

export function bottlenecksSection(c: RunContents): string {
  if (c.bottlenecks.length === 0 && c.planItems.length === 0) return '';
  const ids = new Set(c.bottlenecks.map((b) => b.id));
  const cards = [...c.bottlenecks].sort(byRank).map((b) => card(b, c.planItems.filter((p) => p.bottleneckId === b.id)));
  const orphans = c.planItems.filter((p) => !ids.has(p.bottleneckId));
  if (orphans.length > 0) cards.push(`<article class="bottleneck"><div class="bn-plan"><h4>Other plan items</h4><ol>${orphans.map(planItem).join('\n')}</ol></div></article>`);
  return `<section id="bottlenecks"><h2>Bottlenecks and plan</h2>\n${cards.join('\n')}</section>`;
}
