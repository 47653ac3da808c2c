// perf-apply: the only stage that writes. It reads the whole run first, then
// writes every file through the write gate, then run.ndjson (which lists the
// other files), and emits one artifact record per file.

import { resolve } from 'node:path';
import { ProfilerError, usage } from '../base/errors.js';
import { readRecords } from '../records/reader.js';
import { isType, type AnyRecord, type ArtifactRecord, type RunRecord } from '../records/types.js';
import { RecordWriter } from '../records/writer.js';
import { plannedFiles } from '../report/outputs.js';
import { runDir, type PlannedFile } from '../report/run-folder.js';
import { groupRecords } from '../report/run-contents.js';
import { WriteGate } from '../write-gate.js';
import { readBaselineProfiles } from './baseline-profiles.js';
import type { CliIO } from '../base/io.js';
import { logger } from '../base/io.js';
import { maxRecordBytes } from './stage.js';

export interface ApplyOptions {
  root: string;
  dryRun: boolean;
  apply: boolean;
  verbose: boolean;
}

async function readRun(io: CliIO): Promise<{ run: RunRecord; records: AnyRecord[] }> {
  if (io.stdin.isTTY) throw usage('perf-apply reads NDJSON records on stdin; pipe perf-plan into it (see perf-apply --help)');
  const records: AnyRecord[] = [];
  let run: RunRecord | undefined;
  for await (const { record, line } of readRecords(io.stdin, { source: 'stdin', maxRecordBytes: maxRecordBytes(io.env) })) {
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

export async function runApply(options: ApplyOptions, io: CliIO): Promise<number> {
  const log = logger(io, 'perf-apply', options.verbose);
  const { run, records } = await readRun(io);
  const contents = groupRecords(run, records);
  const gate = new WriteGate(options.root, { dryRun: options.dryRun });
  const artifacts: ArtifactRecord[] = [];
  const write = async (file: PlannedFile) => {
    const result = await gate.write(file.path, file.content, file.options);
    log.info(`${result.action} ${result.path} (${result.bytes} bytes)`);
    if (result.action === 'kept') io.stderr.write(`perf-apply: kept the existing ${result.path}; it is never overwritten (edit or remove it yourself)\n`);
    artifacts.push({ type: 'artifact', v: 1, runId: run.runId, ...result });
  };
  const baselines = await readBaselineProfiles(records, io.cwd);
  for (const file of plannedFiles(contents, { apply: options.apply, baselines, sourceRoot: resolve(io.cwd, options.root) })) await write(file);
  const lines = [...records, ...artifacts].map((r) => JSON.stringify(r)).join('\n') + '\n';
  await write({ path: `${runDir(run.runId)}/run.ndjson`, content: lines });

  const out = new RecordWriter(io.stdout, 'perf-apply');
  for (const artifact of artifacts) await out.write(artifact);
  await out.end();
  const verb = options.dryRun ? 'would write' : 'wrote';
  io.stderr.write(`perf-apply: ${verb} ${artifacts.length} files; report: ${runDir(run.runId)}/report.md\n`);
  return 0;
}
