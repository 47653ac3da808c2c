// The files of a run folder, as a list of producers: each feature adds one
// producer (a pure function from the run's records to files) to OUTPUTS.
// perf-apply writes them in this order, then run.ndjson last.

import type { BaselineProfile } from '../exporters/flamegraph-diff.js';
import { pprofBytesOf } from '../records/profile-data.js';
import type { WriteOptions } from '../write-gate.js';
import { planFiles } from './plan/outputs.js';
import { flameGraphs, profileExports, reportHtml } from './html/outputs.js';
import { renderReportMd } from './report-md.js';
import type { RunContents } from './run-contents.js';

export const PERFORMANCE_DIR = '.spec/reports/performance';
export const PREVIEWS_DIR = '.spec/reports/previews';

export interface OutputOptions {
  /** --apply: write tasks.md into the run folder instead of only a preview. */
  apply: boolean;
  /** This run's profileId -> baseline profile, read by perf-apply for differential flame graphs. */
  baselines?: Map<string, BaselineProfile>;
  /** The project root (perf-apply --root, absolute): frames under it are the user's code in flame graphs. */
  sourceRoot?: string;
}

export interface PlannedFile {
  /** Relative to the project root. */
  path: string;
  content: string | Buffer;
  options?: WriteOptions;
}

export type OutputProducer = (c: RunContents, options: OutputOptions) => PlannedFile[];

export function runDir(runId: string): string {
  return `${PERFORMANCE_DIR}/${runId}`;
}

const profiles: OutputProducer = (c) => c.profiles.map((p) => ({ path: `${runDir(c.run.runId)}/${p.profileId}.pb.gz`, content: pprofBytesOf(p) }));
const reportMd: OutputProducer = (c) => [{ path: `${runDir(c.run.runId)}/report.md`, content: renderReportMd(c) }];

export const OUTPUTS: OutputProducer[] = [profiles, profileExports, flameGraphs, reportMd, reportHtml, planFiles];

export function plannedFiles(c: RunContents, options: OutputOptions): PlannedFile[] {
  return OUTPUTS.flatMap((produce) => produce(c, options));
}
