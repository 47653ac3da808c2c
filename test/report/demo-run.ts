// The demo service's recorded run (test/fixtures/record-diagnosis.sh) through
// the real perf-analyze and perf-plan: four findings, four plan items, two
// targets missed. The source root is the recording's own checkout, so the
// renderers shorten its paths as perf-apply --root would on that machine.

import { dirname, join } from 'node:path';
import type { AnyRecord, RunRecord } from '../../lib/records/types.js';
import { groupRecords, type RunContents } from '../../lib/report/run-contents.js';
import { PROFILES, ROOT, parseRecords, sh } from '../helpers.js';

/** A recording of test/fixtures/profiles/diagnosis/ through perf-analyze and perf-plan (the demo service's by default). */
export function demoRecords(recording = 'demo-service.ndjson'): AnyRecord[] {
  const root = recording === 'demo-service.ndjson' ? join(ROOT, 'examples', 'demo-service') : ROOT;
  const r = sh(`cat ${join(PROFILES, 'diagnosis', recording)} | perf-analyze --source-root ${root} | perf-plan`, { env: { SOURCE_DATE_EPOCH: '1767225600' } });
  if (r.code !== 0) throw new Error(r.stderr);
  return parseRecords(r.stdout) as AnyRecord[];
}

export function demoContents(records: AnyRecord[] = demoRecords()): RunContents {
  const run = records.find((r): r is RunRecord => r.type === 'run')!;
  const finding = records.find((r) => r.type === 'finding') as { file: string } | undefined;
  return { ...groupRecords(run, records), ...(finding ? { sourceRoot: dirname(finding.file) } : {}) };
}
