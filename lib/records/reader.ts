// NDJSON in: one record per line, each parsed and validated, with errors that
// name the source and line like a compiler ("stdin:12: ...").
// Lines come from split-lines.ts rather than ndjson.parse, which drops the
// line number we need in messages (and re-splits long lines quadratically).

import type { Readable } from 'node:stream';
import { ProfilerError } from '../base/errors.js';
import { LineTooLongError, splitLines } from './split-lines.js';
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

/** Control and non-ASCII characters as '?', so an error message never writes binary to a terminal. */
const printable = (text: string): string => text.replace(/[^\x20-\x7e]/g, '?');

export async function* readRecords(input: Readable, options: ReadOptions): AsyncGenerator<NumberedRecord> {
  const maxLength = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  try {
    for await (const { text, lineNo } of splitLines(input, maxLength)) {
      const where = `${options.source}:${lineNo}`;
      const body = lineNo === 1 ? text.replace(/^\uFEFF/, '') : text;
      if (body.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(body);
      } catch (err) {
        // JSON.parse quotes the text it choked on: binary input would reach the terminal.
        throw new ProfilerError('bad-record', `${where}: not valid JSON (${printable((err as Error).message)})`);
      }
      yield { record: validateRecord(value, where), line: lineNo };
    }
  } catch (err) {
    if (err instanceof ProfilerError) throw err;
    if (err instanceof LineTooLongError) throw tooLong(options.source, err.lineNo, maxLength);
    throw new ProfilerError('runtime', `${options.source}: read failed (${(err as Error).message})`);
  }
}
