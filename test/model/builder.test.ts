// ProfileBuilder: frames interned, identical stacks (with the same labels) merged, options carried into the Profile.
import t from 'tap';
import { ProfileBuilder } from '../../lib/model/builder.js';

const frame = (name: string, line = 0) => ({ name, file: `${name}.js`, line, column: 0 });

t.test('one id per distinct frame; a different line is a different frame', async (t) => {
  const b = new ProfileBuilder({ sampleTypes: [{ type: 'cpu', unit: 'nanoseconds' }] });
  t.equal(b.frameId(frame('a')), 0);
  t.equal(b.frameId(frame('b')), 1);
  t.equal(b.frameId(frame('a')), 0);
  t.equal(b.frameId(frame('a', 7)), 2);
  t.same(b.build().frames.map((f) => `${f.name}:${f.line}`), ['a:0', 'b:0', 'a:7']);
});

t.test('identical stacks merge by adding values; labels and order keep samples apart', async (t) => {
  const b = new ProfileBuilder({ sampleTypes: [{ type: 'samples', unit: 'count' }, { type: 'cpu', unit: 'nanoseconds' }] });
  const [a, c] = [b.frameId(frame('a')), b.frameId(frame('c'))];
  b.addSample([a, c], [1, 10]);
  b.addSample([a, c], [2, 20]);
  b.addSample([c, a], [1, 5]);
  b.addSample([a, c], [1, 1], { thread: 'main' });
  b.addSample([a, c], [1, 1], { thread: 'main' });
  b.addSample([a, c], [1, 1], {});
  const p = b.build();
  t.same(p.samples, [
    { stack: [a, c], values: [4, 31] },
    { stack: [c, a], values: [1, 5] },
    { stack: [a, c], values: [2, 2], labels: { thread: 'main' } },
  ]);
  t.equal(b.sampleCount, 3);
});

t.test('labels merge by content: key order does not matter, a reused and changed labels object is read again', async (t) => {
  const b = new ProfileBuilder({ sampleTypes: [{ type: 'samples', unit: 'count' }] });
  const a = b.frameId(frame('a'));
  const labels: Record<string, string> = { thread: '1', comm: 'x' };
  b.addSample([a], [1], labels);
  b.addSample([a], [1], { comm: 'x', thread: '1' });
  labels.thread = '2';
  b.addSample([a], [1], labels);
  delete labels.comm;
  b.addSample([a], [1], labels);
  labels.comm = 'x';
  labels.extra = '';
  b.addSample([a], [1], labels);
  b.addSample([a], [1], { thread: '2', comm: 'x' });
  t.same(b.build().samples, [
    { stack: [a], values: [2], labels: { thread: '1', comm: 'x' } },
    { stack: [a], values: [2], labels: { thread: '2', comm: 'x' } },
    { stack: [a], values: [1], labels: { thread: '2' } },
    { stack: [a], values: [1], labels: { thread: '2', comm: 'x', extra: '' } },
  ]);
});

t.test('a caller may reuse its arrays: the builder copies stack and values', async (t) => {
  const b = new ProfileBuilder({ sampleTypes: [{ type: 'samples', unit: 'count' }] });
  const stack = [b.frameId(frame('a'))];
  const values = [1];
  b.addSample(stack, values);
  stack[0] = 99;
  values[0] = 99;
  t.same(b.build().samples, [{ stack: [0], values: [1] }]);
});

t.test('options become the profile: default sample type is the last unless given', async (t) => {
  const types = [{ type: 'alloc_objects', unit: 'count' }, { type: 'alloc_space', unit: 'bytes' }];
  const plain = new ProfileBuilder({ sampleTypes: types }).build();
  t.equal(plain.defaultSampleIndex, 1);
  t.same([plain.period, plain.timeNs, plain.durationNs, plain.comments], [0, 0, 0, []]);
  const b = new ProfileBuilder({ sampleTypes: types, defaultSampleIndex: 0, periodType: types[1], period: 512, timeNs: 5, durationNs: 9 });
  b.addComment('from a test');
  b.durationNs = 12;
  const p = b.build();
  t.same([p.defaultSampleIndex, p.periodType, p.period, p.timeNs, p.durationNs, p.comments], [0, types[1], 512, 5, 12, ['from a test']]);
});
