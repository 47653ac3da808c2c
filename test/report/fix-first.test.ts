// "Fix this first" on a real run: the shortest prefix of the plan whose
// combined gain reaches FIX_FIRST_SHARE of the whole plan's (or FIX_FIRST_MAX
// items), each item with its gain, where and one sentence of why.
import t from 'tap';
import { FIX_FIRST_MAX, FIX_FIRST_SHARE, fixFirst } from '../../lib/report/fix-first.js';
import { combinedEstimates } from '../../lib/report/plan/common.js';
import { verdictOf } from '../../lib/report/verdict.js';
import { demoContents, demoRecords } from './demo-run.js';

const c = demoContents();

t.test('the demo: the first plan items that give most of the combined gain', async (t) => {
  const first = fixFirst(c);
  const n = first.items.length;
  t.ok(n >= 1 && n <= FIX_FIRST_MAX, `${n} items`);
  t.same(first.items.map((f) => f.item.id), c.planItems.slice(0, n).map((i) => i.id), 'a prefix of the plan, in its order');
  const whole = combinedEstimates(c.planItems)[0]!.gain.expected;
  const gain = (k: number) => combinedEstimates(c.planItems.slice(0, k))[0]!.gain.expected;
  t.equal(first.gains[0]!.chosen.expected, gain(n), 'the combined gain of the chosen items (Amdahl once, not a sum)');
  t.equal(first.gains[0]!.all.expected, whole);
  if (n < FIX_FIRST_MAX) t.ok(gain(n) >= FIX_FIRST_SHARE * whole, `reaches ${FIX_FIRST_SHARE} of the whole plan's ${whole}%`);
  if (n > 1) t.ok(gain(n - 1) < FIX_FIRST_SHARE * whole, 'one item fewer would not');
  for (const f of first.items) {
    t.match(f.file, /server\.js$/, `${f.item.id}: where`);
    t.ok(f.line > 0, `${f.item.id}: a line`);
    t.ok(f.why.length > 20 && !f.why.endsWith('.'), `${f.item.id}: one sentence of why, no final period (the renderers add it)`);
    t.equal(f.metric, 'http_latency_p99');
    t.equal(f.finding?.id, f.item['findingId']);
  }
});

t.test('the verdict: targets missed with their values, then what the items should give', async (t) => {
  const v = verdictOf(c);
  t.equal(v.status, 'missed');
  t.match(v.sentences[0], /^\d of 2 targets missed: p99 latency [\d.,]+ ms, wanted ≤ 250 ms/);
  t.match(v.sentences[1], /^The run is CPU-bound \(busy [\d.]+%\); the \d items below should cut http_latency_p99 by about [\d.]+% \([\d.]+% to [\d.]+%\), of [\d.]+% from all 4 plan items on it\.$/);
});

t.test('no plan: no items, and the verdict says why', async (t) => {
  const bare = { ...c, planItems: [] };
  t.same(fixFirst(bare), { items: [], gains: [] });
  t.match(verdictOf(bare).sentences.at(-1), /^No plan item/);
});

t.test('a leak and a wait: one item each, its gain on its own metric, one sentence of why', async (t) => {
  const cases = [
    { recording: 'node-leak.ndjson', metric: 'memory_growth_per_request', why: /^memory grows steadily with work .*: a leak, not churn/ },
    { recording: 'node-waits-orders.ndjson', metric: 'http_latency_p99', why: /sequential-waits/ },
  ];
  for (const { recording, metric, why } of cases) {
    const run = demoContents(demoRecords(recording));
    const first = fixFirst(run);
    const top = first.items[0]!;
    t.equal(top.metric, metric, `${recording}: the first item's gain is on ${metric}`);
    t.match(top.why, why, `${recording}: why`);
    t.notMatch(top.why, /; /, `${recording}: one clause, not the diagnosis' whole list`);
    t.match(verdictOf(run).sentences.join(' '), new RegExp(`should cut ${metric} by about [\\d.]+%`), `${recording}: the verdict names the metric`);
  }
});
