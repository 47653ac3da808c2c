// The records perf-collect writes, the same way for both its paths (--input
// and --run-profile): the run, its metrics, each profile followed by what its
// format could not give, then the run's diagnostics.

import type { ImportedProfile } from '../importers/types.js';
import { diagnostic } from '../records/diagnostic.js';
import { toProfileRecord } from '../records/profile-data.js';
import type { DiagnosticRecord, MetricRecord, RunRecord, TargetOutputRecord } from '../records/types.js';
import type { RecordOut } from './stage-output.js';

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
  /** The target's own output, one per repeat (--run-profile). */
  outputs?: Omit<TargetOutputRecord, 'type' | 'v' | 'runId'>[];
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

export async function emitCollected(out: RecordOut, collected: CollectedRun): Promise<void> {
  const { runId } = collected.run;
  await out.write(collected.run);
  for (const m of collected.metrics ?? []) await out.write({ type: 'metric', v: 1, runId, ...m });
  for (const { profileId, imported, source } of collected.profiles) {
    const record = toProfileRecord(imported, runId, profileId, source);
    if (imported.labels) record.labels = imported.labels;
    await out.write(record);
    for (const note of imported.notes ?? []) await out.write(diagnostic(STAGE, 'warning', 'import-limitation', `${profileId}: ${note}`, runId));
  }
  for (const o of collected.outputs ?? []) await out.write({ type: 'target-output', v: 1, runId, ...o });
  for (const d of collected.diagnostics ?? []) await out.write(d);
  await out.end();
}
