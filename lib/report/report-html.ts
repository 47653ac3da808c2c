// report.html: the run for people who would rather look than read. One
// self-contained file (styles, flame graphs and their script inline; nothing
// loaded from the network), so it works opened from disk. Pure: records in, text out.

import type { BaselineProfile } from '../exporters/flamegraph-diff.js';
import { esc } from '../exporters/html/escape.js';
import { FLAME_SCRIPT } from '../exporters/html/flame-script.js';
import { FLAME_CSS } from '../exporters/html/flame-style.js';
import { htmlPage } from '../exporters/html/page.js';
import { bottlenecksSection } from './html/bottlenecks.js';
import { comparisonSection } from './html/comparison.js';
import { findingsSection } from './html/findings.js';
import { fixFirstSection } from './html/fix-first.js';
import { latencyChart } from './html/latency-chart.js';
import { memoryChart } from './html/memory-chart.js';
import { profilesSections } from './html/profiles.js';
import { PRINT_SCRIPT } from './html/print-script.js';
import { REPORT_CSS } from './html/style.js';
import { summaryHeader, targetsTable } from './html/summary.js';
import { diagnosticsList, metricsTable } from './html/listings.js';
import type { RunContents } from './run-contents.js';

interface Part {
  id: string;
  title: string;
  html: string;
}

function toc(c: RunContents, before: Part[], after: Part[]): string {
  const link = (id: string, title: string) => `<a href="#${id}">${esc(title)}</a>`;
  const links = [
    ...before.filter((p) => p.html).map((p) => link(p.id, p.title)),
    ...c.profiles.map((p, i) => link(`profile-${i}`, `profile ${p.profileId}`)),
    ...after.filter((p) => p.html).map((p) => link(p.id, p.title)),
  ];
  return `<nav class="toc">${links.join('')}</nav>`;
}

export function renderReportHtml(c: RunContents, baselines?: Map<string, BaselineProfile>, sourceRoot?: string): string {
  // The answer above the fold: the verdict and what to fix first, the targets, then a verification run's comparison.
  const parts: Part[] = [
    { id: 'verdict', title: 'Verdict', html: fixFirstSection(c) },
    { id: 'targets', title: 'Targets', html: targetsTable(c) },
    { id: 'comparison', title: 'Baseline', html: comparisonSection(c) },
    { id: 'latency', title: 'Latency', html: latencyChart(c) },
    { id: 'memory', title: 'Memory', html: memoryChart(c) },
    { id: 'findings', title: 'Findings and plan', html: findingsSection(c) },
    { id: 'bottlenecks', title: 'Bottlenecks and plan', html: bottlenecksSection(c) },
  ];
  const tail: Part[] = [
    { id: 'metrics', title: 'Metrics', html: metricsTable(c) },
    { id: 'diagnostics', title: 'Diagnostics', html: diagnosticsList(c) },
  ];
  const body = [summaryHeader(c), toc(c, parts, tail), ...parts.map((p) => p.html), profilesSections(c, baselines, sourceRoot ?? c.sourceRoot), ...tail.map((p) => p.html)].filter(Boolean).join('\n');
  return htmlPage(`Performance report ${c.run.runId}`, body, REPORT_CSS + FLAME_CSS, FLAME_SCRIPT + PRINT_SCRIPT);
}
