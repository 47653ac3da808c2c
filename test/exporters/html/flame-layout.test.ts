// Where the frames of real recordings go: pre-order, every subtree a range
// [i, end), children side by side from their parent's left edge, no wider
// than it; labels that fit their box; rows for both orientations.
import { join } from 'node:path';
import t from 'tap';
import { buildFlameTree } from '../../../lib/exporters/flame-tree.js';
import { CHAR_W, LABEL_PAD, ROW, fitLabel, place, rowY } from '../../../lib/exporters/html/flame-layout.js';
import { importProfiles, openSource } from '../../../lib/importers/registry.js';
import { DEFAULT_LIMITS } from '../../../lib/importers/types.js';
import { ProfileBuilder } from '../../../lib/model/builder.js';
import { PROFILES } from '../../helpers.js';

const load = async (name: string) => (await importProfiles(await openSource(join(PROFILES, name)), DEFAULT_LIMITS))[0]!.profile;

t.test('every frame of three recordings placed inside its parent, subtrees as index ranges', async (t) => {
  for (const name of ['node-hot-loop.cpuprofile', 'go-cpu.pb.gz', 'c-hot.folded']) {
    const placed = place(buildFlameTree(await load(name)).root);
    const problems: string[] = [];
    placed.forEach((p, i) => {
      if (i === 0) {
        if (p.parent !== -1 || p.depth !== 0 || p.x !== 0 || p.end !== placed.length) problems.push('root');
        return;
      }
      const parent = placed[p.parent]!;
      if (p.parent >= i) problems.push(`${i}: parent after it`);
      if (p.depth !== parent.depth + 1) problems.push(`${i}: depth`);
      if (p.x < parent.x || p.x + p.node.total > parent.x + parent.node.total + 1e-6) problems.push(`${i}: outside its parent`);
      if (!(i < p.end && p.end <= parent.end)) problems.push(`${i}: subtree range`);
      // The subtree range holds exactly the frames whose chain of parents reaches i.
      for (let j = i + 1; j < p.end; j++) if (placed[j]!.depth <= p.depth) problems.push(`${j} inside ${i}'s range but not below it`);
    });
    t.same(problems, [], `${name}: ${placed.length} frames`);
    // Siblings in the tree's order, left to right, touching.
    const kids = placed.filter((p) => p.parent === 0);
    t.same(kids.map((k) => k.node), placed[0]!.node.children, `${name}: the root's children in order`);
    let x = 0;
    for (const k of kids) {
      t.equal(k.x, x);
      x += k.node.total;
    }
  }
});

t.test('a stack 50,000 frames deep is placed without recursion', async (t) => {
  const b = new ProfileBuilder({ sampleTypes: [{ type: 'samples', unit: 'count' }] });
  const stack = Array.from({ length: 50_000 }, (_, i) => b.frameId({ name: `f${i}`, file: 'deep.js', line: i + 1, column: 0 }));
  b.addSample(stack, [1]);
  const placed = place(buildFlameTree(b.build()).root);
  t.equal(placed.length, 50_001);
  t.equal(placed[placed.length - 1]!.depth, 50_000);
  t.ok(placed.every((p) => p.end === placed.length), 'every subtree runs to the leaf');
});

t.test('labels: whole when they fit, cut with an ellipsis, or none in a narrow box', async (t) => {
  const px = (chars: number) => chars * CHAR_W + 2 * LABEL_PAD;
  t.equal(fitLabel('handleRequest', px(13)), 'handleRequest');
  t.equal(fitLabel('handleRequest', px(8)), 'handleR\u2026');
  t.equal(fitLabel('handleRequest', px(2.9)), '');
  t.equal(fitLabel('😀😀😀😀', px(4)), '😀😀😀😀', 'characters, not UTF-16 units');
});

t.test('rows: the root at the bottom of a flame graph, at the top of an icicle', async (t) => {
  t.same([rowY(0, 3, false), rowY(3, 3, false), rowY(0, 3, true), rowY(3, 3, true)], [3 * ROW, 0, 0, 3 * ROW]);
});
