// The shared line reader of the streaming text importers (folded, perf script):
// one line at a time from source.open(), numbered for error messages, so a
// file far larger than memory costs one line of buffer. split2 splits, as in
// lib/records/reader.ts.

import type { Readable } from 'node:stream';
import split2 from 'split2';
import { ProfilerError, badInput } from '../errors.js';

export interface Line {
  text: string;
  /** 1-based, as editors and compilers count. */
  lineNo: number;
}

/** Longest line accepted: a deep stack of long C++ names fits many times over. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

export async function* readLines(input: Readable, name: string, maxLength = MAX_LINE_BYTES): AsyncGenerator<Line> {
  let lineNo = 0;
  const lines = input.pipe(split2((text: string) => ({ text: text.replace(/\r$/, ''), lineNo: ++lineNo }), { maxLength }));
  let failure: Error | undefined;
  lines.on('error', (err: Error) => (failure ??= err));
  input.on('error', (err: Error) => {
    failure ??= err;
    lines.destroy(err);
  });
  try {
    for await (const line of lines as AsyncIterable<Line>) {
      if (line.lineNo === 1) line.text = line.text.replace(/^\uFEFF/, '');
      yield line;
    }
  } catch (err) {
    if (err instanceof ProfilerError) throw err;
    const message = failure?.message ?? (err as Error).message;
    if (/maximum buffer/i.test(message)) throw badInput(`${name}:${lineNo + 1}`, `line longer than ${maxLength} bytes`);
    throw new ProfilerError('runtime', `${name}: read failed (${message})`);
  } finally {
    input.destroy();
  }
}
