// V8 heap profile fuzzing: a pruned real recording mutated as bytes and as
// JSON, and trees built from hostile pieces (missing call frames, negative
// sizes, samples pointing nowhere, very deep chains).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { v8HeapProfileImporter } from '../../lib/importers/v8-heapprofile.js';
import { PROFILES } from '../helpers.js';
import { endsCleanly, fuzzParams, mutationsOf } from './harness.js';
import { jsonMutationsOf, viaImporter } from './source.js';

const decode = viaImporter(v8HeapProfileImporter, 'fuzz.heapprofile');

interface Node { id: number; selfSize: number; children?: Node[] }
/** The real tree cut to three levels and three children a level: small enough for 10,000 cases. */
function pruned(node: Node, depth: number): Node {
  return { ...node, children: depth === 0 ? [] : (node.children ?? []).slice(0, 3).map((c) => pruned(c, depth - 1)) };
}
const real = JSON.parse(readFileSync(join(PROFILES, 'node-alloc.heapprofile'), 'utf8')) as { head: Node; samples: unknown[] };
const doc = { head: pruned(real.head, 3), samples: real.samples.slice(0, 10) };

t.test('mutated pruned recording, as bytes', async () => {
  await fc.assert(fc.asyncProperty(mutationsOf(Buffer.from(JSON.stringify(doc))), (b) => endsCleanly(decode(b))), fuzzParams);
});

t.test('mutated pruned recording, as JSON', async () => {
  await fc.assert(fc.asyncProperty(jsonMutationsOf(doc), (s) => endsCleanly(decode(s))), fuzzParams);
});

t.test('trees from hostile pieces', async () => {
  const num = fc.oneof(fc.integer({ min: -3, max: 64 }), fc.constantFrom(1e308, 0.5, null, 'x'));
  const callFrame = fc.oneof(fc.record({ functionName: fc.oneof(fc.constantFrom('(root)', 'f', ''), num), url: fc.oneof(fc.constantFrom('file:///a%zz.js', 'x.js', ''), num), lineNumber: num, columnNumber: num }, { requiredKeys: [] }), num);
  const tree = fc.letrec((tie) => ({
    node: fc.record({ id: num, callFrame, selfSize: num, children: fc.oneof({ depthSize: 'small' }, fc.array(tie('node'), { maxLength: 3 }), num) }, { requiredKeys: [] }),
  })).node;
  const samples = fc.array(fc.oneof(fc.record({ size: num, nodeId: num }, { requiredKeys: [] }), num), { maxLength: 5 });
  await fc.assert(fc.asyncProperty(tree, samples, (head, s) => endsCleanly(decode(JSON.stringify({ head, samples: s })))), fuzzParams);
  // A chain deeper than the stack-depth limit ends in that limit's error, not a stack overflow.
  // Written as text: JSON.stringify itself recurses and would overflow first.
  const depth = 5000;
  const open = Array.from({ length: depth }, (_, i) => `{"id":${i},"selfSize":${i === depth - 1 ? 8 : 0},"callFrame":{"functionName":"f${i}"},"children":[`).join('');
  await endsCleanly(decode(`{"head":${open}${']}'.repeat(depth)},"samples":[]}`));
});
