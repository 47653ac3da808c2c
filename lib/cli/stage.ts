// What every NDJSON stage shares: refuse a bare terminal on stdin, read and
// validate records, pass through what the stage does not consume, and stop
// quietly when the reader downstream goes away.

import { usage } from '../base/errors.js';
import { readRecords } from '../records/reader.js';
import type { AnyRecord } from '../records/types.js';
import { RecordWriter } from '../records/writer.js';
import type { CliIO } from '../base/io.js';

export interface StageHandlers {
  /** Return true when the stage consumed the record (it will not be passed on). */
  onRecord(record: AnyRecord, out: RecordWriter, line: number): Promise<boolean> | boolean;
  /** Called once stdin has ended; emit what the stage produces. */
  onEnd(out: RecordWriter): Promise<void>;
}

export function maxRecordBytes(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.PERF_MAX_RECORD_BYTES;
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw usage(`PERF_MAX_RECORD_BYTES must be a whole number of bytes, got '${raw}'`);
  return Number(raw);
}

export async function runStage(io: CliIO, stage: string, handlers: StageHandlers): Promise<number> {
  if (io.stdin.isTTY) {
    throw usage(`${stage} reads NDJSON records on stdin; pipe perf-collect into it (see ${stage} --help)`);
  }
  const out = new RecordWriter(io.stdout, stage);
  for await (const { record, line } of readRecords(io.stdin, { source: 'stdin', maxRecordBytes: maxRecordBytes(io.env) })) {
    if (out.closed) break;
    const consumed = await handlers.onRecord(record, out, line);
    if (!consumed) await out.write(record);
  }
  if (!out.closed) await handlers.onEnd(out);
  await out.end();
  return 0;
}
