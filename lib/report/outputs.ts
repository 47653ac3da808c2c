// The files of a run folder, as a list of producers: each feature adds one
// producer (a pure function from the run's records to files) to OUTPUTS.
// perf-apply writes them in this order, then run.ndjson last.

import { pprofBytesOf } from '../records/profile-data.js';
import { planFiles } from './plan/outputs.js';
import { flameGraphs, profileExports, reportHtml } from './html/outputs.js';
import { renderReportMd } from './report-md.js';
import type { RunContents } from './run-contents.js';
import { runDir, type OutputOptions, type OutputProducer, type PlannedFile } from './run-folder.js';

const profiles: OutputProducer = (c) => c.profiles.map((p) => ({ path: `${runDir(c.run.runId)}/${p.profileId}.pb.gz`, content: pprofBytesOf(p) }));
const reportMd: OutputProducer = (c) => [{ path: `${runDir(c.run.runId)}/report.md`, content: renderReportMd(c) }];

export const OUTPUTS: OutputProducer[] = [profiles, profileExports, flameGraphs, reportMd, reportHtml, planFiles];

export function plannedFiles(c: RunContents, options: OutputOptions): PlannedFile[] {
  // Every renderer shows paths relative to the root it was given (lib/report/paths.ts).
  const view: RunContents = options.sourceRoot ? { ...c, sourceRoot: options.sourceRoot } : c;
  return OUTPUTS.flatMap((produce) => produce(view, options));
}
