// `perf script` text (Linux perf, recorded with -g): per sample a header line
// `comm pid/tid [cpu] time: period event:` then one indented line per frame,
// leaf first, `addr symbol+off (dso)`, then a blank line. Scanned as bytes line
// by line (a long recording's text is gigabytes); one profile per event. With
// `-F +srcline` each frame line is followed by `  file:line`, which becomes the
// frame's file and line; with `--inline` the functions inlined at an address
// come first as frames of their own, marked `(inlined)` (after their srcline
// when there is one). The perf collector writes this form itself from DWARF.

import { basename, isAbsolute } from 'node:path';
import { badInput } from '../base/errors.js';
import { ProfileBuilder } from '../model/builder.js';
import { headText, pathOfUrl } from './json-input.js';
import { hashBytes, ByteKeyTable } from './byte-intern.js';
import { isSpace, scanLines, skipSpaces } from './lines.js';
import type { ImportedProfile, Importer } from './types.js';

/** comm (may hold spaces), pid[/tid], optional [cpu], optional time:, optional period, event: */
const HEADER = /^(\S.*?)\s+(\d+)(?:\/(\d+))?\s+(?:\[(\d+)\]\s+)?(?:(\d+\.\d+):\s+)?(?:(\d+)\s+)?([^\s:]+(?::[^\s:]+)*):\s*(.*)$/;
/** address, optional symbol (may hold spaces and parens), (dso) last; inlined frames have no address. */
export const FRAME = /^\s*(?:([0-9a-f]+)\s+)?(?:(.*?)\s*)?\(([^()]*)\)$/;
/** `-F +srcline`: two spaces, `file:line`, and ` (inlined)` when the frame above is an inlined one. */
const SRCLINE = /^ {2}(\S(?:.*?\S)?):(\d+)(?: \(inlined\))?$/;
/** A srcline perf could not resolve: `??:0`, `[kernel.kallsyms][ffffffff81...]`, `libc.so.6[2724a]`. */
const NO_SRCLINE = /^ {2}(?:\?\?:\d*|\S*\[[0-9a-f]+\]|\[[^\]]+\])(?: \(inlined\))?$/;
/** An inlined frame whose srcline follows: address and symbol only, its `(inlined)` after the srcline. */
const BARE_FRAME = /^\s+([0-9a-f]+)\s+(\S.*)$/;
const SPACE = 0x20;
const TAB = 0x09;
const SHARED_LIBRARY = /\.so(?:\.\d+)*$/;
/** perf's event modifiers (cycles:u, cpu-clock:ppp) are not part of the event's name. */
const MODIFIERS = /:[ukhHGpPSDIWe]+$/;
const OFFSET = /\+0x[0-9a-f]+$/;
/** Events whose period perf counts in nanoseconds. */
const TIME_EVENTS = new Set(['cpu-clock', 'task-clock']);
const HASH = 0x23;

/**
 * V8's perf map names (node --perf-basic-prof): `JS:*fn file:///app/x.js:4:22`,
 * older `LazyCompile:~fn /app/x.js:4`. The marker (* optimized, ~ interpreted)
 * is dropped so one function is one frame; its script and line become the frame's.
 */
const V8_JIT = /^(?:JS|LazyCompile|Function|Script|Eval):[*~^+]?(.*?)\s+((?:file:\/\/)?[^\s]*?):(\d+)(?::(\d+))?$/;

/** A perf frame line's symbol and dso to a frame; `[unknown]` is named after its dso, as stackcollapse-perf does. */
export function perfFrame(symbol: string, dso: string): { name: string; file: string; line: number; column: number } {
  const jit = V8_JIT.exec(symbol.replace(OFFSET, ''));
  if (jit) return { name: jit[1] || '(anonymous)', file: pathOfUrl(jit[2]!), line: Number(jit[3]), column: Number(jit[4] ?? 0) };
  const file = dso === '[unknown]' || dso === 'inlined' ? '' : dso;
  let name = symbol.replace(OFFSET, '');
  if (name === '' || name === '[unknown]') name = file === '' ? '[unknown]' : `[${basename(file)}]`;
  return { name, file, line: 0, column: 0 };
}

function eventBase(event: string): string {
  return event.replace(MODIFIERS, '');
}

export function looksLikePerfScript(head: Buffer): boolean {
  const lines = headText(head).split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  const header = lines.length >= 2 ? HEADER.exec(lines[0]!) : null;
  if (!header) return false;
  // With -g the frames follow indented; without it the one frame ends the header line.
  return (/^\s/.test(lines[1]!) && FRAME.test(lines[1]!)) || FRAME.test(header[8]!);
}

