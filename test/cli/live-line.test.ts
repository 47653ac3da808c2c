// The progress line: nothing at all off a terminal; on one, drawn in place
// (never wider than the terminal), throttled unless forced, quiet before
// showAfterMs, and cleared when done.
import { PassThrough } from 'node:stream';
import t from 'tap';
import { LiveLine, bytesOf } from '../../lib/cli/live-line.js';
import { testIO } from '../test-io.js';

function terminal(clock: () => number, columns = 40) {
  const { io } = testIO({ clock });
  const stderr = Object.assign(new PassThrough(), { isTTY: true, columns });
  let text = '';
  stderr.on('data', (b: Buffer) => (text += b.toString()));
  return { io: { ...io, stderr }, written: () => text };
}

t.test('off a terminal: nothing', async (t) => {
  const { io, stderr } = testIO();
  const line = new LiveLine(io, 'perf-analyze');
  line.set('analysing x', true);
  line.done();
  t.equal(stderr(), '');
});

t.test('on a terminal: in place, cut to the width, throttled, cleared', async (t) => {
  let now = 1000;
  const term = terminal(() => now);
  const line = new LiveLine(term.io, 'perf-apply');
  line.set('rendering report.html (6 of 7) and a long tail');
  t.equal(term.written(), `\r\x1b[K${'perf-apply: rendering report.html (6 of 7) and a long tail'.slice(0, 39)}`, 'one column short of the width');
  line.set('too soon');
  t.notMatch(term.written(), /too soon/, 'throttled');
  line.set('forced', true);
  t.match(term.written(), /\r\x1b\[Kperf-apply: forced$/);
  now += 500;
  line.set('later');
  t.match(term.written(), /perf-apply: later$/);
  line.done();
  t.match(term.written(), /later\r\x1b\[K$/, 'cleared');
});

t.test('showAfterMs: a quick step shows nothing, and done clears nothing', async (t) => {
  let now = 0;
  const term = terminal(() => now);
  const line = new LiveLine(term.io, 'perf-collect', 1000);
  line.set('importing x: 1 MB', true);
  line.done();
  t.equal(term.written(), '');
  const slow = new LiveLine(term.io, 'perf-collect', 1000);
  now = 1500;
  slow.set('importing x: 90 MB', true);
  t.match(term.written(), /importing x: 90 MB$/);
});

t.test('bytes as people read them', async (t) => {
  t.equal(bytesOf(45 * 2 ** 20, 133 * 2 ** 20), '45 MB of 133 MB (33%)');
  t.equal(bytesOf(2 ** 19, undefined), '0.5 MB');
});
