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

export function frameOf(cf: CallFrame, line?: number): { name: string; file: string; line: number; column: number } {
  // Fields of the wrong type (fuzzing: a numeric url crashed pathOfUrl) count as absent.
  const position = (n: unknown): number => (Number.isSafeInteger(n) && (n as number) >= -1 ? (n as number) + 1 : 0);
  return {
    name: (typeof cf.functionName === 'string' && cf.functionName) || '(anonymous)',
    file: pathOfUrl(typeof cf.url === 'string' ? cf.url : ''),
    line: line ?? position(cf.lineNumber),
    column: position(cf.columnNumber),
  };
}

/** Map each node id to its parent id, refusing cycles and unknown children. */
function parentsOf(nodes: V8Node[], where: string): Map<number, number> {
  const ids = new Set(nodes.map((n) => n.id));
  const parent = new Map<number, number>();
  for (const node of nodes) {
    for (const child of node.children ?? []) {
      if (!ids.has(child)) throw badInput(where, `node ${node.id} has unknown child ${child}`);
      if (parent.has(child) || child === node.id) throw badInput(where, `node ${child} has more than one parent (cycle)`);
      parent.set(child, node.id);
    }
  }
  return parent;
}

export function convertV8CpuProfile(raw: unknown, where: string): Profile {
  const data = check(raw, where);
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const parent = parentsOf(data.nodes, where);
  // startTime is V8's monotonic clock, not wall time, so no timeNs is set.
  const builder = new ProfileBuilder({
    sampleTypes: [
      { type: 'samples', unit: 'count' },
      { type: 'cpu', unit: 'nanoseconds' },
    ],
    periodType: { type: 'cpu', unit: 'nanoseconds' },
    durationNs: Math.max(0, Math.round((data.endTime - data.startTime) * US)),
  });

  // Caller frames use the function's own line: V8 records no call sites. A node's
  // caller frame is made once (frameOf parses its URL), not once per sampled leaf below it.
  const callerFrame = new Map<number, number>();
  const frameOfCaller = (node: V8Node): number => {
    let id = callerFrame.get(node.id);
    if (id === undefined) callerFrame.set(node.id, (id = builder.frameId(frameOf(node.callFrame))));
    return id;
  };
  const callerStack = new Map<number, number[]>();
  const stackAbove = (id: number): number[] => {
    let cached = callerStack.get(id);
    if (cached) return cached;
    const chain: number[] = [];
    for (let p = parent.get(id); p !== undefined; p = parent.get(p)) {
      const node = byId.get(p)!;
      if (node.callFrame.functionName === '(root)') break;
      chain.push(frameOfCaller(node));
      if (chain.length > data.nodes.length) throw badInput(where, 'node parents form a cycle');
    }
    callerStack.set(id, chain);
    return chain;
  };

  // Leaf samples get the hot line from positionTicks, handed out in order so
  // each line receives exactly its tick count.
  const lineQueue = new Map<number, { line: number; left: number }[]>();
  for (const node of data.nodes) {
    if (node.positionTicks?.length) lineQueue.set(node.id, node.positionTicks.map((t) => ({ line: t.line, left: t.ticks })));
  }
  const leafLine = (id: number): number | undefined => {
    const queue = lineQueue.get(id);
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
  const leafFrame = (node: V8Node, line: number | undefined): number => {
    const key = `${node.id}:${line ?? ''}`;
    let id = leafFrames.get(key);
    if (id === undefined) leafFrames.set(key, (id = builder.frameId(frameOf(node.callFrame, line))));
    return id;
  };

  let timestamp = data.startTime;
  const times = data.timeDeltas.map((d) => (timestamp += Math.max(0, d)));
  for (let i = 0; i < data.samples.length; i++) {
    const id = data.samples[i]!;
    const node = byId.get(id);
    if (!node) throw badInput(where, `sample ${i} refers to unknown node ${id}`);
    const next = i + 1 < times.length ? times[i + 1]! : Math.max(data.endTime, times[i]!);
    const ns = Math.max(0, Math.round((next - times[i]!) * US));
    if (node.callFrame.functionName === '(root)') continue;
    const stack = [leafFrame(node, leafLine(id)), ...stackAbove(id)];
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