/** The frame of a frame line, looked up by its bytes. */
interface FrameTables {
  /**
   * Whole tab-indented lines, as perf prints frames: a line seen before is one
   * hash and one compare, with no scan for its indent and address (profiled: that
   * scan, the hash after it and the calls between were most of the import).
   */
  lines: ByteKeyTable;
  /** Lines with an address: the frame depends only on the bytes after it (see frameLine). */
  addressed: ByteKeyTable;
  /** Lines without one (inlined frames): the frame depends only on the bytes after the indent. */
  bare: ByteKeyTable;
}

interface EventProfile {
  builder: ProfileBuilder;
  sawPeriod: boolean;
  frames: FrameTables;
}

const isHexDigit = (b: number) => (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66);

/** The frame line's text parsed as FRAME does: a frame id in `builder`, or undefined when it is not a frame line. */
function parseFrameText(text: string, builder: ProfileBuilder): number | undefined {
  const m = FRAME.exec(text);
  return m ? builder.frameId(perfFrame(m[2] ?? '', m[3]!)) : undefined;
}

/**
 * A frame line's frame id, decoding the line only the first time its bytes are
 * seen. The key skips the indent and address (which differ per call site, not
 * per frame); the two shapes of line have their own table, since FRAME reads
 * the same remaining bytes differently with and without an address before them.
 */
function frameLine(buf: Buffer, start: number, indentEnd: number, end: number, event: EventProfile): number | undefined {
  const p = indentEnd;
  let q = p;
  while (q < end && isHexDigit(buf[q]!)) q++;
  let table = event.frames.bare;
  let key = p;
  if (q > p && q < end && isSpace(buf[q]!)) {
    table = event.frames.addressed;
    for (key = q; key < end && isSpace(buf[key]!); key++);
  }
  const hash = hashBytes(buf, key, end);
  const known = table.get(buf, key, end, hash);
  if (known >= 0) return known;
  const id = parseFrameText(buf.toString('utf8', start, end), event.builder);
  if (id !== undefined) table.add(buf, key, end, id, hash);
  return id;
}

