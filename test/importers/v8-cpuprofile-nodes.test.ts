// The node tables both V8 paths convert from: ids to positions, parents by id, call frames keyed by their fields.
import t from 'tap';
import { CallFrameKeys, indexOfIds, parentsOf } from '../../lib/importers/v8-cpuprofile-nodes.js';

t.test('ids to positions: a table for V8 numbering, a Map for any other, the last node of a repeated id', async (t) => {
  const dense = indexOfIds([1, 2, 3, 2]);
  t.same([1, 2, 3, 4, 0, -1, 1.5].map(dense), [0, 3, 2, -1, -1, -1, -1]);
  const sparse = indexOfIds([10 ** 9, -4, 0.5]);
  t.same([10 ** 9, -4, 0.5, 7].map(sparse), [0, 1, 2, -1]);
});

t.test('parents by the id a node lists its children under; unknown children and second parents refused', async (t) => {
  const ids = [1, 2, 3];
  const children: number[][] = [[2, 3], [], []];
  const indexOf = indexOfIds(ids);
  const eachChild = (list: number[][]) => (i: number, link: (child: unknown) => void) => list[i]!.forEach(link);
  t.same([...parentsOf(ids, indexOf, eachChild(children), 'x')], [-1, 0, 0]);
  t.throws(() => parentsOf(ids, indexOf, eachChild([[2, 9], [], []]), 'x'), { message: 'x: node 1 has unknown child 9' });
  t.throws(() => parentsOf(ids, indexOf, eachChild([[2], [], [2]]), 'x'), { message: 'x: node 2 has more than one parent (cycle)' });
  t.throws(() => parentsOf(ids, indexOf, eachChild([[1], [], []]), 'x'), { message: /node 1 has more than one parent/ });
});

t.test('call frames with the same fields share a key; odd positions get a key each', async (t) => {
  const keys = new CallFrameKeys();
  const a = { functionName: 'f', url: 'file:///a.js', lineNumber: 3, columnNumber: 4 };
  t.equal(keys.keyOf(a), 0);
  t.equal(keys.keyOf({ ...a }), 0, 'equal fields, one key');
  t.equal(keys.keyOf({ ...a, columnNumber: 5 }), 1);
  t.equal(keys.keyOf({ ...a, url: 'file:///b.js' }), 2);
  const odd = { ...a, lineNumber: 1.5 };
  t.equal(keys.keyOf(odd), 3);
  t.equal(keys.keyOf(odd), 4, 'not kept: a fresh key');
  t.equal(keys.callFrames.length, 5);
});
