// Folded ("collapsed") stacks: `root;caller;leaf count` per line, as written by
// FlameGraph's stackcollapse-*, inferno, async-profiler `collapsed` and py-spy
// `--format raw`. Scanned as bytes line by line, so a file far larger than
// memory costs memory for its distinct stacks only (the builder merges
// identical ones), and each distinct frame text is decoded once.

import { badInput } from '../base/errors.js';
import { ProfileBuilder } from '../model/builder.js';
import type { Frame } from '../model/profile.js';
import { headText } from './json-input.js';
import { ByteKeyTable, hashBytes } from './byte-intern.js';
import { isBlank, isSpace, scanLines } from './lines.js';
import type { ImportedProfile, Importer } from './types.js';

export const KERNEL_FILE = '[kernel.kallsyms]';

/** `stack count` at the end of a line; the stack may itself contain spaces. */
const LINE = /^(.*\S)\s+(\d+)$/;
/** async-profiler and stackcollapse-perf annotations: _[j] jit, _[i] inlined, _[k] kernel, _[0]/_[1] interpreted/C1. */
const ANNOTATION = /_\[([jik01])\]$/;
/** py-spy `name (file.py:12)`, optionally with a column. */
const PAREN_LOCATION = /^(.*\S) \(([^()]+?):(\d+)(?::(\d+))?\)$/;
/** `name path/file.js:12[:col]` as Node's perf maps and some collapsers write. */
const TRAILING_LOCATION = /^(\S.*?) ((?:[^\s():]*\/)?[^\s():/]+\.[A-Za-z0-9]+):(\d+)(?::(\d+))?$/;

/** One folded frame's text to a frame: the name, and a file and line where the producer wrote them. */
export function parseFoldedFrame(text: string): Frame {
  let name = text;
  let file = '';
  const note = ANNOTATION.exec(name);
  if (note) {
    name = name.slice(0, -4);
    if (note[1] === 'k') file = KERNEL_FILE;
  }
  const located = PAREN_LOCATION.exec(name) ?? TRAILING_LOCATION.exec(name);
  if (located) {
    return { name: located[1]!, file: located[2]!, line: Number(located[3]), column: Number(located[4] ?? 0) };
  }
  return { name, file, line: 0, column: 0 };
}

/** Frame text -> the builder's frame id. A frame's text occurs on many lines; it is parsed once. */
export function foldedFrameIds(builder: ProfileBuilder): (text: string) => number {
  const ids = new Map<string, number>();
  return (text) => {
    let id = ids.get(text);
    if (id === undefined) ids.set(text, (id = builder.frameId(parseFoldedFrame(text))));
    return id;
  };
}

const SEMICOLON = 0x3b;
/** Characters LINE's `.` does not take (CR, U+2028, U+2029): a stack holding one is not a line LINE reads. */
const LINE_BREAKS = [Buffer.from('\r'), Buffer.from('\u2028'), Buffer.from('\u2029')];

/**
 * Where `needle` next occurs in a chunk, remembered across the chunk's lines: a
 * search per line would scan to the chunk's end each time (quadratic per chunk).
 */
class NextMatch {
  private buf: Buffer | undefined;
  private at = -1;
  constructor(private readonly needle: Buffer) {}
  within(buf: Buffer, start: number, end: number): boolean {
    if (buf !== this.buf || (this.at !== -1 && this.at < start)) {
      this.buf = buf;
      this.at = buf.indexOf(this.needle, start);
    }
    return this.at !== -1 && this.at < end;
  }
}
const isDigit = (b: number) => b >= 0x30 && b <= 0x39;

/**
 * LINE read from the bytes: the stack's end and where the count starts, or
 * null when the line does not end in ASCII whitespace and a whole number or
 * holds what only LINE itself can judge (then the caller asks LINE).
 */
function parseLine(buf: Buffer, start: number, end: number, lineBreaks: NextMatch[]): { stackEnd: number; countStart: number } | null {
  let p = end;
  while (p > start && isDigit(buf[p - 1]!)) p--;
  if (p === end) return null;
  const countStart = p;
  while (p > start && isSpace(buf[p - 1]!)) p--;
  // The stack must end in a character LINE's \S takes: a byte beyond ASCII may be whitespace to it.
  if (p === countStart || p === start || buf[p - 1]! >= 0x80) return null;
  for (const lineBreak of lineBreaks) if (lineBreak.within(buf, start, p)) return null;
  return { stackEnd: p, countStart };
}

