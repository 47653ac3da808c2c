// Source files, lines and inlined functions for the native frames of a perf
// recording, from the binaries' DWARF. perf script prints each frame's address
// (as an offset into its file) and symbol; the compiler's inlined functions and
// the source lines are only in the debug info. One batch per binary through
// llvm-symbolizer (names Go's inlined functions right) or else binutils'
// addr2line, each address asked once; the answers are written back into the
// perf script text as `perf script --inline -F +srcline` would print them, so
// the perf-script importer reads one format whether perf or we resolved them.

import { createReadStream, existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import type { Spawn } from '../base/io.js';
import { FRAME } from '../importers/perf-script.js';
import { readLines } from '../importers/lines.js';
import { findCommand } from './tool.js';

export interface SourceFrame {
  name: string;
  file: string;
  line: number;
}
/** What runs at one address: the inlined functions innermost first, the function that holds them last. */
export type InlineChain = SourceFrame[];

interface LoadSegment {
  offset: bigint;
  vaddr: bigint;
  size: bigint;
}

const ELF_MAGIC = 0x7f454c46;
/** Text handed on in pieces of about this size, not line by line. */
const CHUNK_CHARS = 64 * 1024;
const PT_LOAD = 1;

/** The loadable segments of an ELF file (to turn perf's file offsets into addresses), or undefined if not ELF. */
export async function loadSegments(path: string): Promise<LoadSegment[] | undefined> {
  const file = await open(path, 'r').catch(() => undefined);
  if (!file) return undefined;
  try {
    const head = Buffer.alloc(64);
    await file.read(head, 0, 64, 0);
    if (head.readUInt32BE(0) !== ELF_MAGIC) return undefined;
    const is64 = head[4] === 2;
    const le = head[5] === 1;
    const u16 = (b: Buffer, o: number) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
    const u32 = (b: Buffer, o: number) => BigInt(le ? b.readUInt32LE(o) : b.readUInt32BE(o));
    const word = (b: Buffer, o: number) => (is64 ? (le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o));
    const phoff = Number(word(head, is64 ? 32 : 28));
    const phentsize = u16(head, is64 ? 54 : 42);
    const phnum = u16(head, is64 ? 56 : 44);
    const table = Buffer.alloc(phentsize * phnum);
    await file.read(table, 0, table.length, phoff);
    const segments: LoadSegment[] = [];
    for (let i = 0; i < phnum; i++) {
      const e = i * phentsize;
      if (Number(u32(table, e)) !== PT_LOAD) continue;
      segments.push(is64
        ? { offset: word(table, e + 8), vaddr: word(table, e + 16), size: word(table, e + 32) }
        : { offset: u32(table, e + 4), vaddr: u32(table, e + 8), size: u32(table, e + 16) });
    }
    return segments;
  } finally {
    await file.close();
  }
}

/** perf's offset into the file -> the address the debug info uses. */
export function addressOf(segments: readonly LoadSegment[], offset: bigint): bigint | undefined {
  const s = segments.find((seg) => offset >= seg.offset && offset < seg.offset + seg.size);
  return s && offset - s.offset + s.vaddr;
}

export interface Symbolizer {
  command: string;
  /** Inline chains for addresses of one binary, in the order asked. */
  resolve(binary: string, addresses: readonly bigint[]): Promise<(InlineChain | undefined)[]>;
}

function sourceFrame(name: string, location: string): SourceFrame | undefined {
  const m = /^(.*?):(\d+)(?::\d+)?(?: \(discriminator \d+\))?$/.exec(location.trim());
  if (!m || m[1] === '??' || m[1] === '' || name === '??') return undefined;
  return { name, file: m[1]!, line: Number(m[2]) };
}

/** Pairs of lines (function, file:line[:col]) to a chain; undefined when nothing resolved. */
function chainOf(lines: readonly string[]): InlineChain | undefined {
  const chain: InlineChain = [];
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const frame = sourceFrame(lines[i]!.trim(), lines[i + 1]!);
    if (frame) chain.push(frame);
  }
  return chain.length > 0 ? chain : undefined;
}

const hex = (a: bigint) => `0x${a.toString(16)}`;

/** llvm-symbolizer: one block per address, blank-line separated. */
export const llvmSymbolizer = (command: string, spawn: Spawn): Symbolizer => ({
  command,
  async resolve(binary, addresses) {
    const r = await spawn(command, [`--obj=${binary}`, '--inlining', '--functions=linkage', '--demangle'], { input: addresses.map(hex).join('\n'), reject: false, stdin: 'pipe' });
    const blocks = String(r.stdout).split(/\n\s*\n/);
    return addresses.map((_, i) => chainOf((blocks[i] ?? '').split('\n').filter((l) => l !== '')));
  },
});

