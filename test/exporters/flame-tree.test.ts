// The tree a flame graph draws, from real recordings: as wide as the profile
// at the root, every node as wide as its own time plus its children's,
// narrow siblings merged (values kept), the same order every time, and stacks
// deeper than any recursion could walk.
import { join } from 'node:path';
import t from 'tap';
import { functionStats } from '../../lib/analysis/hotspots.js';
import { buildFlameTree, countNodes, type FlameNode } from '../../lib/exporters/flame-tree.js';
import { importProfiles, openSource } from '../../lib/importers/registry.js';
import { DEFAULT_LIMITS } from '../../lib/importers/types.js';
import { ProfileBuilder } from '../../lib/model/builder.js';
import { totalOf } from '../../lib/model/profile.js';
import { PROFILES } from '../helpers.js';

const load = async (name: string) => (await importProfiles(await openSource(join(PROFILES, name)), DEFAULT_LIMITS))[0]!.profile;

function* nodes(root: FlameNode): Generator<FlameNode> {
  const todo = [root];
  for (let n = todo.pop(); n; n = todo.pop()) {
    yield n;
    todo.push(...n.children);
  }
}

t.test('widths add up on every recorded format, and the hottest leaf is the top function by self', async (t) => {
  for (const name of ['node-hot-loop.cpuprofile', 'go-cpu.pb.gz', 'c-hot.folded']) {
    const profile = await load(name);
    const tree = buildFlameTree(profile);
    const index = profile.sampleTypes.findIndex((s) => s.type === tree.sampleType);
    t.equal(tree.root.total, totalOf(profile, index), `${name}: the root is the whole profile`);
    const broken = [...nodes(tree.root)].filter((n) => n.total !== n.self + n.children.reduce((a, c) => a + c.total, 0));
    t.same(broken.map((n) => n.name), [], `${name}: each node is its self plus its children`);
    // Self summed per function over the tree is the hotspot table's self.
    const selfByName = new Map<string, number>();
    for (const n of nodes(tree.root)) if (n !== tree.root) selfByName.set(`${n.name}\0${n.file}`, (selfByName.get(`${n.name}\0${n.file}`) ?? 0) + n.self);
    const top = functionStats(profile, tree.sampleType).functions.sort((a, b) => b.self - a.self)[0]!;
    t.equal(selfByName.get(`${top.name}\0${top.file}`), top.self, `${name}: ${top.name}'s self time is the same in the tree`);
    t.same(buildFlameTree(profile), tree, `${name}: the same tree every time`);
  }
});

t.test('narrow siblings are merged into one node that keeps their time', async (t) => {
  const profile = await load('go-cpu.pb.gz');
  const full = buildFlameTree(profile);
  const pruned = buildFlameTree(profile, undefined, 0.05);
  t.ok(countNodes(pruned.root) < countNodes(full.root), `${countNodes(pruned.root)} of ${countNodes(full.root)} nodes drawn`);
  t.equal(pruned.root.total, full.root.total);
  const merged = [...nodes(pruned.root)].filter((n) => n.merged > 0);
  t.ok(merged.length > 0, `${merged.length} nodes stand for narrow frames`);
  t.ok(merged.every((n) => n.children.length === 0 && n.total < 0.05 * full.root.total * Math.max(1, n.merged)), 'with no children drawn below them');
  t.ok(merged.filter((n) => n.merged > 1).every((n) => n.name === `(${n.merged} narrow frames)`), 'several siblings: named by their count');
  t.ok([...nodes(pruned.root)].every((n) => n.total === n.self + n.children.reduce((a, c) => a + c.total, 0)), 'widths still add up');
});

t.test('children by name then file; a 20,000-frame stack without recursion', async (t) => {
  const b = new ProfileBuilder({ sampleTypes: [{ type: 'samples', unit: 'count' }] });
  const f = (name: string, file = 'a.c') => b.frameId({ name, file, line: 1, column: 0 });
  const main = f('main');
  b.addSample([f('zeta'), main], [1]);
  b.addSample([f('alpha', 'b.c'), main], [1]);
  b.addSample([f('alpha', 'a.c'), main], [1]);
  const deep = Array.from({ length: 20_000 }, (_, i) => f(`d${i % 7}`));
  b.addSample([...deep, main], [2]);
  const tree = buildFlameTree(b.build());
  const under = tree.root.children[0]!;
  t.equal(under.name, 'main');
  t.same(under.children.map((c) => `${c.name}@${c.file}`).slice(0, 3), ['alpha@a.c', 'alpha@b.c', 'd0@a.c']);
  t.equal(countNodes(tree.root), 2 + 3 + 20_000);
});
