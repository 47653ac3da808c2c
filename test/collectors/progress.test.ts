// Progress on stderr: off a terminal, timestamped lines per phase and every
// few seconds; on a terminal, one line redrawn in place. The clock is pinned.
import { PassThrough } from 'node:stream';
import t from 'tap';
import { Progress } from '../../lib/collectors/progress.js';

function sink(tty: boolean) {
  const out = Object.assign(new PassThrough(), { isTTY: tty, columns: 40 });
  let text = '';
  out.on('data', (d) => (text += d));
  return { out, text: () => text };
}

t.test('off a terminal: a stamped line per phase, request rates every 5 s, notes as lines', async (t) => {
  let now = Date.UTC(2030, 0, 1, 12, 0, 0);
  const s = sink(false);
  const p = new Progress(s.out, () => now);
  p.enter('warm-up', 2);
  p.requests(100);
  now += 6000;
  p.requests(250);
  p.note('target: listening');
  p.enter('measuring');
  p.done();
  t.equal(
    s.text(),
    [
      '2030-01-01T12:00:00.000Z perf-collect: warm-up (2 s)',
      '2030-01-01T12:00:06.000Z perf-collect: warm-up 6 s, 0 s left, 250 req/s',
      '2030-01-01T12:00:06.000Z perf-collect: target: listening',
      '2030-01-01T12:00:06.000Z perf-collect: measuring',
      '',
    ].join('\n'),
  );
});

t.test('on a terminal: the line redrawn in place, never wider than the terminal, cleared at the end', async (t) => {
  let now = 0;
  const s = sink(true);
  const p = new Progress(s.out, () => now);
  p.enter('measuring a very long phase name indeed', 30);
  now = 5000;
  p.note('a note');
  p.done();
  const text = s.text();
  t.match(text, /^\r\x1b\[Kperf-collect: measuring a very long pha\r/, 'cut to the width');
  for (const drawn of text.split('\r\x1b[K').filter((l) => l.startsWith('perf-collect: m'))) t.ok(drawn.length <= 39, `${JSON.stringify(drawn)} fits 40 columns`);
  t.match(text, /1970-01-01T00:00:05\.000Z perf-collect: a note\n/);
  t.ok(text.endsWith('\r\x1b[K'), 'cleared');
});
