import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { importProfiles, openSource } from '../../lib/importers/registry.js';
import { DEFAULT_LIMITS } from '../../lib/importers/types.js';
import { v8CpuProfileImporter } from '../../lib/importers/v8-cpuprofile.js';
import { convertV8HeapProfile, v8HeapProfileImporter } from '../../lib/importers/v8-heapprofile.js';
import { totalOf } from '../../lib/model/profile.js';
import { PROFILES } from '../helpers.js';
import { listing, statsByName, textSource } from './listing.js';

const fixture = join(PROFILES, 'node-alloc.heapprofile');

interface RawNode {
  id: number;
  selfSize: number;
  children?: RawNode[];
}
/** Sum of selfSize over the whole tree, walked independently of the importer. */
function treeBytes(node: RawNode): number {
  return node.selfSize + (node.children ?? []).reduce((sum, c) => sum + treeBytes(c), 0);
}
function treeIds(node: RawNode, into = new Set<number>()): Set<number> {
  into.add(node.id);
  for (const c of node.children ?? []) treeIds(c, into);
  return into;
}

t.test('node --heap-prof of the planted allocator: an alloc profile in bytes with makeRecords on top', async (t) => {
  const imported = await importProfiles(await openSource(fixture), DEFAULT_LIMITS);
  t.equal(imported.length, 1);
  const p = imported[0]!;
  t.equal(p.sourceFormat, 'v8-heapprofile', 'detected by content');
  t.equal(p.kind, 'alloc');
  t.same(p.profile.sampleTypes[p.profile.defaultSampleIndex], { type: 'alloc_space', unit: 'bytes' });
  const raw = JSON.parse(readFileSync(fixture, 'utf8'));
  t.equal(totalOf(p.profile, 1), treeBytes(raw.head), 'every byte of the tree counted once');
  // V8 lists some samples whose node it has pruned from the tree: those have no stack to count under.
  const ids = treeIds(raw.head);
  const placed = raw.samples.filter((x: { nodeId: number }) => ids.has(x.nodeId)).length;
  t.ok(placed > 1000 && placed <= raw.samples.length);
  t.equal(totalOf(p.profile, 0), placed, 'every sampled allocation in the tree counted');
  const stats = statsByName(p.profile);
  const [self] = stats.get('makeRecords')!;
  t.ok(self > totalOf(p.profile, 1) / 2, 'makeRecords allocates most bytes');
  const frame = p.profile.frames.find((f) => f.name === 'makeRecords')!;
  t.match(frame.file, /programs\/node-alloc\/alloc\.js$/, 'file:// URL turned into a path');
  t.equal(frame.line, 6, 'line of the function');
  t.matchSnapshot(listing(imported, 5), 'top functions and totals');
});

t.test('sniffing tells heap profiles from CPU profiles', async (t) => {
  const head = readFileSync(fixture).subarray(0, 4096);
  t.equal(v8HeapProfileImporter.sniff(head, 'x'), 'yes');
  t.equal(v8CpuProfileImporter.sniff(head, 'x'), 'no');
  const cpu = readFileSync(join(PROFILES, 'node-hot-loop.cpuprofile')).subarray(0, 4096);
  t.equal(v8HeapProfileImporter.sniff(cpu, 'x'), 'no');
});

t.test('corrupt input names the file and the node', async (t) => {
  const parse = (text: string) => v8HeapProfileImporter.parse(textSource(text, 'h.heapprofile'), DEFAULT_LIMITS);
  await t.rejects(parse('{"head": '), { code: 'bad-input', message: /^h\.heapprofile: not valid JSON for a V8 heap profile/ });
  await t.rejects(parse('{"samples": []}'), { message: 'h.heapprofile: expected a V8 heap profile with a "head" node' });
  const cf = '{"functionName":"f","url":"file:///a.js","lineNumber":0,"columnNumber":0}';
  await t.rejects(parse(`{"head":{"callFrame":${cf},"selfSize":0,"id":1,"children":[{"callFrame":${cf},"selfSize":-4,"id":2}]}}`), {
    message: 'h.heapprofile: head.children[0]: expected a non-negative "selfSize"',
  });
  await t.rejects(parse(`{"head":{"callFrame":${cf},"selfSize":0,"id":1}}`), { message: /^h\.heapprofile: V8 heap profile has no allocations/ });
  t.throws(() => convertV8HeapProfile({ head: { selfSize: 1, id: 1 } }, 'x'), { message: 'x: head: expected a node with a "callFrame" object' });
});
