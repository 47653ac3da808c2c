// The Node wait profile is a resource of the run-level diagnosis: request
// time by what it waited on. A real service whose /orders makes 12
// sequential calls to a backend (N+1), recorded by perf-collect with the
// default node kinds (cpu, alloc, wall; test/fixtures/record-diagnosis.sh
// waits), replayed through perf-analyze, perf-plan and perf-apply: one
// finding at the loop that waits, its critical-path plan, and no second row
// charging the same waits to the helper they start in.
import t from 'tap';
import { join } from 'node:path';
import { PROFILES, parseRecords, sh } from '../../helpers.js';
import { applied, cpuStrategiesOfWaits, overviewRows, replayPlanned, type Rec } from './replay.js';

const pipeline = () => replayPlanned('node-waits-orders.ndjson');

t.test('N+1 waits: one io finding at the loop, first, with what it waits on per request', async (t) => {
  const records = pipeline();
  const findings = records.filter((r) => r.type === 'finding');
  const waits = findings[0]!;
  t.match(waits, { rank: 1, function: 'loadOrderItems', category: 'io', cause: 'sequential-waits', decision: 'request-waits' });
  t.match(waits.file, /node-waits\/service\.js$/);
  t.ok(cpuStrategiesOfWaits(records).length >= 1, 'wait findings');
  for (const w of cpuStrategiesOfWaits(records)) t.same(w.strategies, [], `${w.finding}: no CPU-only strategy, carried or planned`);
  t.match(waits.waits, { op: 'http', perRequest: 12 }, 'the waits: 12 http calls per request');
  t.ok(waits.waits.projections['run-concurrently'], 'with the critical-path projection of running them concurrently');
  const evidence = waits.evidence.find((e: Rec) => e.resource === 'wait');
  t.ok(evidence && evidence.sharePct > 50, `most of the requests' time (${evidence?.sharePct}%)`);
  t.match(evidence?.text, /12 sequential http waits/);
  t.equal(findings.filter((f) => f.evidence.some((e: Rec) => e.resource === 'wait')).length, 1, 'the waits are charged once, to the loop, not again to getJson');
  const bottleneck = records.find((r) => r.type === 'bottleneck' && r.kind === 'wall' && r.cause === 'sequential-waits')!;
  t.ok(waits.bottleneckIds.includes(bottleneck.id), 'the wait bottleneck is fused into it');
  const run = records.find((r) => r.code === 'run-diagnosis');
  t.match(run?.message, /the wait profile: \d+ recorded requests spent [\d.]+% of their time waiting \(http [\d.]+%/, 'what the requests waited on is run evidence');
  const items = records.filter((r) => r.type === 'plan-item');
  t.ok(items.every((i) => i.findingId !== undefined), 'every plan item is a finding\'s: no wait bottleneck planned beside them');
  t.equal(new Set(items.map((i) => i.findingId)).size, items.length, 'one item per finding');
  const item = items.find((i) => i.findingId === waits.id)!;
  t.match(item, { id: 'PERF-001', strategyId: 'run-concurrently' });
  t.match(item.method, /^Critical path:/, 'estimated on the critical path, not by a share of samples');
});

t.test('report.html: the wait finding is a row of the overview, once', async (t) => {
  const run = applied(pipeline());
  t.equal(run.code, 0, run.stderr);
  const html = run.file('report.html');
  const rows = overviewRows(html);
  t.match(rows[0], /loadOrderItems.*io, sequential-waits/s, 'the first row is the waits');
  t.equal(rows.filter((row) => /sequential-waits/.test(row)).length, 1, 'once');
  t.notMatch(html, /<section id="bottlenecks">/, 'no bottleneck rows beside the findings');
  const plan = run.file('plan.md');
  t.match(plan, /Run the sequential waits in loadOrderItems concurrently/, 'plan.md has the item');
});

t.test('Go block and mutex waits (no request timelines) are carried into their location\'s finding', async (t) => {
  const r = sh(`perf-collect --input ${join(PROFILES, 'go-block.pb.gz')} | perf-analyze`);
  t.equal(r.code, 0, r.stderr);
  const findings = (parseRecords(r.stdout) as Rec[]).filter((x) => x.type === 'finding');
  const batch = findings.find((f) => f.function.endsWith('.waitForBatch'));
  t.match(batch?.waits, { op: 'chan', count: 50 }, 'what it waits on, how many times');
  t.match(batch?.why, /waits 50 times on chan \(runtime\.chanrecv1\), [\d.]+ ms each/, 'said in why');
  t.notOk(batch && 'projections' in batch.waits, 'no critical-path projection without request timelines');
});
