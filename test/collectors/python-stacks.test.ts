// The python sampler's stacks file: each line's stack, labels and count become a
// labelled sample; a bad line is refused with the file and line.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { readSampledStacks } from '../../lib/collectors/python-stacks.js';
import { tempRoot } from '../helpers.js';

const write = (lines: string[]): string => {
  const path = join(tempRoot('python-stacks-'), 'stacks.ndjson');
  writeFileSync(path, lines.join('\n'));
  return path;
};

t.test('stacks become labelled samples, leaf first, frames with file and line', async (t) => {
  const path = write([
    JSON.stringify({ stack: ['main (app.py:3)', 'wait (app.py:9)'], labels: { state: 'sleeping', call: 'sleep', thread: 'MainThread' }, count: 4 }),
    JSON.stringify({ stack: ['main (app.py:3)', 'work (app.py:5)'], labels: { state: 'running', thread: 'MainThread' }, count: 2 }),
  ]);
  const p = await readSampledStacks(path);
  t.equal(p.samples.length, 2);
  const [sleeping, running] = p.samples;
  t.same(sleeping!.labels, { state: 'sleeping', call: 'sleep', thread: 'MainThread' });
  t.same(sleeping!.values, [4]);
  t.same(sleeping!.stack.map((id) => p.frames[id]), [{ name: 'wait', file: 'app.py', line: 9, column: 0 }, { name: 'main', file: 'app.py', line: 3, column: 0 }]);
  t.same(running!.labels, { state: 'running', thread: 'MainThread' });
});

t.test('a bad line is refused with the file and line', async (t) => {
  const good = JSON.stringify({ stack: ['main (app.py:3)'], labels: { state: 'running' }, count: 1 });
  for (const [bad, message] of [
    ['{"stack": [', /:2: not JSON/],
    [JSON.stringify({ stack: [], labels: {}, count: 1 }), /:2: expected "stack": a non-empty array/],
    [JSON.stringify({ stack: ['a (b.py:1)'], labels: { state: 1 }, count: 1 }), /:2: expected "labels": an object of strings/],
    [JSON.stringify({ stack: ['a (b.py:1)'], labels: {}, count: 0 }), /:2: expected "count": a whole number above zero/],
  ] as const) {
    await t.rejects(readSampledStacks(write([good, bad])), { code: 'bad-input', message });
  }
});

t.test("each stack's wall time, when the sampler wrote it, is a second value", async (t) => {
  const timed = await readSampledStacks(write([
    JSON.stringify({ stack: ['main (app.py:3)', 'match (app.py:9)'], labels: { state: 'running' }, count: 2, ns: 180_000_000 }),
    JSON.stringify({ stack: ['main (app.py:3)', 'work (app.py:5)'], labels: { state: 'running' }, count: 20, ns: 110_000_000 }),
  ]));
  t.same(timed.sampleTypes, [{ type: 'samples', unit: 'count' }, { type: 'wall', unit: 'nanoseconds' }]);
  t.equal(timed.defaultSampleIndex, 1, 'shares by time, not by ticks');
  t.same(timed.samples.map((s) => s.values), [[2, 180_000_000], [20, 110_000_000]]);
  const mixed = await readSampledStacks(write([
    JSON.stringify({ stack: ['main (app.py:3)'], labels: { state: 'running' }, count: 2, ns: 10 }),
    JSON.stringify({ stack: ['work (app.py:5)'], labels: { state: 'running' }, count: 1 }),
  ]));
  t.same(mixed.sampleTypes, [{ type: 'samples', unit: 'count' }], 'a line without its time: counts only');
  await t.rejects(readSampledStacks(write([JSON.stringify({ stack: ['a (b.py:1)'], labels: {}, count: 1, ns: -1 })])), /:1: expected "ns": a whole number of nanoseconds/);
});
