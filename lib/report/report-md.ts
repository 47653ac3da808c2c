// report.md: the run at a glance, for people. Pure: records in, text out.
// Each part is a section renderer in lib/report/sections/; a feature adds its
// section to SECTIONS in the place it belongs. An empty string means "nothing
// to show" and is left out.

import type { RunContents } from './run-contents.js';
import { bottlenecksSection } from './sections/bottlenecks.js';
import { comparisonSection } from './sections/comparison.js';
import { viewsSection } from './sections/views.js';
import { diagnosticsSection } from './sections/diagnostics.js';
import { findingsSection } from './sections/findings.js';
import { fixFirstSection } from './sections/fix-first.js';
import { metricsSection } from './sections/metrics.js';
import { planSection } from './sections/plan.js';
import { profilesSection } from './sections/profiles.js';
import { summarySection } from './sections/summary.js';
import { targetsSection } from './sections/targets.js';

export type Section = (c: RunContents) => string;

// The answer first: the verdict and what to fix first, the targets, a
// verification run's comparison, the plan; then the evidence, and the long
// tables (profiles, views) last but for the diagnostics.
export const SECTIONS: Section[] = [summarySection, fixFirstSection, targetsSection, comparisonSection, planSection, findingsSection, metricsSection, bottlenecksSection, profilesSection, viewsSection, diagnosticsSection];

export function renderReportMd(c: RunContents): string {
  return SECTIONS.map((section) => section(c)).filter(Boolean).join('\n\n') + '\n';
}
