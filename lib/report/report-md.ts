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
import { metricsSection } from './sections/metrics.js';
import { planSection } from './sections/plan.js';
import { profilesSection } from './sections/profiles.js';
import { summarySection } from './sections/summary.js';

export type Section = (c: RunContents) => string;

// The comparison (a verification run's verdict) comes right after the summary.
export const SECTIONS: Section[] = [summarySection, comparisonSection, metricsSection, findingsSection, bottlenecksSection, profilesSection, viewsSection, planSection, diagnosticsSection];

export function renderReportMd(c: RunContents): string {
  return SECTIONS.map((section) => section(c)).filter(Boolean).join('\n\n') + '\n';
}
