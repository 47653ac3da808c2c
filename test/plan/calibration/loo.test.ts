// Leave-one-out over the committed corpus (real measured pairs,
// lib/plan/calibration/corpus-points.ts): every point is predicted without
// its own pair, and the score reports the median range width beside the hit
// rate, so a range widened until it always hits shows as what it is.
import t from 'tap';
import { CORPUS_POINTS } from '../../../lib/plan/calibration/corpus-points.js';
import { leaveOneOut, median, score, scoreByRuntime } from '../../../lib/plan/calibration/loo.js';
import type { CorpusPoint } from '../../../lib/plan/calibration/points.js';

const predictions = leaveOneOut(CORPUS_POINTS);

t.test('every point with a share is predicted, its range ordered', async (t) => {
  t.equal(predictions.length, CORPUS_POINTS.filter((p) => p.share > 0).length);
  for (const p of predictions) {
    t.ok(p.gain.low <= p.gain.expected && p.gain.expected <= p.gain.high, `${p.point.pair}@${p.point.size}: low ≤ expected ≤ high`);
    t.equal(p.hit, p.measured >= p.gain.low && p.measured <= p.gain.high);
  }
});

t.test('a pair is never predicted from its own points', async (t) => {
  // The only pair of its strategy on its runtime: without it, its own runtime has nothing for the strategy.
  const alone = CORPUS_POINTS.filter((p) => CORPUS_POINTS.filter((q) => q.strategy === p.strategy && q.runtime === p.runtime && q.pair !== p.pair).length === 0);
  t.ok(alone.length > 0, 'the corpus has pairs alone on their runtime with their strategy');
  for (const point of alone) {
    const p = predictions.find((x) => x.point === point)!;
    t.not(p.level, 'runtime+evidence', `${point.pair}: not from its own runtime and evidence`);
    t.not(p.level, 'runtime', `${point.pair}: not from its own runtime`);
  }
});

t.test('the score: hit rate, median error and median range width', async (t) => {
  const s = score(predictions);
  t.equal(s.points, predictions.length);
  t.equal(s.hits, predictions.filter((p) => p.hit).length);
  t.equal(s.hitRate, Math.round((s.hits / s.points) * 100) / 100);
  const widths = predictions.map((p) => p.gain.high - p.gain.low);
  t.equal(s.medianWidth, Math.round(median(widths) * 100) / 100);
  t.ok(s.medianWidth > 0 && s.medianWidth < 100, 'a range narrower than everything');
  const byRuntime = scoreByRuntime(predictions);
  t.equal(byRuntime.at(-1)!.runtime, 'all');
  t.same(byRuntime.at(-1)!.score, s, 'the last row is the whole corpus');
  t.equal(byRuntime.slice(0, -1).reduce((n, r) => n + r.score.points, 0), s.points, 'the runtimes partition the points');
});

t.test('a wider range for the same point costs width, not just hits', async (t) => {
  // Four times every point's samples narrows the share interval: widths fall, the hit rate cannot rise.
  const more = CORPUS_POINTS.map((p): CorpusPoint => (p.samples ? { ...p, samples: p.samples * 4 } : p));
  const narrow = score(leaveOneOut(more));
  const s = score(predictions);
  t.ok(narrow.medianWidth <= s.medianWidth, `more samples, narrower ranges (${narrow.medianWidth} ≤ ${s.medianWidth})`);
  t.ok(narrow.hits <= s.hits, 'and no more hits');
});
