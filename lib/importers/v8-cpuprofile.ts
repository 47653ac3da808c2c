// V8 CPU profiles (.cpuprofile from `node --cpu-prof`, Chrome DevTools, the
// inspector's Profiler domain). V8 samples the main thread on a timer, so the
// tree has the pseudo-frames (idle), (program) and (garbage collector); they
// are kept as frames with no file so I/O waiting and GC stay visible.

import { badInput } from '../base/errors.js';
import { ProfileBuilder } from '../model/builder.js';
import type { Profile } from '../model/profile.js';
import { headText, parseJsonBytes, pathOfUrl } from './json-input.js';
import type { ImportedProfile, Importer } from './types.js';
import { scanCpuProfile } from './v8-cpuprofile-scan.js';
import { CallFrameKeys, indexOfIds, parentsOf, tickQueue, type CallFrame, type CpuProfileTables } from './v8-cpuprofile-nodes.js';
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

/** The tables of a parsed, checked profile. */
function tablesOf(data: V8CpuProfile, where: string): CpuProfileTables {
  const { nodes } = data;
  const ids = nodes.map((n) => n.id);
  const indexOf = indexOfIds(ids);
  const parent = parentsOf(ids, indexOf, (i, link) => {
    for (const child of nodes[i]!.children ?? []) link(child);
  }, where);
  const keys = new CallFrameKeys();
  const frameKey = Int32Array.from(nodes, (n) => keys.keyOf(n.callFrame));
  const ticks = new Map<number, { line: number; left: number }[]>();
  for (const node of nodes) if (node.positionTicks?.length) ticks.set(indexOf(node.id), tickQueue(node.positionTicks));
  const { samples, timeDeltas, startTime, endTime } = data;
  return { count: nodes.length, indexOf, parent, frameKey, callFrames: keys.callFrames, ticks, samples, timeDeltas, startTime, endTime };
}

export function convertV8CpuProfile(raw: unknown, where: string): Profile {
  return convertTables(tablesOf(check(raw, where), where), where);
}

const NO_FRAME = -1;
const ROOT = -2;

function convertTables(data: CpuProfileTables, where: string): Profile {
  const { parent, frameKey, callFrames, indexOf } = data;
  // startTime is V8's monotonic clock, not wall time, so no timeNs is set.
  const builder = new ProfileBuilder({
    sampleTypes: [
      { type: 'samples', unit: 'count' },
      { type: 'cpu', unit: 'nanoseconds' },
    ],
    periodType: { type: 'cpu', unit: 'nanoseconds' },
    durationNs: Math.max(0, Math.round((data.endTime - data.startTime) * US)),
  });

  // A node's frame as a caller, made once per distinct call frame, and each URL
  // turned into a path once: a long recording has hundreds of thousands of nodes
  // but a few hundred functions (profiled: parsing URLs and interning per node,
  // with Maps keyed by node id, were 90% of the import). Caller frames use the
  // function's own line: V8 records no call sites.
  const paths = new Map<string, string>();
  const pathOf = (url: string) => {
    let path = paths.get(url);
    if (path === undefined) paths.set(url, (path = pathOfUrl(url)));
    return path;
  };
  const frameOfKey = (key: number, line?: number) => builder.frameId(frameOf(callFrames[key]!, line, pathOf));
  const callerFrame = new Int32Array(callFrames.length).fill(NO_FRAME);
  const isRoot = (index: number) => callFrames[frameKey[index]!]!.functionName === '(root)';
  const callerFrameOf = (index: number): number => {
    const key = frameKey[index]!;
    let id = callerFrame[key]!;
    if (id === NO_FRAME) callerFrame[key] = id = isRoot(index) ? ROOT : frameOfKey(key);
    return id;
  };

  // Leaf samples get the hot line from positionTicks, handed out in order so
  // each line receives exactly its tick count.
  const leafLine = (index: number): number | undefined => {
    const queue = data.ticks.get(index);
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

  // A leaf's frame per call frame and hot line, made once: samples repeat their leaves.
  const leafFrames = new Map<string, number>();
  const leafFrame = (index: number, line: number | undefined): number => {
    if (line === undefined) return callerFrameOf(index);
    const key = `${frameKey[index]}:${line}`;
    let id = leafFrames.get(key);
    if (id === undefined) leafFrames.set(key, (id = frameOfKey(frameKey[index]!, line)));
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
    if (isRoot(index)) continue;
    stack.length = 0;
    stack.push(leafFrame(index, leafLine(index)));
    for (let p = parent[index]!; p >= 0; p = parent[p]!) {
      const frame = callerFrameOf(p);
      if (frame === ROOT) break;
      stack.push(frame);
      if (stack.length > data.count) throw badInput(where, 'node parents form a cycle');
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
    const bytes = await source.readAll();
    const where = source.name;
    // Read straight from the bytes; any input the scan does not take goes through JSON.parse, errors and all.
    const tables = scanCpuProfile(bytes, where) ?? tablesOf(check(parseJsonBytes(bytes, where, 'a V8 CPU profile'), where), where);
    const profile = convertTables(tables, where);
    return [{ kind: 'cpu', sourceFormat: 'v8-cpuprofile', profile }];
  },
};
