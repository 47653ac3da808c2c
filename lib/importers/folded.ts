// Folded ("collapsed") stacks: `root;caller;leaf count` per line, as written by
// FlameGraph's stackcollapse-*, inferno, async-profiler `collapsed` and py-spy
// `--format raw`. Read line by line, so a file far larger than memory costs
// memory for its distinct stacks only (the builder merges identical ones).

import { badInput } from '../base/errors.js';
import { ProfileBuilder } from '../model/builder.js';
import type { Frame } from '../model/profile.js';
import { headText } from './json-input.js';
import { readLines } from './lines.js';
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
    const idOf = foldedFrameIds(builder);
    for await (const { text, lineNo } of readLines(source.open(), source.name)) {
      if (text.trim() === '') continue;
      const m = LINE.exec(text);
      if (!m) throw badInput(`${source.name}:${lineNo}`, `expected 'frame;frame;... count' (a stack, a space, a whole number), got '${tail(text)}'`);
      const frames = m[1]!.split(';');
      const empty = frames.findIndex((f) => f === '');
      if (empty >= 0) throw badInput(`${source.name}:${lineNo}`, `frame ${empty + 1} of the stack is empty`);
      const count = Number(m[2]);
      if (!Number.isSafeInteger(count)) throw badInput(`${source.name}:${lineNo}`, `count ${m[2]} is too large`);
      if (count === 0) continue;
      const stack: number[] = new Array(frames.length);
      for (let i = 0; i < frames.length; i++) stack[frames.length - 1 - i] = idOf(frames[i]!);
      builder.addSample(stack, [count]);
    }
    if (builder.sampleCount === 0) throw badInput(source.name, 'no stacks with a count above zero; expected folded lines like \'main;work 12\'');
    return [{ kind: 'cpu', sourceFormat: 'folded', profile: builder.build() }];
  },
};
