// perf-apply's one read besides stdin: the baseline profiles that comparison
// records (perf-analyze --baseline) point at, for differential flame graphs.
// Each baseline run.ndjson is read once, through the same validating reader
// as stdin; only the profile records named by a comparison are decoded.

import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { badInput } from '../errors.js';
import type { BaselineProfile } from '../exporters/flamegraph-diff.js';
import { profileOfRecord } from '../records/profile-data.js';
import { readRecords } from '../records/reader.js';
import type { AnyRecord, ProfileRecord } from '../records/types.js';

/** This run's profileId -> its baseline profile. */
export type BaselineProfiles = Map<string, BaselineProfile>;

interface Wanted {
  profileId: string;
  baselinePath: string;
  baselineProfileId: string;
}

function wanted(records: AnyRecord[]): Wanted[] {
  const out: Wanted[] = [];
  for (const r of records) {
    if (r.type !== 'comparison') continue;
    const { profileId, baselinePath, baselineProfileId } = r as Record<string, unknown>;
    if (typeof profileId === 'string' && typeof baselinePath === 'string' && typeof baselineProfileId === 'string') out.push({ profileId, baselinePath, baselineProfileId });
  }
  return out;
}

export async function readBaselineProfiles(records: AnyRecord[], cwd: string, maxRecordBytes?: number): Promise<BaselineProfiles> {
  const out: BaselineProfiles = new Map();
  const byPath = new Map<string, Wanted[]>();
  for (const w of wanted(records)) byPath.set(w.baselinePath, [...(byPath.get(w.baselinePath) ?? []), w]);
  for (const [path, list] of [...byPath].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const ids = new Set(list.map((w) => w.baselineProfileId));
    const found = new Map<string, { runId: string; record: ProfileRecord }>();
    const input = createReadStream(resolve(cwd, path));
    const opened = new Promise<void>((ok, fail) => input.once('open', () => ok()).once('error', fail));
    await opened.catch((err: NodeJS.ErrnoException) => {
      throw badInput(path, `cannot read the baseline run for a differential flame graph (${err.code ?? err.message})`);
    });
    for await (const { record } of readRecords(input, { source: path, maxRecordBytes })) {
      if (record.type === 'profile' && ids.has((record as ProfileRecord).profileId)) {
        const p = record as ProfileRecord;
        found.set(p.profileId, { runId: p.runId, record: p });
      }
    }
    for (const w of list) {
      const hit = found.get(w.baselineProfileId);
      if (!hit) throw badInput(path, `no profile record with profileId ${JSON.stringify(w.baselineProfileId)} in the baseline run`);
      out.set(w.profileId, { runId: hit.runId, profileId: w.baselineProfileId, profile: profileOfRecord(hit.record, `${path}: profile ${w.baselineProfileId}`) });
    }
  }
  return out;
}
