// A .cpuprofile's node tree as flat tables, the one shape the V8 conversion
// reads: made from a parsed object (Chrome traces, odd inputs) or straight from
// the bytes (v8-cpuprofile-scan.ts). Nodes link by id; positions index the tables.

import { badInput } from '../base/errors.js';

export interface CallFrame {
  functionName?: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
}

export interface CpuProfileTables {
  /** How many nodes. */
  count: number;
  /** Node id -> position, -1 for none. */
  indexOf: (id: number) => number;
  /** Each node's parent position, -1 for none. */
  parent: Int32Array;
  /** Each node's call frame as a key into `callFrames`: nodes with one key have equal call frames. */
  frameKey: Int32Array;
  callFrames: CallFrame[];
  /** Hot lines and their ticks, by the position of the node they belong to. */
  ticks: Map<number, { line: number; left: number }[]>;
  samples: ArrayLike<number>;
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/**
 * Node id -> position (the last node with that id, as a Map built in order would
 * give), -1 for none. V8 numbers its nodes 1..n, so a table indexed by id serves;
 * any other numbering falls back to a Map.
 */
export function indexOfIds(ids: ArrayLike<number>): (id: number) => number {
  let maxId = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (!Number.isInteger(id) || id < 0 || id > 4 * ids.length + 1024) {
      const byId = new Map<number, number>();
      for (let j = 0; j < ids.length; j++) byId.set(ids[j]!, j);
      return (id) => byId.get(id) ?? -1;
    }
    if (id > maxId) maxId = id;
  }
  const table = new Int32Array(maxId + 1).fill(-1);
  for (let i = 0; i < ids.length; i++) table[ids[i]!] = i;
  return (id) => (Number.isInteger(id) && id >= 0 && id <= maxId ? table[id]! : -1);
}

/**
 * Each node's parent position (-1 for none), refusing unknown children and a
 * second parent. A parent is the node its id names (with ids repeated, the last
 * such). `eachChild(i, link)` calls link with every child id node i lists.
 */
export function parentsOf(
  ids: ArrayLike<number>,
  indexOf: (id: number) => number,
  eachChild: (position: number, link: (child: unknown) => void) => void,
  where: string,
): Int32Array {
  const parent = new Int32Array(ids.length).fill(-1);
  let id = 0;
  let position = -1;
  const link = (child: unknown) => {
    const c = indexOf(child as number);
    if (c < 0) throw badInput(where, `node ${id} has unknown child ${child}`);
    if (parent[c]! >= 0 || child === id) throw badInput(where, `node ${child} has more than one parent (cycle)`);
    parent[c] = position;
  };
  for (let i = 0; i < ids.length; i++) {
    id = ids[i]!;
    position = indexOf(id);
    eachChild(i, link);
  }
  return parent;
}

/** Largest line or column kept in CallFrameKeys' numeric key. */
const MAX_POSITION = 1 << 20;

/**
 * Keys for call frames by their fields, found without building a key string:
 * nodes are many (every distinct path), call frames few (one per function). Raw
 * field values are the keys, so two call frames with one key read the same.
 */
export class CallFrameKeys {
  readonly callFrames: CallFrame[] = [];
  private readonly byName = new Map<unknown, Map<unknown, Map<number, number>>>();

  keyOf(cf: CallFrame): number {
    const { lineNumber: line, columnNumber: column } = cf;
    const inRange = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= -1 && (n as number) < MAX_POSITION;
    if (!inRange(line) || !inRange(column)) return this.add(cf);
    let byUrl = this.byName.get(cf.functionName);
    if (!byUrl) this.byName.set(cf.functionName, (byUrl = new Map()));
    let byPosition = byUrl.get(cf.url);
    if (!byPosition) byUrl.set(cf.url, (byPosition = new Map()));
    const position = (line + 1) * (MAX_POSITION + 1) + column + 1;
    let key = byPosition.get(position);
    if (key === undefined) byPosition.set(position, (key = this.add(cf)));
    return key;
  }

  private add(cf: CallFrame): number {
    this.callFrames.push(cf);
    return this.callFrames.length - 1;
  }
}

/** A node's positionTicks as the queue the conversion hands lines out of. */
export function tickQueue(ticks: { line: number; ticks: number }[]): { line: number; left: number }[] {
  return ticks.map((t) => ({ line: t.line, left: t.ticks }));
}
