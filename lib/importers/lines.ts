// The shared line reader of the streaming text importers (folded, perf script):
// one line at a time from source.open(), numbered for error messages, so a
// file far larger than memory costs one line of buffer. Split by
// lib/records/split-lines.ts, as the NDJSON reader is.

import type { Readable } from 'node:stream';
import { ProfilerError, badInput } from '../base/errors.js';
import { LineTooLongError, splitLines } from '../records/split-lines.js';

export interface Line {
  text: string;
  /** 1-based, as editors and compilers count. */
  lineNo: number;
}

/** Longest line accepted: a deep stack of long C++ names fits many times over. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

export async function* readLines(input: Readable, name: string, maxLength = MAX_LINE_BYTES): AsyncGenerator<Line> {
  try {
    for await (const line of splitLines(input, maxLength)) {
      if (line.lineNo === 1) line.text = line.text.replace(/^\uFEFF/, '');
      yield line;
    }
  } catch (err) {
    if (err instanceof ProfilerError) throw err;
    if (err instanceof LineTooLongError) throw badInput(`${name}:${err.lineNo}`, `line longer than ${maxLength} bytes`);
    throw new ProfilerError('runtime', `${name}: read failed (${(err as Error).message})`);
  } finally {
    input.destroy();
  }
}
