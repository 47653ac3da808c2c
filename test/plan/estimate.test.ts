// Amdahl's law as the plan applies it, and combined estimates that count each
// sample once.
import t from 'tap';
import { combinedGain, combinedRemoved, gainPct, gainRange, targetValue, type Removal } from '../../lib/plan/estimate.js';

const f = (low: number, expected: number, high: number) => ({ low, expected, high });

t.test('latency: removing f of a share p lowers the metric by p·f', async (t) => {
  t.equal(gainPct(0.5 * 0.8, 'lower-is-better'), 40);
  t.same(gainRange(0.25, f(0.2, 0.5, 1), 'lower-is-better'), { low: 5, expected: 12.5, high: 25 });
  t.equal(targetValue(180, 40, 'lower-is-better'), 108);
});

t.test('throughput: the same removal raises throughput by 1/(1 − p·f) − 1', async (t) => {
  t.equal(gainPct(0.4, 'higher-is-better'), 66.67);
  t.equal(gainPct(0.5, 'higher-is-better'), 100);
  t.equal(targetValue(1000, 25, 'higher-is-better'), 1250);
});

t.test('a time can fall by all of it, a throughput gain stays finite, and a slowdown is negative', async (t) => {
  t.equal(gainPct(1.5, 'lower-is-better'), 100, 'p·f past 1 is all of the time');
  t.equal(gainPct(0.995, 'lower-is-better'), 99.5, 'a quadratic lookup made O(1) removes 99.5%: not capped at 99');
  t.equal(gainPct(1, 'higher-is-better'), 9900, 'throughput: p·f capped at 0.99, so 100× at most');
  t.equal(gainPct(-0.1, 'lower-is-better'), -10);
});

t.test('disjoint bottlenecks add their removed shares before Amdahl, not their gains', async (t) => {
  const items: Removal[] = [
    { id: 'a', share: 0.3, f: f(0.5, 0.5, 0.5) },
    { id: 'b', share: 0.2, f: f(0.5, 0.5, 0.5) },
  ];
  t.equal(combinedRemoved(items, 'expected'), 0.25);
  // Throughput: 1/(1 − 0.25) − 1 = 33.33%, while the per-item gains sum to 17.65 + 11.11 = 28.76%.
  const g = combinedGain(items, 'higher-is-better');
  t.equal(g.expected, 33.33);
  t.not(g.expected, gainPct(0.15, 'higher-is-better') + gainPct(0.1, 'higher-is-better'));
});

t.test('a nested bottleneck is counted once, inside its parent', async (t) => {
  const parent: Removal = { id: 'p', share: 0.6, f: f(0.5, 0.5, 0.5) };
  const child: Removal = { id: 'c', parentId: 'p', share: 0.5, f: f(0.9, 0.9, 0.9) };
  // The child's strategy removes 0.45 of its 0.5; the parent's own remainder 0.1 removes 0.05: 0.5 in all,
  // more than the parent's strategy alone (0.3), and far less than the naive sum 0.3 + 0.45 = 0.75.
  t.equal(combinedRemoved([parent, child], 'expected'), 0.5);
  t.equal(combinedRemoved([child, parent], 'expected'), 0.5, 'order does not matter');
  const weakChild: Removal = { ...child, f: f(0.1, 0.1, 0.1) };
  t.equal(combinedRemoved([parent, weakChild], 'expected'), 0.3, 'the parent strategy wins when it removes more');
  t.ok(combinedRemoved([parent, child], 'high') <= parent.share, 'never more than the parent share');
});

t.test('a child whose parent has no item stands alone; a cycle does not loop', async (t) => {
  t.equal(combinedRemoved([{ id: 'c', parentId: 'gone', share: 0.4, f: f(0.5, 0.5, 0.5) }], 'expected'), 0.2);
  const loop: Removal[] = [
    { id: 'x', parentId: 'y', share: 0.2, f: f(1, 1, 1) },
    { id: 'y', parentId: 'x', share: 0.2, f: f(1, 1, 1) },
  ];
  t.ok(combinedRemoved(loop, 'expected') <= 0.4);
});
