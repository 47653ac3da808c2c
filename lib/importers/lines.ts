// The shared line scanner of the streaming text importers (folded, perf script).
// Lines are handed to the importer as byte ranges of the chunk they sit in, not
// as strings: a 120 MB perf script is two million frame lines, and a string per
// line was most of the import's time and garbage (profiled: line strings, their
// regexes and GC were 55% of perf-collect on a real recording). An importer
// decodes only what it has not seen before (see byte-intern.ts). A file far
// larger than memory costs one chunk plus one line of buffer.

import type { Readable } from 'node:stream';
import { ProfilerError, badInput } from '../base/errors.js';
import { LineTooLongError, splitLines } from '../records/split-lines.js';
import { viewOfChunk } from './byte-intern.js';

/**
 * Called once per line, numbered from 1 as editors count, with the CR of CRLF
 * and a leading BOM already cut off. `buf` is only valid during the call: copy
 * what you keep.
 */
export type LineVisitor = (buf: Buffer, start: number, end: number, lineNo: number) => void;

/** Longest line accepted: a deep stack of long C++ names fits many times over. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

const NEWLINE = 0x0a;
const CR = 0x0d;

export async function scanLines(input: Readable, name: string, visit: LineVisitor, maxLength = MAX_LINE_BYTES): Promise<void> {
  let lineNo = 0;
  // The start of a line that goes on in the next chunk, gathered once (no re-concatenation per chunk).
  let carry: Buffer[] = [];
  let carryBytes = 0;
  const emit = (buf: Buffer, start: number, end: number) => {
    lineNo++;
    if (end - start > maxLength) throw badInput(`${name}:${lineNo}`, `line longer than ${maxLength} bytes`);
    if (end > start && buf[end - 1] === CR) end--;
    if (lineNo === 1 && end - start >= 3 && buf[start] === 0xef && buf[start + 1] === 0xbb && buf[start + 2] === 0xbf) start += 3;
    visit(buf, start, end, lineNo);
  };
  try {
    for await (const chunk of input) {
      const buf: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      let start = 0;
      let nl = buf.indexOf(NEWLINE);
      if (carryBytes > 0 && nl >= 0) {
        carry.push(buf.subarray(0, nl));
        const line = Buffer.concat(carry, carryBytes + nl);
        carry = [];
        carryBytes = 0;
        emit(line, 0, line.length);
        start = nl + 1;
        nl = buf.indexOf(NEWLINE, start);
      }
      for (; nl >= 0; nl = buf.indexOf(NEWLINE, start)) {
        emit(buf, start, nl);
        start = nl + 1;
      }
      if (start < buf.length) {
        carry.push(buf.subarray(start));
        carryBytes += buf.length - start;
        if (carryBytes > maxLength) throw badInput(`${name}:${lineNo + 1}`, `line longer than ${maxLength} bytes`);
      }
    }
    if (carryBytes > 0) {
      const line = Buffer.concat(carry, carryBytes);
      emit(line, 0, line.length);
    }
  } catch (err) {
    if (err instanceof ProfilerError) throw err;
    throw new ProfilerError('runtime', `${name}: read failed (${(err as Error).message})`);
  } finally {
    input.destroy();
  }
}

export interface Line {
  text: string;
  /** 1-based, as editors and compilers count. */
  lineNo: number;
}

/** Lines as strings, for line formats whose every line is parsed whole anyway (JSON per line). */
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

/** Space, tab, and the other ASCII whitespace a text format may pad with. */
export function isSpace(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
}

const FOUR_SPACES = 0x20202020;

/**
 * The first index at or after `from` that is not ASCII whitespace (`end` if none).
 * Runs of spaces are skipped four at a time: perf pads every frame line's address
 * to 16 columns, and this skip was a fifth of the scan.
 */
export function skipSpaces(buf: Buffer, from: number, end: number): number {
  let i = from;
  if (end - i >= 8) {
    const view = viewOfChunk(buf);
    while (i + 4 <= end && view.getInt32(i) === FOUR_SPACES) i += 4;
  }
  while (i < end && isSpace(buf[i]!)) i++;
  return i;
}

/** True when the range holds nothing but ASCII whitespace. */
export function isBlank(buf: Buffer, start: number, end: number): boolean {
  return skipSpaces(buf, start, end) === end;
}
