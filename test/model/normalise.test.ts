// Frames a runtime splits or merges between runs are folded one way: RegExp
// code into its caller, JIT tier marks dropped, GC at the root, [unknown]
// dropped and repeated library stand-ins kept once; nothing's time is lost.
import t from 'tap';
import { normaliseFrames, normalisedName } from '../../lib/model/normalise.js';
import { ProfileBuilder } from '../../lib/model/builder.js';
import { totalOf, type Profile } from '../../lib/model/profile.js';

function profile(stacks: [string[], number][]): Profile {
  const b = new ProfileBuilder({ sampleTypes: [{ type: 'cpu', unit: 'nanoseconds' }] });
  for (const [names, v] of stacks) b.addSample(names.map((name) => b.frameId({ name, file: name.startsWith('(') || name.startsWith('[') ? '' : 'a.js', line: 1, column: 0 })), [v]);
  return b.build();
}
const stacksOf = (p: Profile) => p.samples.map((s) => [s.stack.map((id) => p.frames[id]!.name).join(' < '), s.values[0]]).sort();

t.test('folding', async (t) => {
  const p = profile([
    [['RegExp: ^(a+)+$', 'searchCatalog', 'handle'], 5],
    [['searchCatalog', 'handle'], 3],
    [['*findRepeat', 'handle'], 2],
    [['(garbage collector)', 'buildReport', 'handle'], 4],
    [['[unknown]', '[libc.so.6]', '[libc.so.6]', 'main'], 1],
    [['RegExp: x'], 6],
  ]);
  const n = normaliseFrames(p);
  t.same(stacksOf(n), [
    ['(garbage collector)', 4],
    ['RegExp: x', 6],
    ['[libc.so.6] < main', 1],
    ['findRepeat < handle', 2],
    ['searchCatalog < handle', 8],
  ]);
  t.equal(totalOf(n, 0), totalOf(p, 0), 'no time lost');
  t.equal(normalisedName('LazyCompile:*parse'), 'parse');
  t.equal(normalisedName('JS:~handle'), 'handle');
  t.equal(normalisedName('(idle)'), '(idle)');
});
