// perf-apply: the only stage that writes. It reads the whole run first, then
// writes every file through the write gate, then run.ndjson (which lists the
// other files), and emits one artifact record per file.

import { resolve } from 'node:path';
import { ProfilerError } from '../base/errors.js';
import { isType, type AnyRecord, type ArtifactRecord, type RunRecord } from '../records/types.js';
import { RecordWriter } from '../records/writer.js';
import { plannedFiles } from '../report/outputs.js';
import { PERFORMANCE_DIR, PREVIEWS_DIR, runDir, type PlannedFile } from '../report/run-folder.js';
import { groupRecords } from '../report/run-contents.js';
import { WriteGate } from '../write-gate.js';
import { CALIBRATION_FILE, historyText, pointsFromChecks } from '../plan/calibration/history.js';
import { readBaselineProfiles } from './baseline-profiles.js';
import type { CliIO } from '../base/io.js';
import { logger } from '../base/io.js';
import { stageRecords } from './stage-input.js';
import { runSummary } from './summary/run-summary.js';
import { LiveLine } from './live-line.js';

export interface ApplyOptions {
  root: string;
  dryRun: boolean;
  apply: boolean;
  verbose: boolean;
  /** Write the summary for people instead of artifact records (lib/cli/summary/run-summary.ts). */
  summary?: boolean;
}

async function readRun(io: CliIO): Promise<{ run: RunRecord; records: AnyRecord[] }> {
  const records: AnyRecord[] = [];
  let run: RunRecord | undefined;
  for await (const { record, line } of stageRecords(io, 'perf-apply')) {
    if (isType(record, 'run')) {
      if (run) throw new ProfilerError('bad-record', `stdin:${line}: a second run record (${record.runId}); perf-apply writes one run at a time`);
      run = record;
    } else if (typeof record.runId === 'string' && run && record.runId !== run.runId) {
      throw new ProfilerError('bad-record', `stdin:${line}: ${record.type} record belongs to run ${record.runId}, not ${run.runId}`);
    }
    records.push(record);
  }
  if (!run) throw new ProfilerError('bad-record', 'stdin: no run record in the input; expected the output of perf-collect (through perf-analyze and perf-plan)');
  return { run, records };
}

/**
 * Claim the run's folders before anything is written: an exclusive mkdir, so
 * two runs that got the same id (same second, same inputs) never share one.
 * A taken id gets a suffix, and every record of the run is renamed with it.
 */
async function claimRun(gate: WriteGate, run: RunRecord, records: AnyRecord[], options: ApplyOptions): Promise<{ run: RunRecord; records: AnyRecord[] }> {
  const previews = !options.apply && records.some((r) => r.type === 'plan-item' || r.type === 'plan-check');
  const roots = previews ? [PERFORMANCE_DIR, PREVIEWS_DIR] : [PERFORMANCE_DIR];
  const runId = await gate.claimRunFolder(run.runId, roots, { exact: run.runIdGiven === true });
  if (runId === run.runId) return { run, records };
  const renamed = records.map((r) => (r.runId === run.runId ? { ...r, runId } : r)) as AnyRecord[];
  return { run: renamed.find((r): r is RunRecord => isType(r, 'run'))!, records: renamed };
}

export async function runApply(options: ApplyOptions, io: CliIO): Promise<number> {
  const log = logger(io, 'perf-apply', options.verbose);
  const gate = new WriteGate(options.root, { dryRun: options.dryRun });
  const read = await readRun(io);
  // Everything that can fail on bad input is read before the run's folder is claimed.
  const baselines = await readBaselineProfiles(read.records, io.cwd);
  const { run, records } = await claimRun(gate, read.run, read.records, options);
  if (run.runId !== read.run.runId) io.stderr.write(`perf-apply: run ${read.run.runId} already exists; this run is ${run.runId}\n`);
  const contents = groupRecords(run, records);
  const artifacts: ArtifactRecord[] = [];
  const write = async (file: PlannedFile) => {
    const result = await gate.write(file.path, file.content, file.options);
    log.info(`${result.action} ${result.path} (${result.bytes} bytes)`);
    if (result.action === 'kept') io.stderr.write(`perf-apply: kept the existing ${result.path}; it is never overwritten (edit or remove it yourself)\n`);
    artifacts.push({ type: 'artifact', v: 1, runId: run.runId, ...result });
  };
  const line = new LiveLine(io, 'perf-apply');
  const files = plannedFiles(contents, { apply: options.apply, baselines, sourceRoot: resolve(io.cwd, options.root) }, (what, i, n) => line.set(`rendering ${what} (${i} of ${n})`, true));
  for (const [i, file] of files.entries()) {
    line.set(`writing ${file.path.split('/').pop()} (${i + 1} of ${files.length})`);
    await write(file);
  }
  line.done();
  // Verified fixes become calibration points, kept in this run's own folder; perf-plan scans the run folders for them.
  const points = pointsFromChecks(records);
  if (points.length > 0) {
    log.info(`calibration: ${points.length} verified fix${points.length === 1 ? '' : 'es'} kept for later estimates`);
    await write({ path: `${runDir(run.runId)}/${CALIBRATION_FILE}`, content: historyText(points) });
  }
  const lines = [...records, ...artifacts].map((r) => JSON.stringify(r)).join('\n') + '\n';
  await write({ path: `${runDir(run.runId)}/run.ndjson`, content: lines });

  if (options.summary) {
    const reportFile = artifacts.find((a) => a.path.endsWith('/report.html')) ?? artifacts.find((a) => a.path.endsWith('/report.md'));
    const reportPath = resolve(io.cwd, options.root, reportFile?.path ?? runDir(run.runId));
    const sourceRoot = resolve(io.cwd, options.root);
    io.stdout.write(runSummary({ contents: { ...contents, sourceRoot }, reportPath, files: artifacts.length, dryRun: options.dryRun }));
    return 0;
  }
  const out = new RecordWriter(io.stdout, 'perf-apply');
  for (const artifact of artifacts) await out.write(artifact);
  await out.end();
  const verb = options.dryRun ? 'would write' : 'wrote';
  io.stderr.write(`perf-apply: ${verb} ${artifacts.length} files; report: ${runDir(run.runId)}/report.md\n`);
  return 0;
}
