// Reads a previous run's run.ndjson for --baseline: its run, metrics and
// profiles (decoded). Errors name the file and line, like any record input.

import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { badInput } from '../base/errors.js';
import type { Profile } from '../model/profile.js';
import { profileOfRecord } from '../records/profile-data.js';
import { readRecords } from '../records/reader.js';
import { isType, type MetricRecord, type ProfileRecord, type RunRecord } from '../records/types.js';

export interface BaselineRun {
  path: string;
  run: RunRecord;
  metrics: MetricRecord[];
  profiles: { record: ProfileRecord; profile: Profile }[];
}

export async function readBaseline(path: string): Promise<BaselineRun> {
  try {
    await access(path);
  } catch {
    throw badInput(path, 'no such file; --baseline expects the run.ndjson of an earlier run');
  }
  let run: RunRecord | undefined;
  const metrics: MetricRecord[] = [];
  const profiles: BaselineRun['profiles'] = [];
  for await (const { record, line } of readRecords(createReadStream(path), { source: path })) {
    if (isType(record, 'run')) run ??= record;
    else if (isType(record, 'metric')) metrics.push(record);
    else if (isType(record, 'profile')) profiles.push({ record, profile: profileOfRecord(record, `${path}:${line}`) });
  }
  if (!run) throw badInput(path, 'no run record; --baseline expects the run.ndjson of an earlier run');
  return { path, run, metrics, profiles };
}
