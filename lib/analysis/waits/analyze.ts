// The one place perf-analyze's per-profile analysis calls into the wait
// analysis: a wait profile (lib/model/waits.ts) gets wait bottlenecks.

import type { Profile } from '../../model/profile.js';
import { isWaitProfile } from '../../model/waits.js';
import type { ProfileRecord } from '../../records/types.js';
import type { BottleneckResult } from '../bottlenecks.js';
import type { OriginOptions } from '../origin.js';
import type { SourceLookup } from '../source-files.js';
import { waitBottlenecks } from './bottlenecks.js';
import { waitFindings } from './causes.js';
import { timelinesOf } from './timelines.js';

export { addWaitFacts } from './aggregate.js';

export function waitAnalysis(record: ProfileRecord, profile: Profile, origin: OriginOptions, source?: SourceLookup): BottleneckResult | undefined {
  if (!isWaitProfile(profile)) return undefined;
  const timelines = timelinesOf(profile, origin, source);
  const findings = waitFindings(timelines);
  return { records: waitBottlenecks(findings, timelines, { runId: record.runId, profileId: record.profileId, unit: 'nanoseconds' }), below: { count: 0, sharePct: 0 } };
}
