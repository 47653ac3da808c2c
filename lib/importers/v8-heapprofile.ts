// V8 sampling heap profiles (.heapprofile from `node --heap-prof`, Chrome's
// allocation sampling): a call tree whose nodes carry `selfSize`, the bytes
// V8's sampler attributes to allocations made there. Imported as an `alloc`
// profile in bytes, with the number of sampled allocations beside it.

import { badInput } from '../base/errors.js';
import { ProfileBuilder } from '../model/builder.js';
import { headText, readJson } from './json-input.js';
import type { ImportedProfile, Importer } from './types.js';
import { frameOf } from './v8-cpuprofile.js';

interface HeapNode {
  id: number;
  callFrame: { functionName?: string; url?: string; lineNumber?: number; columnNumber?: number };
  selfSize: number;
  children?: HeapNode[];
}
interface HeapProfile {
  head: HeapNode;
  samples?: { size: number; nodeId: number }[];
}

function checkNode(node: unknown, path: string, where: string): HeapNode {
  const n = node as Partial<HeapNode>;
  if (typeof n !== 'object' || n === null || typeof n.callFrame !== 'object' || n.callFrame === null) {
    throw badInput(where, `${path}: expected a node with a "callFrame" object`);
  }
  if (typeof n.selfSize !== 'number' || !(n.selfSize >= 0)) throw badInput(where, `${path}: expected a non-negative "selfSize"`);
  if (n.children !== undefined && !Array.isArray(n.children)) throw badInput(where, `${path}: "children" must be an array`);
  return n as HeapNode;
}

export function convertV8HeapProfile(raw: unknown, where: string) {
  const data = raw as Partial<HeapProfile>;
  if (typeof data !== 'object' || data === null || typeof data.head !== 'object') throw badInput(where, 'expected a V8 heap profile with a "head" node');
  // Sampled allocations per node; V8 also lists samples of nodes it pruned from the tree, which have no stack.
  const counts = new Map<number, number>();
  // (Fuzzing found a null entry crashed here with a TypeError: check each entry's shape.)
  (Array.isArray(data.samples) ? data.samples : []).forEach((s, i) => {
    if (typeof s !== 'object' || s === null) throw badInput(where, `samples[${i}]: expected an object with a "nodeId"`);
    counts.set(s.nodeId, (counts.get(s.nodeId) ?? 0) + 1);
  });
  const builder = new ProfileBuilder({
    sampleTypes: [
      { type: 'alloc_objects', unit: 'count' },
      { type: 'alloc_space', unit: 'bytes' },
    ],
    periodType: { type: 'space', unit: 'bytes' },
  });
  // Depth-first without recursion: deep JavaScript stacks would overflow ours.
  const todo: { node: HeapNode; stack: number[]; path: string }[] = [{ node: checkNode(data.head, 'head', where), stack: [], path: 'head' }];
  while (todo.length > 0) {
    const { node, stack, path } = todo.pop()!;
    const isRoot = node.callFrame.functionName === '(root)' && stack.length === 0;
    const here = isRoot ? stack : [builder.frameId(frameOf(node.callFrame)), ...stack];
    if (node.selfSize > 0 && here.length > 0) builder.addSample(here, [counts.get(node.id) ?? 0, node.selfSize]);
    (node.children ?? []).forEach((child, i) => {
      const childPath = `${path}.children[${i}]`;
      todo.push({ node: checkNode(child, childPath, where), stack: here, path: childPath });
    });
  }
  return builder.build();
}

export const v8HeapProfileImporter: Importer = {
  format: 'v8-heapprofile',
  describe: 'V8 sampling heap profile (.heapprofile) from node --heap-prof or Chrome DevTools',
  sniff(head) {
    const text = headText(head);
    if (!text.startsWith('{')) return 'no';
    return text.includes('"head"') && text.includes('"callFrame"') && text.includes('"selfSize"') ? 'yes' : 'no';
  },
  async parse(source): Promise<ImportedProfile[]> {
    const profile = convertV8HeapProfile(await readJson(source, 'a V8 heap profile'), source.name);
    if (profile.samples.length === 0) throw badInput(source.name, 'V8 heap profile has no allocations (every selfSize is 0)');
    return [{ kind: 'alloc', sourceFormat: 'v8-heapprofile', profile }];
  },
};
