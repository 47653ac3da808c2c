// A .cpuprofile read straight from its bytes into the conversion's tables, with
// no object per node: each call frame's bytes are parsed once (a recording's
// hundreds of thousands of nodes share a few hundred), ids, children and
// samples are read as numbers. Any input outside the plain shape node and
// Chrome write (escaped keys, repeated keys, a field of another type, bad
// JSON) gives undefined, and the caller parses it with JSON.parse instead.

import { ByteKeyTable, hashEnds } from './byte-intern.js';
import { JsonCursor, NOT_FAST } from './json-scan.js';
import { indexOfIds, parentsOf, tickQueue, type CallFrame, type CpuProfileTables } from './v8-cpuprofile-nodes.js';

const names = (...keys: string[]) => keys.map((k) => Buffer.from(k));
const TOP = names('nodes', 'startTime', 'endTime', 'samples', 'timeDeltas');
const NODE = names('id', 'callFrame', 'children', 'positionTicks');
const TICK = names('line', 'ticks');
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** Fields a node gave, read in any order: each once, or the input is not the plain shape. */
interface NodesRead {
  ids: number[];
  frameKey: number[];
  callFrames: CallFrame[];
  /** Node i's children are childIds[childStart[i], childStart[i + 1]). */
  childStart: number[];
  childIds: number[];
  /** [node position, its positionTicks] for nodes that have some. */
  ticks: [number, { line: number; ticks: number }[]][];
}

/** The tables of a .cpuprofile, or undefined when JSON.parse must read it. Throws only what the tables' links refuse. */
export function scanCpuProfile(bytes: Buffer, where: string): CpuProfileTables | undefined {
  let read: ReturnType<typeof scanTop>;
  try {
    read = scanTop(bytes);
  } catch (err) {
    if (err === NOT_FAST) return undefined;
    throw err;
  }
  const { nodes, samples, timeDeltas, startTime, endTime } = read;
  const indexOf = indexOfIds(nodes.ids);
  const { childStart, childIds } = nodes;
  const parent = parentsOf(nodes.ids, indexOf, (i, link) => {
    for (let k = childStart[i]!; k < childStart[i + 1]!; k++) link(childIds[k]);
  }, where);
  const ticks = new Map<number, { line: number; left: number }[]>();
  for (const [position, list] of nodes.ticks) ticks.set(indexOf(nodes.ids[position]!), tickQueue(list));
  return { count: nodes.ids.length, indexOf, parent, frameKey: Int32Array.from(nodes.frameKey), callFrames: nodes.callFrames, ticks, samples, timeDeltas, startTime, endTime };
}

function scanTop(bytes: Buffer) {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const c = new JsonCursor(bytes, bom);
  let nodes: NodesRead | undefined;
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  let startTime: number | undefined;
  let endTime: number | undefined;
  let seen = 0;
  c.expect(OPEN_OBJECT);
  if (c.eat(CLOSE_OBJECT)) throw NOT_FAST;
  do {
    const key = c.key(TOP);
    if (key >= 0) {
      if (seen & (1 << key)) throw NOT_FAST; // JSON.parse keeps the last: leave repeats to it
      seen |= 1 << key;
    }
    if (key === 0) nodes = scanNodes(c);
    else if (key === 1) startTime = c.number();
    else if (key === 2) endTime = c.number();
    else if (key === 3) c.numbers(samples);
    else if (key === 4) c.numbers(timeDeltas);
    else c.skip();
  } while (c.more(CLOSE_OBJECT));
  if (c.peek() !== -1) throw NOT_FAST;
  if (!nodes || startTime === undefined || endTime === undefined || seen !== 31 || samples.length !== timeDeltas.length) throw NOT_FAST;
  return { nodes, samples, timeDeltas, startTime, endTime };
}

function scanNodes(c: JsonCursor): NodesRead {
  const read: NodesRead = { ids: [], frameKey: [], callFrames: [], childStart: [0], childIds: [], ticks: [] };
  const frames = new ByteKeyTable();
  c.expect(OPEN_ARRAY);
  if (c.eat(CLOSE_ARRAY)) return read;
  do {
    c.expect(OPEN_OBJECT);
    const position = read.childStart.length - 1;
    let seen = 0;
    if (!c.eat(CLOSE_OBJECT)) {
      do {
        const key = c.key(NODE);
        if (key >= 0) {
          if (seen & (1 << key)) throw NOT_FAST;
          seen |= 1 << key;
        }
        if (key === 0) read.ids.push(c.number());
        else if (key === 1) read.frameKey.push(callFrameKey(c, frames, read.callFrames));
        else if (key === 2) c.numbers(read.childIds);
        else if (key === 3) {
          const ticks = scanTicks(c);
          if (ticks.length > 0) read.ticks.push([position, ticks]);
        } else c.skip();
      } while (c.more(CLOSE_OBJECT));
    }
    if ((seen & 3) !== 3) throw NOT_FAST; // no id or no call frame: the ordinary check says which
    read.childStart.push(read.childIds.length);
  } while (c.more(CLOSE_ARRAY));
  return read;
}

/**
 * The key of the call frame object at the cursor. A call frame is flat, so the
 * bytes up to the first `}` are tried first: if they equal a whole call frame
 * seen before, they are that call frame (a complete JSON value ends where its
 * bytes say). Otherwise the object's real end is found and its bytes parsed,
 * which also checks them.
 */
function callFrameKey(c: JsonCursor, frames: ByteKeyTable, callFrames: CallFrame[]): number {
  if (c.peek() !== OPEN_OBJECT) throw NOT_FAST;
  const { buf } = c;
  const start = c.pos;
  const brace = buf.indexOf(CLOSE_OBJECT, start);
  if (brace > start) {
    const known = frames.get(buf, start, brace + 1, hashEnds(buf, start, brace + 1));
    if (known >= 0) {
      c.pos = brace + 1;
      return known;
    }
  }
  c.skipObjectUnchecked();
  const end = c.pos;
  const hash = hashEnds(buf, start, end);
  let key = frames.get(buf, start, end, hash);
  if (key < 0) {
    callFrames.push(parsedOrNotFast(buf.toString('utf8', start, end)) as CallFrame);
    key = callFrames.length - 1;
    frames.add(buf, start, end, key, hash);
  }
  return key;
}

function parsedOrNotFast(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw NOT_FAST;
  }
}

function scanTicks(c: JsonCursor): { line: number; ticks: number }[] {
  const ticks: { line: number; ticks: number }[] = [];
  c.expect(OPEN_ARRAY);
  if (c.eat(CLOSE_ARRAY)) return ticks;
  do {
    c.expect(OPEN_OBJECT);
    let line: number | undefined;
    let count: number | undefined;
    if (c.eat(CLOSE_OBJECT)) throw NOT_FAST;
    do {
      const key = c.key(TICK);
      if (key === 0 && line === undefined) line = c.number();
      else if (key === 1 && count === undefined) count = c.number();
      else if (key >= 0) throw NOT_FAST;
      else c.skip();
    } while (c.more(CLOSE_OBJECT));
    if (line === undefined || count === undefined) throw NOT_FAST;
    ticks.push({ line, ticks: count });
  } while (c.more(CLOSE_ARRAY));
  return ticks;
}