/** binutils addr2line -a: each answer starts with the address it answers. */
export const addr2line = (command: string, spawn: Spawn): Symbolizer => ({
  command,
  async resolve(binary, addresses) {
    const r = await spawn(command, ['-e', binary, '-f', '-i', '-C', '-a'], { input: addresses.map(hex).join('\n'), reject: false, stdin: 'pipe' });
    const answers: string[][] = [];
    for (const line of String(r.stdout).split('\n')) {
      if (/^0x[0-9a-f]+$/.test(line)) answers.push([]);
      else if (line !== '') answers[answers.length - 1]?.push(line);
    }
    return addresses.map((_, i) => chainOf(answers[i] ?? []));
  },
});

/** llvm-symbolizer when installed, else addr2line, else none (frames keep perf's names only). */
export async function findSymbolizer(env: NodeJS.ProcessEnv, spawn: Spawn): Promise<Symbolizer | undefined> {
  const llvm = await findCommand('llvm-symbolizer', env);
  if (llvm) return llvmSymbolizer(llvm, spawn);
  const binutils = await findCommand('addr2line', env);
  return binutils ? addr2line(binutils, spawn) : undefined;
}

/** Binaries perf could name whose frames the debug info can resolve: not the kernel, JIT maps or [vdso]. */
function resolvable(dso: string): boolean {
  return isAbsolute(dso) && !/\/perf-\d+\.map$/.test(dso) && !dso.startsWith('/memfd:');
}

/** (binary, offset) of a perf script frame line, or undefined. */
function frameAddress(text: string): { binary: string; offset: bigint; symbol: string } | undefined {
  const m = FRAME.exec(text);
  if (!m || m[1] === undefined || !resolvable(m[3]!)) return undefined;
  return { binary: m[3]!, offset: BigInt(`0x${m[1]}`), symbol: m[2] ?? '' };
}

/** Every address perf printed, per binary, each once: one pass over the text. */
export async function addressesIn(path: string): Promise<Map<string, Set<bigint>>> {
  const out = new Map<string, Set<bigint>>();
  for await (const { text } of readLines(createReadStream(path), path)) {
    const at = /^\s/.test(text) ? frameAddress(text) : undefined;
    if (!at) continue;
    let set = out.get(at.binary);
    if (!set) out.set(at.binary, (set = new Set()));
    set.add(at.offset);
  }
  return out;
}

// Source paths on this machine. The debug info of system libraries names build paths
// (/build/glibc-x/..., ./csu/...) that are not here: those frames keep their binary as
// their file, so they stay the runtime's code rather than look like the user's.
const presentFiles = new Map<string, boolean>();
function present(file: string): boolean {
  let yes = presentFiles.get(file);
  if (yes === undefined) presentFiles.set(file, (yes = isAbsolute(file) && existsSync(file)));
  return yes;
}

/** binary -> offset -> chain, for every address of the text the debug info resolves. */
export async function resolveAll(path: string, symbolizer: Symbolizer): Promise<Map<string, Map<bigint, InlineChain>>> {
  const table = new Map<string, Map<bigint, InlineChain>>();
  for (const [binary, offsets] of await addressesIn(path)) {
    const segments = await loadSegments(binary);
    if (!segments) continue;
    const asked = [...offsets].map((o) => ({ o, a: addressOf(segments, o) })).filter((x): x is { o: bigint; a: bigint } => x.a !== undefined);
    const chains = await symbolizer.resolve(binary, asked.map((x) => x.a));
    const byOffset = new Map<bigint, InlineChain>();
    asked.forEach((x, i) => chains[i] && byOffset.set(x.o, chains[i]!.map((f) => (present(f.file) ? f : { ...f, file: '' }))));
    table.set(binary, byOffset);
  }
  return table;
}

/**
 * The perf script text at `path` with each resolved frame's inlined functions
 * before it and its source line under it, in `perf script --inline -F +srcline` form.
 */
export async function* annotated(path: string, table: Map<string, Map<bigint, InlineChain>>): AsyncGenerator<Buffer> {
  let out = '';
  for await (const { text } of readLines(createReadStream(path), path)) {
    const at = /^\s/.test(text) ? frameAddress(text) : undefined;
    const chain = at && table.get(at.binary)?.get(at.offset);
    if (chain) {
      const address = at.offset.toString(16).padStart(16, ' ');
      for (const inner of chain.slice(0, -1)) {
        // Without its source, an inlined function is a frame of its binary like any other.
        out += inner.file ? `\t${address} ${inner.name}\n  ${inner.file}:${inner.line} (inlined)\n` : `\t${address} ${inner.name} (${at.binary})\n`;
      }
      const outer = chain[chain.length - 1]!;
      // perf found no symbol (a stripped symbol table, a binary under /tmp/perf-*): the debug info names it.
      const line = at.symbol === '' || at.symbol === '[unknown]' ? `\t${address} ${outer.name} (${at.binary})` : text;
      out += outer.file ? `${line}\n  ${outer.file}:${outer.line}\n` : `${line}\n`;
    } else out += `${text}\n`;
    if (out.length >= CHUNK_CHARS) {
      yield Buffer.from(out);
      out = '';
    }
  }
  if (out !== '') yield Buffer.from(out);
}
