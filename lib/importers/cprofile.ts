// Python cProfile / profile dumps (.prof, .pstats: a marshalled dict). Read by
// the machine's python3 and its own pstats module (cprofile_dump.py prints
// JSON), because marshal's format belongs to the Python version that wrote it.
//
// cProfile keeps no stacks, only each function's totals and, per caller, the
// time spent in it when called from there. The honest pprof is therefore two
// frames deep: callee <- caller, weighted by the callee's own time from that
// caller, plus a one-frame sample for time with no recorded caller. Self time
// per function is exact; "cum" counts a function's own time plus its direct
// callees' own time only, not deeper descendants.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { badInput } from '../base/errors.js';
import { ProfileBuilder } from '../model/builder.js';
import type { Frame } from '../model/profile.js';
import { withTool, type Tool } from './external-tool.js';
import type { ImportedProfile, Importer } from './types.js';

const PYTHON: Tool = { command: 'python3', install: 'install Python 3 (Debian: apt-get install python3)' };

// dist/lib/importers -> lib/importers (tsc does not copy .py files), or lib/importers itself.
const here = dirname(fileURLToPath(import.meta.url));
export const DUMP_SCRIPT = [join(here, '../../../lib/importers/cprofile_dump.py'), join(here, 'cprofile_dump.py')].find((p) => existsSync(p))!;

export const CPROFILE_NOTE =
  'cprofile: cProfile records no call stacks, only caller -> callee totals; each stack here is one callee under one direct caller, so self times are exact but cumulative times include direct callees only';

interface PyFunction {
  file: string;
  line: number;
  name: string;
  nc: number;
  tt: number;
}
interface PyEntry extends PyFunction {
  cc: number;
  ct: number;
  callers: PyFunction[];
}

const NS = 1e9; // pstats keeps seconds

/** Built-ins have the file "~"; `<listcomp>`-style names are told apart by their line. */
function frameOf(f: PyFunction): Frame {
  if (f.file === '~') return { name: f.name, file: '', line: 0, column: 0 };
  const name = f.name.startsWith('<') ? `${f.name}:${f.line}` : f.name;
  return { name, file: f.file, line: f.line, column: 0 };
}

const key = (f: PyFunction): string => `${f.file}\u0000${String(f.line).padStart(10, '0')}\u0000${f.name}`;
const byKey = (a: PyFunction, b: PyFunction): number => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

function checkEntry(e: PyEntry, where: string): void {
  const ok = (f: PyFunction) => typeof f?.file === 'string' && typeof f.name === 'string' && Number.isFinite(f.line) && Number.isFinite(f.nc) && Number.isFinite(f.tt);
  if (!ok(e) || !Array.isArray(e.callers) || !e.callers.every(ok)) throw badInput(where, 'pstats entry without file, line, name, call count and time');
}

export function convertPstats(data: unknown, where: string): ImportedProfile {
  const functions = (data as { functions?: PyEntry[] })?.functions;
  if (!Array.isArray(functions)) throw badInput(where, 'expected the pstats functions list');
  const builder = new ProfileBuilder({
    sampleTypes: [
      { type: 'calls', unit: 'count' },
      { type: 'wall', unit: 'nanoseconds' },
    ],
  });
  let totalNs = 0;
  for (const f of [...functions].sort(byKey)) {
    checkEntry(f, where);
    const callee = builder.frameId(frameOf(f));
    let restNs = Math.round(f.tt * NS);
    let restCalls = f.nc;
    totalNs += restNs;
    for (const c of [...f.callers].sort(byKey)) {
      const ns = Math.min(restNs, Math.round(c.tt * NS));
      builder.addSample([callee, builder.frameId(frameOf(c))], [c.nc, ns]);
      restNs -= ns;
      restCalls -= c.nc;
    }
    if (restNs > 0 || restCalls > 0) builder.addSample([callee], [Math.max(0, restCalls), restNs]);
  }
  builder.durationNs = totalNs;
  builder.addComment(CPROFILE_NOTE);
  return { kind: 'wall', sourceFormat: 'cprofile', profile: builder.build(), notes: [CPROFILE_NOTE] };
}

async function readAllText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The first bytes of a marshalled dict whose first key is a tuple (pstats' (file, line, name)). */
function looksLikePstats(head: Buffer): boolean {
  return (head[0] === 0x7b || head[0] === 0xfb) && [0x28, 0x29, 0xa8, 0xa9].includes(head[1] ?? -1);
}

export const cprofileImporter: Importer = {
  format: 'cprofile',
  describe: 'Python cProfile/profile dump (.prof, .pstats), read with python3 and pstats',
  sniff: (head) => (looksLikePstats(head) ? 'yes' : 'no'),
  async parse(source): Promise<ImportedProfile[]> {
    // Dumps are small (one entry per function); piping them serves files and stdin alike.
    const context = { forWhat: `the cProfile dump ${source.name}`, where: source.name, input: await source.readAll() };
    const text = await withTool(PYTHON, [DUMP_SCRIPT, '-'], context, readAllText);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw badInput(source.name, `the pstats helper printed no valid JSON (${(err as Error).message})`);
    }
    return [convertPstats(data, source.name)];
  },
};
