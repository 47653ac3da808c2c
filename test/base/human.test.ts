// Numbers for people: the forms the report and the terminal show (issue 18's examples).
import t from 'tap';
import { grouped, humanPct, humanText, humanValue, sig3, valueAndShare } from '../../lib/base/human.js';

t.test('three significant digits, units spaced, thousands grouped', async (t) => {
  t.equal(valueAndShare(3481513000, 'nanoseconds', 34.8195), '3.48 s (34.8%)');
  t.equal(humanValue(869269504, 'bytes'), '829 MB');
  t.equal(humanValue(2282, 'count', 'samples'), '2,282 samples');
  t.equal(humanValue(314.512, 'ms'), '315 ms');
  t.equal(humanValue(0.45, 'ms'), '450 µs');
  t.equal(humanValue(10.07, 's'), '10.1 s');
  t.equal(humanValue(511914, 'bytes/s'), '500 kB/s');
  t.equal(humanValue(-58, 'bytes/request'), '-58 bytes/request');
  t.equal(humanValue(1840, 'req/s'), '1,840 req/s');
  t.equal(humanValue(0, 'nanoseconds'), '0 ns');
  t.equal(sig3(1234567), '1,234,567');
  t.equal(sig3(0.0123), '0.012');
  t.equal(grouped(-1234), '-1,234');
});

t.test('shares: one decimal from 1%, two significant digits below', async (t) => {
  t.equal(humanPct(34.8195), '34.8%');
  t.equal(humanPct(73.0424), '73%');
  t.equal(humanPct(0.3006), '0.3%');
  t.equal(humanPct(0.0421), '0.042%');
  t.equal(humanPct(0), '0%');
  t.equal(humanPct(0.0035), '<0.01%');
  t.equal(humanPct(-12.345), '-12.3%');
});

t.test('free text: numbers with a unit rewritten, names and ids left alone', async (t) => {
  t.equal(humanText('34.8195% of cpu (3481513000 nanoseconds, 3146 samples)'), '34.8% of cpu (3.48 s, 3,146 samples)');
  t.equal(humanText("73.0424% of the run's bytes allocated: 661.15MB in 1 process"), "73% of the run's bytes allocated: 661 MB in 1 process");
  t.equal(humanText('gc: 777.85ms, 3.22s'), 'gc: 778 ms, 3.22 s');
  t.equal(humanText('grew 6.18MB/s (lower end 3.02MB/s)'), 'grew 6.18 MB/s (lower end 3.02 MB/s)');
  t.equal(humanText('node-7890-cpu at server.js:57, run 20261201T122905Z-ebf869, 125 req/s, v2'), 'node-7890-cpu at server.js:57, run 20261201T122905Z-ebf869, 125 req/s, v2');
});
