// What every NDJSON stage shares: refuse a bare terminal on stdin, read and
// validate records, pass through what the stage does not consume, and stop
// quietly when the reader downstream goes away; on a terminal, a summary
// instead of the records (lib/cli/stage-output.ts).

import type { AnyRecord } from '../records/types.js';
import type { CliIO } from '../base/io.js';
import { stageRecords } from './stage-input.js';
import { stageOutput, type RecordOut, type Summarize } from './stage-output.js';

export interface StageHandlers {
  /** Return true when the stage consumed the record (it will not be passed on). */
  onRecord(record: AnyRecord, out: RecordOut, line: number): Promise<boolean> | boolean;
  /** Called once stdin has ended; emit what the stage produces. */
  onEnd(out: RecordOut): Promise<void>;
}

/** With `summarize`, the records are kept and a summary for people is written instead (stdout is a terminal). */
export async function runStage(io: CliIO, stage: string, handlers: StageHandlers, summarize?: Summarize): Promise<number> {
  const out = stageOutput(io, stage, summarize);
  for await (const { record, line } of stageRecords(io, stage)) {
    if (out.closed) break;
    const consumed = await handlers.onRecord(record, out, line);
    if (!consumed) await out.write(record);
  }
  if (!out.closed) await handlers.onEnd(out);
  await out.end();
  return 0;
}