/** The end of a long line: where the count should be. */
const tail = (text: string): string => (text.length > 80 ? `…${text.slice(-79)}` : text);

function looksFolded(head: Buffer): boolean {
  if (head.includes(0)) return false;
  const text = headText(head);
  if (text.startsWith('{') || text.startsWith('[')) return false;
  // The first line decides, so a bad line further on gets the parser's error with its number.
  const lines = text.split('\n');
  const index = lines.findIndex((l) => l.trim() !== '');
  if (index < 0) return false;
  // A deep stack's first line can be longer than the head: then its frames must do.
  if (index === lines.length - 1) return lines[index]!.includes(';');
  return LINE.test(lines[index]!.replace(/\r$/, ''));
}

export const foldedImporter: Importer = {
  format: 'folded',
  describe: 'folded stacks (frame;frame count) from FlameGraph stackcollapse, inferno, async-profiler collapsed, py-spy raw',
  // Almost any text has "words number" lines, so never more than maybe.
  sniff: (head) => (looksFolded(head) ? 'maybe' : 'no'),
  async parse(source): Promise<ImportedProfile[]> {
    const builder = new ProfileBuilder({ sampleTypes: [{ type: 'samples', unit: 'count' }] });
    // A frame's text occurs on many lines: decode and parse it once, keyed by its bytes.
    const ids = new ByteKeyTable();
    const badLine = (text: string, lineNo: number) =>
      badInput(`${source.name}:${lineNo}`, `expected 'frame;frame;... count' (a stack, a space, a whole number), got '${tail(text)}'`);
    const idOf = (buf: Buffer, start: number, end: number): number => {
      const hash = hashBytes(buf, start, end);
      let id = ids.get(buf, start, end, hash);
      if (id < 0) {
        ids.add(buf, start, end, (id = builder.frameId(parseFoldedFrame(buf.toString('utf8', start, end)))), hash);
      }
      return id;
    };
    const stack: number[] = [];
    const lineBreaks = LINE_BREAKS.map((b) => new NextMatch(b));
    const addLine = (buf: Buffer, start: number, stackEnd: number, countText: string, lineNo: number) => {
      stack.length = 0;
      // A zero count adds no sample, and its frames none either; its stack is still checked.
      const count = Number(countText);
      const keep = count !== 0;
      let frameNo = 0;
      for (let from = start; from <= stackEnd; ) {
        let to = buf.indexOf(SEMICOLON, from);
        if (to < 0 || to > stackEnd) to = stackEnd;
        frameNo++;
        if (to === from) throw badInput(`${source.name}:${lineNo}`, `frame ${frameNo} of the stack is empty`);
        if (keep) stack.push(idOf(buf, from, to));
        from = to + 1;
      }
      if (!Number.isSafeInteger(count)) throw badInput(`${source.name}:${lineNo}`, `count ${countText} is too large`);
      if (!keep) return;
      stack.reverse();
      builder.addSample(stack, [count]);
    };
    await scanLines(source.open(), source.name, (buf, start, end, lineNo) => {
      if (isBlank(buf, start, end)) return;
      const line = parseLine(buf, start, end, lineBreaks);
      if (line) return addLine(buf, start, line.stackEnd, buf.toString('latin1', line.countStart, end), lineNo);
      const text = buf.toString('utf8', start, end);
      if (text.trim() === '') return; // whitespace beyond ASCII only
      // Whitespace beyond ASCII around the count: LINE decides, as it always did.
      const m = LINE.exec(text);
      if (!m) throw badLine(text, lineNo);
      const stackBytes = Buffer.from(m[1]!);
      addLine(stackBytes, 0, stackBytes.length, m[2]!, lineNo);
    });
    if (builder.sampleCount === 0) throw badInput(source.name, 'no stacks with a count above zero; expected folded lines like \'main;work 12\'');
    return [{ kind: 'cpu', sourceFormat: 'folded', profile: builder.build() }];
  },
};
