// The model's small pure helpers: totals per sample type, picking a sample type, function keys.
import t from 'tap';
import { PROFILE_KINDS, functionKey, sampleIndexFor, totalOf, type Profile } from '../../lib/model/profile.js';

const p: Profile = {
  sampleTypes: [{ type: 'samples', unit: 'count' }, { type: 'cpu', unit: 'nanoseconds' }],
  defaultSampleIndex: 1,
  period: 0,
  timeNs: 0,
  durationNs: 0,
  frames: [],
  samples: [{ stack: [], values: [1, 10] }, { stack: [], values: [2, 30] }],
  comments: [],
};

t.test('totalOf sums one sample type over every sample', async (t) => {
  t.equal(totalOf(p, 0), 3);
  t.equal(totalOf(p, 1), 40);
  t.equal(totalOf(p, 5), 0, 'a type a sample lacks counts as 0');
});

t.test('sampleIndexFor finds a type by name, else the default', async (t) => {
  t.equal(sampleIndexFor(p, 'samples'), 0);
  t.equal(sampleIndexFor(p, 'alloc_space'), 1);
  t.equal(sampleIndexFor(p), 1);
});

t.test('two frames of one function share its key; another file is another function', async (t) => {
  t.equal(functionKey({ name: 'f', file: 'a.js', line: 1, column: 2 }), functionKey({ name: 'f', file: 'a.js', line: 9, column: 0 }));
  t.not(functionKey({ name: 'f', file: 'a.js', line: 1, column: 0 }), functionKey({ name: 'f', file: 'b.js', line: 1, column: 0 }));
  t.same(PROFILE_KINDS, ['cpu', 'wall', 'alloc', 'heap', 'lock', 'block']);
});
