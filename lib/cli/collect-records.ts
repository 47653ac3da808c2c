// The records perf-collect writes, the same way for both its paths (--input
// and --run-profile): the run, its metrics, each profile followed by what its
// format could not give, then the run's diagnostics.

import type { Writable } from 'node:stream';
import type { ImportedProfile } from '../importers/types.js';
import { diagnostic } from '../records/diagnostic.js';
import { toProfileRecord } from '../records/profile-data.js';
import type { DiagnosticRecord, MetricRecord, RunRecord } from '../records/types.js';
import { RecordWriter } from '../records/writer.js';

export const STAGE = 'perf-collect';

export interface EmittedProfile {
  profileId: string;
  imported: ImportedProfile & { labels?: Record<string, string> };
  /** The input it was read from (--input), when there was one. */
  source?: string;
}

export interface CollectedRun {
  run: RunRecord;
  metrics?: Omit<MetricRecord, 'type' | 'v' | 'runId'>[];
  profiles: EmittedProfile[];
  /** Written after the profiles: collector warnings, a run cut short. */
  diagnostics?: DiagnosticRecord[];
}

/** `base`, or `base-2`, `base-3`... whichever is not taken yet (and takes it). */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export async function emitCollected(stdout: Writable, collected: CollectedRun): Promise<void> {
  const { runId } = collected.run;
  const out = new RecordWriter(stdout, STAGE);
  await out.write(collected.run);
  for (const m of collected.metrics ?? []) await out.write({ type: 'metric', v: 1, runId, ...m });
  for (const { profileId, imported, source } of collected.profiles) {
    const record = toProfileRecord(imported, runId, profileId, source);
    if (imported.labels) record.labels = imported.labels;
    await out.write(record);
    for (const note of imported.notes ?? []) await out.write(diagnostic(STAGE, 'warning', 'import-limitation', `${profileId}: ${note}`, runId));
  }
  for (const d of collected.diagnostics ?? []) await out.write(d);
  await out.end();
}
