// The one reader of an earlier run's run.ndjson (--baseline), for every stage
// that needs it (perf-analyze compares and checks the plan, perf-apply draws
// differential flame graphs): every line parsed and schema-validated by the
// record reader, errors naming the file and line.

import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { badInput } from '../base/errors.js';
import type { Profile } from '../model/profile.js';
import { profileOfRecord } from './profile-data.js';
import { readRecords } from './reader.js';
import { isType, type AnyRecord, type MetricRecord, type PlanItemRecord, type ProfileRecord, type RunRecord } from './types.js';

export interface BaselineRun {
  /** The path as the user gave it (what comparison records carry). */
  path: string;
  run: RunRecord;
  metrics: MetricRecord[];
  profiles: { record: ProfileRecord; profile: Profile }[];
  planItems: PlanItemRecord[];
  /** Every record, in file order (findings and the like, for the plan check). */
  records: AnyRecord[];
}

const EXPECTED = '--baseline expects the run.ndjson of an earlier run';

/** Read `file` (resolved); `shownAs` is how messages and records name it. */
export async function readBaseline(file: string, shownAs = file): Promise<BaselineRun> {
  try {
    await access(file);
  } catch {
    throw badInput(shownAs, `no such file; ${EXPECTED}`);
  }
  let run: RunRecord | undefined;
  const metrics: MetricRecord[] = [];
  const profiles: BaselineRun['profiles'] = [];
  const planItems: PlanItemRecord[] = [];
  const records: AnyRecord[] = [];
  for await (const { record, line } of readRecords(createReadStream(file), { source: shownAs })) {
    if (isType(record, 'run')) run ??= record;
    else if (isType(record, 'metric')) metrics.push(record);
    else if (isType(record, 'plan-item')) planItems.push(record);
    else if (isType(record, 'profile')) {
      profiles.push({ record, profile: profileOfRecord(record, `${shownAs}:${line}`) });
      continue; // the decoded profile is kept instead of its base64
    }
    records.push(record);
  }
  if (!run) throw badInput(shownAs, `no run record; ${EXPECTED}`);
  return { path: shownAs, run, metrics, profiles, planItems, records };
}
