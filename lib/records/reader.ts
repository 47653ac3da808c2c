// NDJSON in: one record per line, each parsed and validated, with errors that
// name the source and line like a compiler ("stdin:12: ...").
// split2 is the line splitter the ndjson package is built on; we call it
// directly because ndjson.parse drops the line number we need in messages.

import type { Readable } from 'node:stream';
import split2 from 'split2';
import { ProfilerError } from '../errors.js';
import type { AnyRecord } from './types.js';
import { validateRecord } from './validate.js';

/** Default cap on one NDJSON line: a base64 profile of ~190 MB of pprof. */
export const DEFAULT_MAX_RECORD_BYTES = 256 * 1024 * 1024;

export interface ReadOptions {
  source: string;
  maxRecordBytes?: number;
}

export interface NumberedRecord {
  record: AnyRecord;
  line: number;
}

function tooLong(source: string, line: number, max: number): ProfilerError {
  return new ProfilerError('bad-record', `${source}:${line}: record longer than ${max} bytes (raise PERF_MAX_RECORD_BYTES)`);
}

export async function* readRecords(input: Readable, options: ReadOptions): AsyncGenerator<NumberedRecord> {
  const maxLength = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  let lineNo = 0;
  const lines = input.pipe(split2((line: string) => ({ text: line, no: ++lineNo }), { maxLength }));
  let overflow: Error | undefined;
  lines.on('error', (err: Error) => (overflow = err));
  input.on('error', (err: Error) => lines.destroy(err));
  try {
    for await (const { text, no } of lines as AsyncIterable<{ text: string; no: number }>) {
      const where = `${options.source}:${no}`;
      if (text.length > maxLength) throw tooLong(options.source, no, maxLength);
      const body = no === 1 ? text.replace(/^\uFEFF/, '') : text;
      if (body.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(body);
      } catch (err) {
        throw new ProfilerError('bad-record', `${where}: not valid JSON (${(err as Error).message})`);
      }
      yield { record: validateRecord(value, where), line: no };
    }
  } catch (err) {
    if (err instanceof ProfilerError) throw err;
    const message = overflow?.message ?? (err as Error).message;
    if (/maximum buffer/i.test(message)) throw tooLong(options.source, lineNo + 1, maxLength);
    throw new ProfilerError('runtime', `${options.source}: read failed (${message})`);
  }
}
