import t from 'tap';
import { buildStackTree, childrenOf } from '../../lib/exporters/stack-tree.js';
import type { Profile } from '../../lib/model/profile.js';

const profile: Profile = {
  sampleTypes: [{ type: 'samples', unit: 'count' }, { type: 'cpu', unit: 'nanoseconds' }],
  defaultSampleIndex: 1,
  period: 1,
  timeNs: 0,
  durationNs: 0,
  frames: [
    { name: 'main', file: 'a.go', line: 9, column: 0 },
    { name: 'work', file: 'a.go', line: 30, column: 0 },
    { name: 'work', file: 'a.go', line: 21, column: 0 },
  ],
  samples: [
    { stack: [1, 0], values: [1, 10] },
    { stack: [2, 0], values: [2, 20] }, // another line of work: the same node
    { stack: [0], values: [0, 5] },
    { stack: [], values: [1, 1] }, // no stack: counts at the root
    { stack: [1], values: [1, -3] }, // a negative value draws nothing
  ],
  comments: [],
};

t.test('samples merge by function along the stack, root first; totals add up', async (t) => {
  const tree = buildStackTree(profile);
  t.equal(tree.size, 3, 'root, main, work');
  const [main] = childrenOf(tree, 0);
  const [work] = childrenOf(tree, main!);
  t.same(tree.functions[tree.fn[work!]!], profile.frames[1], 'a function is known by its first frame');
  t.same([tree.self[0], tree.self[main!], tree.self[work!]], [1, 5, 30]);
  t.same([tree.total[0], tree.total[main!], tree.total[work!]], [36, 35, 30]);
  const counts = buildStackTree(profile, 'samples');
  t.equal(counts.total[0], 5, 'by count: the sample with no count left out, the one with negative CPU counted');
});
