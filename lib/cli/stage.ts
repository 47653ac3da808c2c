// What every NDJSON stage shares: refuse a bare terminal on stdin, read and
// validate records, pass through what the stage does not consume, and stop
// quietly when the reader downstream goes away.

import type { AnyRecord } from '../records/types.js';
import { RecordWriter } from '../records/writer.js';
import type { CliIO } from '../base/io.js';
import { stageRecords } from './stage-input.js';

export interface StageHandlers {
  /** Return true when the stage consumed the record (it will not be passed on). */
  onRecord(record: AnyRecord, out: RecordWriter, line: number): Promise<boolean> | boolean;
  /** Called once stdin has ended; emit what the stage produces. */
  onEnd(out: RecordWriter): Promise<void>;
}

export async function runStage(io: CliIO, stage: string, handlers: StageHandlers): Promise<number> {
  const out = new RecordWriter(io.stdout, stage);
  for await (const { record, line } of stageRecords(io, stage)) {
    if (out.closed) break;
    const consumed = await handlers.onRecord(record, out, line);
    if (!consumed) await out.write(record);
  }
  if (!out.closed) await handlers.onEnd(out);
  await out.end();
  return 0;
}
