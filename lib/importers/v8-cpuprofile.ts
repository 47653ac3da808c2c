// V8 CPU profiles (.cpuprofile from `node --cpu-prof`, Chrome DevTools, the
// inspector's Profiler domain). V8 samples the main thread on a timer, so the
// tree has the pseudo-frames (idle), (program) and (garbage collector); they
// are kept as frames with no file so I/O waiting and GC stay visible.

import { badInput } from '../base/errors.js';
import { ProfileBuilder } from '../model/builder.js';
import type { Profile } from '../model/profile.js';
import { headText, pathOfUrl, readJson } from './json-input.js';
import type { ImportedProfile, Importer } from './types.js';

interface CallFrame {
  functionName?: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
}
interface V8Node {
  id: number;
  callFrame: CallFrame;
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
export interface V8CpuProfile {
  nodes: V8Node[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const US = 1000; // V8 times are microseconds; pprof wants nanoseconds

function check(data: unknown, where: string): V8CpuProfile {
  const p = data as Partial<V8CpuProfile>;
  if (typeof p !== 'object' || p === null || !Array.isArray(p.nodes)) throw badInput(where, 'expected a V8 CPU profile with a "nodes" array');
  if (!Array.isArray(p.samples) || !Array.isArray(p.timeDeltas)) throw badInput(where, 'expected "samples" and "timeDeltas" arrays');
  if (p.samples.length !== p.timeDeltas.length) {
    throw badInput(where, `"samples" has ${p.samples.length} entries but "timeDeltas" has ${p.timeDeltas.length}`);
  }
  p.nodes.forEach((n, i) => {
    if (typeof n?.id !== 'number' || typeof n.callFrame !== 'object' || n.callFrame === null) {
      throw badInput(where, `node ${i} needs a numeric "id" and a "callFrame" object`);
    }
  });
  return p as V8CpuProfile;
}

export function frameOf(cf: CallFrame, line?: number, pathOf = pathOfUrl): { name: string; file: string; line: number; column: number } {
  // Fields of the wrong type (fuzzing: a numeric url crashed pathOfUrl) count as absent.
  const position = (n: unknown): number => (Number.isSafeInteger(n) && (n as number) >= -1 ? (n as number) + 1 : 0);
  return {
    name: (typeof cf.functionName === 'string' && cf.functionName) || '(anonymous)',
    file: pathOf(typeof cf.url === 'string' ? cf.url : ''),
    line: line ?? position(cf.lineNumber),
    column: position(cf.columnNumber),
  };
}

/**
 * Node id -> index in `nodes` (the last node with that id, as a Map built in
 * order would give), -1 for none. V8 numbers its nodes 1..n, so a table
 * indexed by id serves; any other numbering falls back to a Map.
 */
function indexOfIds(nodes: V8Node[]): (id: number) => number {
  let maxId = 0;
  for (const node of nodes) {
    const id = node.id;
    if (!Number.isInteger(id) || id < 0 || id > 4 * nodes.length + 1024) {
      const byId = new Map<number, number>();
      nodes.forEach((n, i) => byId.set(n.id, i));
      return (id) => byId.get(id) ?? -1;
    }
    if (id > maxId) maxId = id;
  }
  const table = new Int32Array(maxId + 1).fill(-1);
  nodes.forEach((n, i) => (table[n.id] = i));
  return (id) => (Number.isInteger(id) && id >= 0 && id <= maxId ? table[id]! : -1);
}

/**
 * Each node's parent as an index into `nodes` (-1 for none), refusing unknown
 * children and a second parent. Ids, not positions, link nodes: a parent is the
 * node its id names (with ids repeated, the last such).
 */
function parentsOf(nodes: V8Node[], indexOf: (id: number) => number, where: string): Int32Array {
  const parent = new Int32Array(nodes.length).fill(-1);
  for (const node of nodes) {
    const i = indexOf(node.id);
    for (const child of node.children ?? []) {
      const c = indexOf(child);
      if (c < 0) throw badInput(where, `node ${node.id} has unknown child ${child}`);
      if (parent[c]! >= 0 || child === node.id) throw badInput(where, `node ${child} has more than one parent (cycle)`);
      parent[c] = i;
    }
  }
  return parent;
}

/** Largest line or column kept in CallFrameIds' numeric key. */
const MAX_POSITION = 1 << 20;

/**
 * Frame ids by a call frame's fields, looked up without building a key string:
 * nodes are many (every distinct path), call frames few (one per function).
 * Raw field values are the keys, so any two call frames that read the same make
 * the same frame.
 */
class CallFrameIds {
  private readonly byName = new Map<unknown, Map<unknown, Map<number, number>>>();
  constructor(private readonly make: (cf: CallFrame) => number) {}

  idOf(cf: CallFrame): number {
    const { lineNumber: line, columnNumber: column } = cf;
    const inRange = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= -1 && (n as number) < MAX_POSITION;
    if (!inRange(line) || !inRange(column)) return this.make(cf);
    let byUrl = this.byName.get(cf.functionName);
    if (!byUrl) this.byName.set(cf.functionName, (byUrl = new Map()));
    let byPosition = byUrl.get(cf.url);
    if (!byPosition) byUrl.set(cf.url, (byPosition = new Map()));
    const key = (line + 1) * (MAX_POSITION + 1) + column + 1;
    let id = byPosition.get(key);
    if (id === undefined) byPosition.set(key, (id = this.make(cf)));
    return id;
  }
}

const NO_FRAME = -1;
const ROOT = -2;

export function convertV8CpuProfile(raw: unknown, where: string): Profile {
  const data = check(raw, where);
  const { nodes } = data;
  const indexOf = indexOfIds(nodes);
  const parent = parentsOf(nodes, indexOf, where);
  // startTime is V8's monotonic clock, not wall time, so no timeNs is set.
  const builder = new ProfileBuilder({
    sampleTypes: [
      { type: 'samples', unit: 'count' },
      { type: 'cpu', unit: 'nanoseconds' },
    ],
    periodType: { type: 'cpu', unit: 'nanoseconds' },
    durationNs: Math.max(0, Math.round((data.endTime - data.startTime) * US)),
  });

  // A node's frame as a caller, made once per node, and each URL turned into a
  // path once: a long recording has hundreds of thousands of nodes but a few
  // hundred functions (profiled: parsing URLs and interning per node, with Maps
  // keyed by node id, were 90% of the import). Caller frames use the function's
  // own line: V8 records no call sites.
  const paths = new Map<string, string>();
  const pathOf = (url: string) => {
    let path = paths.get(url);
    if (path === undefined) paths.set(url, (path = pathOfUrl(url)));
    return path;
  };
  const frameOfNode = (cf: CallFrame, line?: number) => builder.frameId(frameOf(cf, line, pathOf));
  const callFrames = new CallFrameIds((cf) => frameOfNode(cf));
  const callerFrame = new Int32Array(nodes.length).fill(NO_FRAME);
  const callerFrameOf = (index: number): number => {
    let id = callerFrame[index]!;
    if (id === NO_FRAME) {
      const cf = nodes[index]!.callFrame;
      callerFrame[index] = id = cf.functionName === '(root)' ? ROOT : callFrames.idOf(cf);
    }
    return id;
  };

  // Leaf samples get the hot line from positionTicks, handed out in order so
  // each line receives exactly its tick count.
  const lineQueue = new Map<number, { line: number; left: number }[]>();
  for (const node of nodes) {
    if (node.positionTicks?.length) lineQueue.set(indexOf(node.id), node.positionTicks.map((t) => ({ line: t.line, left: t.ticks })));
  }
  const leafLine = (index: number): number | undefined => {
    const queue = lineQueue.get(index);
    while (queue && queue.length > 0) {
      const head = queue[0]!;
      if (head.left > 0) {
        head.left--;
        return head.line;
      }
      queue.shift();
    }
    return undefined;
  };

  // A leaf's frame per node and hot line, made once: samples repeat their leaves.
  const leafFrames = new Map<string, number>();
  const leafFrame = (index: number, line: number | undefined): number => {
    if (line === undefined) return callerFrameOf(index);
    const key = `${index}:${line}`;
    let id = leafFrames.get(key);
    if (id === undefined) leafFrames.set(key, (id = frameOfNode(nodes[index]!.callFrame, line)));
    return id;
  };

  let timestamp = data.startTime;
  const times = data.timeDeltas.map((d) => (timestamp += Math.max(0, d)));
  const stack: number[] = [];
  for (let i = 0; i < data.samples.length; i++) {
    const id = data.samples[i]!;
    const index = indexOf(id);
    if (index < 0) throw badInput(where, `sample ${i} refers to unknown node ${id}`);
    const next = i + 1 < times.length ? times[i + 1]! : Math.max(data.endTime, times[i]!);
    const ns = Math.max(0, Math.round((next - times[i]!) * US));
    if (nodes[index]!.callFrame.functionName === '(root)') continue;
    stack.length = 0;
    stack.push(leafFrame(index, leafLine(index)));
    for (let p = parent[index]!; p >= 0; p = parent[p]!) {
      const frame = callerFrameOf(p);
      if (frame === ROOT) break;
      stack.push(frame);
      if (stack.length > nodes.length) throw badInput(where, 'node parents form a cycle');
    }
    builder.addSample(stack, [1, ns]);
  }
  return builder.build();
}

export const v8CpuProfileImporter: Importer = {
  format: 'v8-cpuprofile',
  describe: 'V8 CPU profile (.cpuprofile) from node --cpu-prof or Chrome DevTools',
  sniff(head) {
    const text = headText(head);
    if (!text.startsWith('{')) return 'no';
    return text.includes('"nodes"') && text.includes('"callFrame"') ? 'yes' : 'no';
  },
  async parse(source): Promise<ImportedProfile[]> {
    const profile = convertV8CpuProfile(await readJson(source, 'a V8 CPU profile'), source.name);
    return [{ kind: 'cpu', sourceFormat: 'v8-cpuprofile', profile }];
  },
};
