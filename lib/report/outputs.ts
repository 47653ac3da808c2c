// The files of a run folder, as a list of producers: each feature adds one
// producer (a pure function from the run's records to files) to OUTPUTS.
// perf-apply writes them in this order, then run.ndjson last.

import { pprofBytesOf } from '../records/profile-data.js';
import type { TargetOutputRecord } from '../records/types.js';
import { planFiles } from './plan/outputs.js';
import { flameGraphs, profileExports, reportHtml } from './html/outputs.js';
import { renderReportMd } from './report-md.js';
import type { RunContents } from './run-contents.js';
import { runDir, type OutputOptions, type OutputProducer, type PlannedFile } from './run-folder.js';

const profiles: OutputProducer = (c) => c.profiles.map((p) => ({ path: `${runDir(c.run.runId)}/${p.profileId}.pb.gz`, content: pprofBytesOf(p) }));
/** The file a target-output record is kept in: target-output.txt, or target-output-<n>.txt per repeat. */
export function targetOutputFile(runId: string, repeat: number | undefined): string {
  return `${runDir(runId)}/target-output${repeat !== undefined ? `-${repeat}` : ''}.txt`;
}
/** The profiled program's own output (perf-collect --run-profile), as it wrote it, bounded. */
const targetOutputs: OutputProducer = (c) =>
  c.all.filter((r): r is TargetOutputRecord => r.type === 'target-output' && r.runId === c.run.runId).map((o) => ({ path: targetOutputFile(c.run.runId, o.repeat), content: o.text }));
const reportMd: OutputProducer = (c) => [{ path: `${runDir(c.run.runId)}/report.md`, content: renderReportMd(c) }];

export const OUTPUTS: OutputProducer[] = [profiles, profileExports, flameGraphs, targetOutputs, reportMd, reportHtml, planFiles];

/** What each producer makes, for the progress line of a big run ("rendering flame graphs, 3 of 7"). */
const WHAT = new Map<OutputProducer, string>([
  [profiles, 'profiles'], [profileExports, 'profile exports'], [flameGraphs, 'flame graphs'], [targetOutputs, "the program's output"],
  [reportMd, 'report.md'], [reportHtml, 'report.html'], [planFiles, 'plan files'],
]);

/** `step` hears of each producer before it runs (perf-apply's progress line on a terminal). */
export function plannedFiles(c: RunContents, options: OutputOptions, step?: (what: string, index: number, count: number) => void): PlannedFile[] {
  // Every renderer shows paths relative to the root it was given (lib/report/paths.ts).
  const view: RunContents = options.sourceRoot ? { ...c, sourceRoot: options.sourceRoot } : c;
  return OUTPUTS.flatMap((produce, i) => {
    step?.(WHAT.get(produce) ?? 'files', i + 1, OUTPUTS.length);
    return produce(view, options);
  });
}
