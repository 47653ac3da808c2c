// perf-apply's one read besides stdin: the baseline profiles that comparison
// records (perf-analyze --baseline) point at, for differential flame graphs.
// Read with the one baseline reader (lib/records/baseline.ts), once per file.

import { resolve } from 'node:path';
import { badInput } from '../base/errors.js';
import type { BaselineProfile } from '../exporters/flamegraph-diff.js';
import { readBaseline, type BaselineRun } from '../records/baseline.js';
import type { AnyRecord, ComparisonRecord } from '../records/types.js';

/** This run's profileId -> its baseline profile. */
export type BaselineProfiles = Map<string, BaselineProfile>;

export async function readBaselineProfiles(records: AnyRecord[], cwd: string): Promise<BaselineProfiles> {
  const out: BaselineProfiles = new Map();
  const runs = new Map<string, BaselineRun>();
  for (const r of records) {
    if (r.type !== 'comparison') continue;
    const { profileId, baselinePath, baselineProfileId, work, cpuPerSample } = r as ComparisonRecord;
    let run = runs.get(baselinePath);
    if (!run) runs.set(baselinePath, (run = await readBaseline(resolve(cwd, baselinePath), baselinePath)));
    const found = run.profiles.find((p) => p.record.profileId === baselineProfileId);
    if (!found) throw badInput(baselinePath, `no profile record with profileId ${JSON.stringify(baselineProfileId)} in the baseline run`);
    out.set(profileId, { runId: run.run.runId, profileId: baselineProfileId, profile: found.profile, ...(work ? { work } : {}), ...(cpuPerSample ? { cpuPerSample } : {}) });
  }
  return out;
}