export const perfScriptImporter: Importer = {
  format: 'perf-script',
  describe: 'perf script text from Linux perf record -g',
  sniff: (head) => (looksLikePerfScript(head) ? 'yes' : 'no'),
  async parse(source): Promise<ImportedProfile[]> {
    const events = new Map<string, EventProfile>();
    const eventOf = (event: string): EventProfile => {
      let e = events.get(event);
      if (!e) {
        const base = eventBase(event);
        const unit = TIME_EVENTS.has(base) ? 'nanoseconds' : 'count';
        const builder = new ProfileBuilder({
          sampleTypes: [
            { type: 'samples', unit: 'count' },
            { type: TIME_EVENTS.has(base) ? 'cpu' : base, unit },
          ],
          periodType: { type: TIME_EVENTS.has(base) ? 'cpu' : base, unit },
        });
        events.set(event, (e = { builder, sawPeriod: false, frames: { lines: new ByteKeyTable(), addressed: new ByteKeyTable(), bare: new ByteKeyTable() } }));
      }
      return e;
    };
    const scratch: number[] = [];
    let current: { event: EventProfile; period: number; labels: Record<string, string>; stack: number[] } | undefined;
    const flush = () => {
      if (current && current.stack.length > 0) current.event.builder.addSample(current.stack, [1, current.period], current.labels);
      current = undefined;
    };
    const badFrame = (where: string, text: string) => badInput(where, `expected a frame line 'address symbol+offset (dso)', got '${text.trim().slice(0, 80)}'`);
    // (frame id, srcline text) -> the frame id with that file and line.
    const withSource = new Map<string, number>();
    /** A `  file:line` line under a frame (perf indents frames with a tab, srclines with two spaces): true when it was one. */
    const srcline = (buf: Buffer, start: number, indentEnd: number, end: number): boolean => {
      if (!current || current.stack.length === 0 || indentEnd - start !== 2 || buf[start] !== SPACE || buf[start + 1] !== SPACE) return false;
      const text = buf.toString('utf8', start, end);
      const below = current.stack.length - 1;
      const key = `${current.stack[below]}\u0000${text}`;
      let id = withSource.get(key);
      if (id === undefined) {
        const m = SRCLINE.exec(text);
        if (!m) return NO_SRCLINE.test(text);
        const { builder } = current.event;
        const f = builder.frameOf(current.stack[below]!);
        // perf prints bare file names (libc-start.c) unless --full-source-path: a shared
        // library's frame keeps the library as its file, so it stays the runtime's code.
        id = !isAbsolute(m[1]!) && SHARED_LIBRARY.test(f.file) ? current.stack[below]! : builder.frameId({ ...f, file: m[1]!, line: Number(m[2]) });
        withSource.set(key, id);
      }
      current.stack[below] = id;
      return true;
    };
    const frame = (buf: Buffer, start: number, indentEnd: number, end: number, lineNo: number) => {
      if (srcline(buf, start, indentEnd, end)) return;
      const id = current ? frameLine(buf, start, indentEnd, end, current.event) : undefined;
      if (id !== undefined) return void current!.stack.push(id);
      const text = buf.toString('utf8', start, end);
      if (text.trim() === '') return flush(); // whitespace beyond ASCII only: a blank line
      const bare = current ? BARE_FRAME.exec(text) : null;
      if (bare) return void current!.stack.push(current!.event.builder.frameId(perfFrame(bare[2]!, 'inlined')));
      if (!FRAME.test(text)) throw badFrame(`${source.name}:${lineNo}`, text);
      throw badInput(`${source.name}:${lineNo}`, 'frame line before any sample header');
    };
    const header = (buf: Buffer, start: number, end: number, lineNo: number) => {
      const text = buf.toString('utf8', start, end);
      if (text.trim() === '') return flush();
      // Whitespace beyond ASCII starts a frame line too, as /^\s/ says.
      if (/^\s/.test(text)) return frame(buf, start, start, end, lineNo);
      flush();
      const h = HEADER.exec(text);
      if (!h) throw badInput(`${source.name}:${lineNo}`, `expected a sample header 'comm pid/tid time: period event:', got '${text.slice(0, 80)}'`);
      const [, comm, first, tid, , , periodText, event, rest] = h;
      const e = eventOf(event!);
      if (periodText !== undefined) e.sawPeriod = true;
      const labels: Record<string, string> = { comm: comm! };
      if (tid !== undefined) {
        labels.pid = first!;
        labels.thread = tid;
      } else labels.thread = first!;
      scratch.length = 0; // addSample copies the stack, so one array serves every sample
      current = { event: e, period: periodText === undefined ? 1 : Number(periodText), labels, stack: scratch };
      // Without -g perf prints the one frame on the header line itself.
      const inline = rest ? parseFrameText(rest, e.builder) : undefined;
      if (inline !== undefined) current.stack.push(inline);
    };
    await scanLines(source.open(), source.name, (buf, start, end, lineNo) => {
      if (start === end) return flush();
      const first = buf[start]!;
      if (first === TAB && current) {
        // A tab-indented line is never a srcline, so its frame depends on its bytes alone.
        const { frames } = current.event;
        const hash = hashBytes(buf, start, end);
        const known = frames.lines.get(buf, start, end, hash);
        if (known >= 0) return void current.stack.push(known);
        const indentEnd = skipSpaces(buf, start, end);
        const id = indentEnd === end ? undefined : frameLine(buf, start, indentEnd, end, current.event);
        if (id === undefined) return indentEnd === end ? flush() : frame(buf, start, indentEnd, end, lineNo);
        frames.lines.add(buf, start, end, id, hash);
        return void current.stack.push(id);
      }
      if (isSpace(first)) {
        const indentEnd = skipSpaces(buf, start, end);
        return indentEnd === end ? flush() : frame(buf, start, indentEnd, end, lineNo);
      }
      if (first !== HASH) header(buf, start, end, lineNo);
    });
    flush();
    const names = [...events.keys()].sort();
    const out: ImportedProfile[] = [];
    for (const name of names) {
      const { builder, sawPeriod } = events.get(name)!;
      if (builder.sampleCount === 0) continue;
      const profile = builder.build();
      if (!sawPeriod) {
        // No periods printed: the sample count is the only honest weight.
        profile.sampleTypes = profile.sampleTypes.slice(0, 1);
        profile.defaultSampleIndex = 0;
        delete profile.periodType;
        for (const s of profile.samples) s.values = s.values.slice(0, 1);
      }
      out.push({ kind: 'cpu', sourceFormat: 'perf-script', profile, ...(names.length > 1 ? { label: eventBase(name) } : {}) });
    }
    if (out.length === 0) throw badInput(source.name, 'no samples with stacks; expected perf script output of perf record -g');
    return out;
  },
};
