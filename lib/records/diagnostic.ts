// A diagnostic record: how every stage says what went wrong or was skipped,
// in the stream itself, so the next stage and the report can show it.

import type { DiagnosticRecord } from './types.js';

export function diagnostic(stage: string, level: DiagnosticRecord['level'], code: string, message: string, runId?: string): DiagnosticRecord {
  const record: DiagnosticRecord = { type: 'diagnostic', v: 1, level, code, message, stage };
  if (runId) record.runId = runId;
  return record;
}
