// The report's header: what ran, where, and whether the scenario's targets
// were met (run.scenario.targets against the metric records, docs/contracts.md).

import { esc } from '../../exporters/html/escape.js';
import type { RunContents } from '../run-contents.js';
import { targetRows } from '../targets.js';
import { htmlTable, raw } from './html-table.js';

export function targetsTable(c: RunContents): string {
  const rows = targetRows(c).map((t) => [t.label, t.wanted, t.measured ?? '\u2014', raw(`<span class="st ${t.status === 'not measured' ? 'unknown' : t.status}">${esc(t.status)}</span>`)]);
  if (rows.length === 0) return '';
  return `<section id="targets"><h2>Targets</h2>\n${htmlTable([{ title: 'target' }, { title: 'goal', numeric: true }, { title: 'measured', numeric: true }, { title: 'status' }], rows)}</section>`;
}

export function summaryHeader(c: RunContents): string {
  const r = c.run;
  const facts: [string, string][] = [
    ['started', r.startedAt],
    ['profiler', r.profiler],
    ['command', r.command.join(' ')],
    ['host', `${r.host.platform}/${r.host.arch}, ${r.host.cpus} CPUs, Node ${r.host.node}`],
    ['tool', `${r.tool.name} ${r.tool.version}`],
  ];
  if (r.scenario) facts.splice(1, 0, ['scenario', r.scenario.name]);
  if (r.git) facts.push(['git', `${r.git.commit.slice(0, 12)}${r.git.dirty ? ' (uncommitted changes)' : ''}`]);
  const counts = `${c.profiles.length} profile${c.profiles.length === 1 ? '' : 's'}, ${c.findings.length > 0 ? `${c.findings.length} finding${c.findings.length === 1 ? '' : 's'}` : `${c.bottlenecks.length} bottleneck${c.bottlenecks.length === 1 ? '' : 's'}`}, ${c.planItems.length} plan item${c.planItems.length === 1 ? '' : 's'}`;
  return [
    `<header><h1>Performance report <span class="run-id">${esc(r.runId)}</span></h1>`,
    `<p class="lede">${esc(counts)}</p>`,
    `<dl class="facts">${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl></header>`,
  ].join('\n');
}
