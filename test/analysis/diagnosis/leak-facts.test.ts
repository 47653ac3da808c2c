// A memory leak is a finding of the run's one list, first, through the real
// bins: a real Node service with an unbounded cache under 400 req/s, recorded
// by perf-collect (cpu and the live-only heap profile, memory over time;
// test/fixtures/record-diagnosis.sh leak), replayed through perf-analyze,
// perf-plan and perf-apply. One row per problem: the retention the leak
// keeps elsewhere (the Map's entries, charged to the handler V8 inlined the
// cache into) is a part of the leak's finding, not a finding of its own.
import t from 'tap';
import { applied, overviewRows, replayPlanned, type Rec } from './replay.js';

const pipeline = () => replayPlanned('node-leak.ndjson');

t.test('the leak is the first finding, with its growth, where it is kept, and a plan in memory', async (t) => {
  const records = pipeline();
  const findings = records.filter((r) => r.type === 'finding');
  const leak = findings[0]!;
  t.match(leak, { rank: 1, category: 'memory', cause: 'memory-leak', decision: 'memory-leak' });
  t.match(leak.function, /^(handle|rememberPayload|buildPayload)$/, 'at a function that fills the cache');
  t.match(leak.file, /node-leak\/service\.js$/);
  t.equal(findings.filter((f) => f.cause === 'memory-leak').length, 1, 'one leak finding');
  const bottleneck = records.find((r) => r.type === 'bottleneck' && r.cause === 'memory-leak')!;
  t.ok(leak.bottleneckIds.includes(bottleneck.id), 'the leak bottleneck is fused into it');
  t.same(leak.growth, bottleneck.growth, 'its growth, per second and per request, as the leak verdict measured it');
  t.equal(leak.impact.metric, 'memory_growth_per_request', 'its share is of memory growth, not latency');
  const growth = leak.evidence.find((e: Rec) => e.resource === 'growth');
  t.match(growth?.text, /per request/, 'the growth evidence says how fast per request');
  t.ok(leak.evidence.some((e: Rec) => e.resource === 'heap'), 'the retention profile is evidence');
  // Everything live at the window's end in user code is where the leak keeps it: no retention-only finding beside it.
  t.notOk(findings.some((f) => f !== leak && f.evidence.every((e: Rec) => e.resource === 'heap')), 'no retention-only finding');
  const items = records.filter((r) => r.type === 'plan-item');
  t.ok(items.every((i) => i.findingId !== undefined), 'every plan item is a finding\'s');
  t.equal(new Set(items.map((i) => i.findingId)).size, items.length, 'one item per finding');
  const first = items.find((i) => i.findingId === leak.id)!;
  t.match(first, { strategyId: 'bound-cache', verification: { metric: 'memory_growth_per_request' } });
});

t.test('report.html and report.md show the leak first, one row per finding', async (t) => {
  const run = applied(pipeline());
  t.equal(run.code, 0, run.stderr);
  const html = run.file('report.html');
  const rows = overviewRows(html);
  t.ok(rows.length >= 1, 'the overview has rows');
  t.match(rows[0], /memory, memory-leak/, 'the first row of the overview is the leak');
  t.equal(rows.filter((row) => /memory-leak/.test(row)).length, 1, 'once');
  t.notMatch(html, /<section id="bottlenecks">/, 'no bottleneck rows beside the findings');
  const md = run.file('report.md');
  const section = md.slice(md.indexOf('## Findings'), md.indexOf('\n## ', md.indexOf('## Findings') + 1));
  t.match(section.split('\n').find((l) => /^\| 1 \| /.test(l)), /\| memory \| memory-leak \|/, 'report.md: the leak is row 1');
});
