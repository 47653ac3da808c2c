// Chrome DevTools Performance traces (trace event JSON: a bare array or
// {"traceEvents": [...]}). The V8 CPU profile inside arrives as one `Profile`
// event and many `ProfileChunk` events per profiled thread, each chunk adding
// nodes (with `parent` ids), samples and timeDeltas. They are put back together
// into a .cpuprofile and converted by the V8 importer, one profile per thread.

import { badInput } from '../base/errors.js';
import { headText } from './json-input.js';
import { jsonArrayItems } from './json-items.js';
import type { ImportedProfile, Importer, ImportSource } from './types.js';
import { convertV8CpuProfile, type V8CpuProfile } from './v8-cpuprofile.js';

type V8Node = V8CpuProfile['nodes'][number] & { parent?: number };

interface TraceEvent {
  name?: string;
  ph?: string;
  pid?: number;
  tid?: number;
  ts?: number;
  id?: string | number;
  args?: { name?: string; data?: ChunkData };
}
interface ChunkData {
  startTime?: number;
  endTime?: number;
  cpuProfile?: { nodes?: V8Node[]; samples?: number[] };
  timeDeltas?: number[];
  lines?: number[];
}

/** One profiled thread's profile while its chunks come in. */
interface Pending {
  key: string;
  pid: number;
  tid: number;
  startTime: number | undefined;
  endTime: number | undefined;
  nodes: V8Node[];
  samples: number[];
  timeDeltas: number[];
  lines: number[];
}

const isNumberArray = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');

function addChunk(p: Pending, data: ChunkData, where: string): void {
  const nodes = data.cpuProfile?.nodes ?? [];
  const samples = data.cpuProfile?.samples ?? [];
  const deltas = data.timeDeltas ?? [];
  if (!Array.isArray(nodes)) throw badInput(where, 'ProfileChunk "cpuProfile.nodes" must be an array');
  if (!isNumberArray(samples) || !isNumberArray(deltas)) throw badInput(where, 'ProfileChunk "samples" and "timeDeltas" must be arrays of numbers');
  if (samples.length !== deltas.length) throw badInput(where, `ProfileChunk has ${samples.length} samples but ${deltas.length} timeDeltas`);
  for (const node of nodes) p.nodes.push(node);
  for (let i = 0; i < samples.length; i++) {
    p.samples.push(samples[i]!);
    p.timeDeltas.push(deltas[i]!);
    const line = data.lines?.[i];
    p.lines.push(typeof line === 'number' ? line : 0);
  }
  if (typeof data.endTime === 'number' && data.endTime > 0) p.endTime = data.endTime;
}

/** Nodes arrive with `parent`; the V8 importer wants `children`, and per-sample lines as positionTicks. */
function toCpuProfile(p: Pending, where: string): V8CpuProfile {
  const byId = new Map<number, V8Node>();
  for (const node of p.nodes) {
    if (typeof node?.id !== 'number') throw badInput(where, 'a ProfileChunk node has no numeric "id"');
    if (byId.has(node.id)) throw badInput(where, `node ${node.id} is defined twice in profile ${p.key}`);
    byId.set(node.id, { id: node.id, callFrame: node.callFrame, children: [] });
  }
  for (const node of p.nodes) {
    if (node.parent === undefined) continue;
    const parent = byId.get(node.parent);
    if (!parent) throw badInput(where, `node ${node.id} has unknown parent ${node.parent} in profile ${p.key}`);
    parent.children!.push(node.id);
  }
  const ticks = new Map<number, Map<number, number>>();
  p.samples.forEach((id, i) => {
    const line = p.lines[i]!;
    if (line <= 0) return;
    const perNode = ticks.get(id) ?? new Map<number, number>();
    perNode.set(line, (perNode.get(line) ?? 0) + 1);
    ticks.set(id, perNode);
  });
  for (const [id, lines] of ticks) {
    const node = byId.get(id);
    if (node) node.positionTicks = [...lines].sort((a, b) => a[0] - b[0]).map(([line, n]) => ({ line, ticks: n }));
  }
  const startTime = p.startTime ?? 0;
  const endTime = p.endTime ?? p.timeDeltas.reduce((t, d) => t + Math.max(0, d), startTime);
  return { nodes: [...byId.values()], startTime, endTime, samples: p.samples, timeDeltas: p.timeDeltas };
}

export async function readChromeTrace(source: ImportSource): Promise<ImportedProfile[]> {
  const profiles = new Map<string, Pending>();
  const threadNames = new Map<string, string>();
  const paths = [[], ['traceEvents']];
  const items = jsonArrayItems(source.open(), source.name, paths, 'a Chrome trace (trace events JSON)', { allowUnclosedTopArray: true });
  for await (const item of items) {
    const e = item.value as TraceEvent;
    const where = `${source.name}:${item.line}`;
    if (typeof e !== 'object' || e === null) throw badInput(where, 'expected a trace event object');
    if (e.name === 'thread_name' && e.ph === 'M' && typeof e.args?.name === 'string') threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
    if (e.name !== 'Profile' && e.name !== 'ProfileChunk') continue;
    if (typeof e.pid !== 'number' || e.id === undefined) throw badInput(where, `${e.name} event needs "pid" and "id"`);
    const key = `${e.pid}:${e.id}`;
    let p = profiles.get(key);
    if (!p) {
      p = { key, pid: e.pid, tid: e.tid ?? 0, startTime: undefined, endTime: undefined, nodes: [], samples: [], timeDeltas: [], lines: [] };
      profiles.set(key, p);
    }
    const data = e.args?.data;
    if (typeof data !== 'object' || data === null) throw badInput(where, `${e.name} event needs "args.data"`);
    if (e.name === 'Profile') {
      p.tid = e.tid ?? p.tid;
      if (typeof data.startTime === 'number') p.startTime = data.startTime;
    } else {
      p.startTime ??= typeof e.ts === 'number' ? e.ts : undefined;
      addChunk(p, data, where);
    }
  }
  const found = [...profiles.values()].filter((p) => p.samples.length > 0);
  if (found.length === 0) {
    throw badInput(source.name, 'no CPU profile samples in this trace; record it with the "disabled-by-default-v8.cpu_profiler" category (DevTools Performance panel does)');
  }
  return found.map((p) => {
    const imported: ImportedProfile = { kind: 'cpu', sourceFormat: 'chrome-trace', profile: convertV8CpuProfile(toCpuProfile(p, source.name), `${source.name} (profile ${p.key})`) };
    if (found.length > 1) imported.label = `pid${p.pid}`;
    const thread = threadNames.get(`${p.pid}:${p.tid}`);
    imported.profile.comments.push(`chrome trace: pid ${p.pid}, tid ${p.tid}${thread ? ` (${thread})` : ''}`);
    return imported;
  });
}

export const chromeTraceImporter: Importer = {
  format: 'chrome-trace',
  describe: 'Chrome DevTools Performance trace (trace events JSON with Profile/ProfileChunk events)',
  sniff(head) {
    const text = headText(head);
    if (/^\{\s*"traceEvents"\s*:/.test(text)) return 'yes';
    if (/^\[\s*\{/.test(text) && /"ph"\s*:/.test(text)) return 'yes';
    return /^\{/.test(text) && text.includes('"traceEvents"') ? 'maybe' : 'no';
  },
  parse: (source) => readChromeTrace(source),
};
