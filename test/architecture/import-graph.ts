// The import graph of lib/ and bin/, and the two rules it must keep: no import
// runs up a floor, and no import loop (between files, or between the folders
// of one floor). TypeScript's own preprocessor finds the imports, so type-only
// imports, re-exports and dynamic import() all count.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';

/**
 * The floors, bottom first. A module may import from its own floor or any
 * floor below. Within a floor, folders may import each other as long as the
 * folder graph stays free of loops. README "Development" draws the same picture.
 */
export const FLOORS: readonly (readonly string[])[] = [
  ['lib/base'], // errors, version, io, number formatting: imports nothing of ours
  ['lib/model'], // the profile model and pure transforms
  ['lib/pprof'], // the pprof codec: Profile <-> protobuf
  ['lib/records', 'lib/write-gate.ts'], // record types, reader, writer, run record; the one file writer
  ['lib/importers', 'lib/rules', 'lib/analysis', 'lib/compare', 'lib/exporters', 'lib/plan', 'lib/report'],
  ['lib/collectors'], // running a program under a profiler
  ['lib/scenarios'], // the scenarios file
  ['lib/cli'], // one run() per command
  ['bin'], // argv -> cli -> exit code
];

export interface Edge {
  from: string;
  to: string;
}

/** The room (folder, or a file at lib/'s top) a path belongs to, or undefined when no floor lists it. */
export function roomOf(path: string): string | undefined {
  for (const floor of FLOORS) {
    for (const room of floor) if (path === room || path.startsWith(`${room}/`)) return room;
  }
  return undefined;
}

export function floorOf(room: string): number {
  return FLOORS.findIndex((floor) => floor.includes(room));
}

function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(root, path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Every relative import of every .ts file under lib/ and bin/, as repository-relative paths. */
export function importEdges(root: string): Edge[] {
  const edges: Edge[] = [];
  for (const file of [...sourceFiles(root, 'lib'), ...sourceFiles(root, 'bin')].sort()) {
    const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
    for (const { fileName } of info.importedFiles) {
      if (!fileName.startsWith('.')) continue; // a package or node: builtin
      const target = relative(root, normalize(join(root, dirname(file), fileName))).replace(/\.js$/, '.ts');
      edges.push({ from: file, to: target });
    }
  }
  return edges;
}

/** Each import that runs up a floor, or into a room no floor lists, as one line naming the edge. */
export function upwardImports(edges: readonly Edge[]): string[] {
  const problems: string[] = [];
  for (const { from, to } of edges) {
    const fromRoom = roomOf(from);
    const toRoom = roomOf(to);
    if (fromRoom === undefined) problems.push(`${from}: its folder is on no floor (add it to FLOORS in test/architecture/import-graph.ts)`);
    else if (toRoom === undefined) problems.push(`${from} -> ${to}: ${to} is on no floor`);
    else if (floorOf(toRoom) > floorOf(fromRoom)) {
      problems.push(`${from} -> ${to}: ${fromRoom} (floor ${floorOf(fromRoom)}) imports upward from ${toRoom} (floor ${floorOf(toRoom)})`);
    }
  }
  return [...new Set(problems)];
}

/** The loops of a directed graph (Tarjan's strongly connected components of more than one node, or a self-loop), each as a path a -> b -> ... -> a. */
export function loops(edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (!next.has(from)) next.set(from, []);
    if (!next.has(to)) next.set(to, []);
    next.get(from)!.push(to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node)!) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || next.get(node)!.includes(node)) components.push(component);
    }
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) visit(node);
  return components.map((component) => cyclePath(component, next));
}

/** One concrete cycle through a strongly connected component, starting at its first node in sort order. */
function cyclePath(component: string[], next: Map<string, string[]>): string[] {
  const members = new Set(component);
  const start = [...component].sort()[0]!;
  // Breadth-first from start back to start, inside the component: the shortest loop.
  const parent = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const to of next.get(node)!) {
      if (!members.has(to)) continue;
      if (to === start) {
        const path = [start];
        for (let at = node; at !== start; at = parent.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!parent.has(to)) {
        parent.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start, start];
}

/** The same edges between rooms instead of files (imports inside one room dropped). */
export function roomEdges(edges: readonly Edge[]): Edge[] {
  const seen = new Map<string, Edge>();
  for (const { from, to } of edges) {
    const a = roomOf(from);
    const b = roomOf(to);
    if (a === undefined || b === undefined || a === b) continue;
    seen.set(`${a} ${b}`, { from: a, to: b });
  }
  return [...seen.values()];
}

/** For a loop between rooms, one file edge per step, so the message names what to move. */
export function witnesses(loop: readonly string[], edges: readonly Edge[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < loop.length; i++) {
    const edge = edges.find((e) => roomOf(e.from) === loop[i] && roomOf(e.to) === loop[i + 1]);
    if (edge) out.push(`${edge.from} -> ${edge.to}`);
  }
  return out;
}
