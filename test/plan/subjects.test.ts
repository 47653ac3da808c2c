// What a plan item addresses, from the demo run's real findings: one shape
// for a finding and a bottleneck, with the finding's id, its known
// strategies, its evidence and parts, its share of the run and its caller.
import t from 'tap';
import type { PlanInput } from '../../lib/plan/basis.js';
import { at, contextOf, knownStrategies, subjectOfBottleneck, subjectOfFinding } from '../../lib/plan/subjects.js';
import type { BottleneckRecord, FindingRecord, HotspotRecord, MetricRecord, RunRecord } from '../../lib/records/types.js';
import { demoRecords } from '../report/demo-run.js';

const records = demoRecords();
const of = <T>(type: string) => records.filter((x) => x.type === type) as T[];
const input: PlanInput = { run: of<RunRecord>('run')[0]!, metrics: of<MetricRecord>('metric'), profiles: [], hotspots: of<HotspotRecord>('hotspot'), bottlenecks: of<BottleneckRecord>('bottleneck'), findings: of<FindingRecord>('finding') };

t.test('each finding of the demo run as a subject', async (t) => {
  t.ok(input.findings!.length >= 2);
  for (const f of input.findings!) {
    const s = subjectOfFinding(input, f);
    t.equal(s.id, f.id);
    t.equal(s.findingId, f.id);
    t.same([s.function, s.file, s.line, s.cause], [f.function, f.file, f.line, f.cause]);
    t.same(s.strategies, f.strategies, `${f.id}: its strategies (all known ids)`);
    t.same(s.evidence, [...f.evidence.map((e) => e.text), ...f.parts.map((p) => `part: ${p.text}`)]);
    if (f.cause !== 'memory-leak') t.equal(s.share.p, f.impact.sharePct / 100, `${f.id}: its share of the run`);
    t.match(s.summary, new RegExp(`^${f.function.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(.*\\) accounts for ${f.impact.sharePct}% of the run: finding ${f.id}, `));
    const ctx = contextOf(s);
    t.equal(ctx.fn, f.function);
    const callPath = (f['callPath'] as { function: string }[] | undefined) ?? [];
    const caller = callPath[callPath.length - 2];
    if (caller && caller.function !== f.function) t.equal(ctx.caller?.fn, caller.function, `${f.id}: called from ${caller.function}`);
    else t.notOk(ctx.caller);
  }
});

t.test('each bottleneck of the demo run as a subject', async (t) => {
  for (const b of input.bottlenecks) {
    const s = subjectOfBottleneck(input, b);
    t.same([s.id, s.function, s.profileId], [b.id, b.function, b.profileId]);
    t.notOk(s.findingId, 'no finding id');
    t.match(s.summary, `holds ${b.sharePct}% of profile ${b.profileId}: a ${b.category} bottleneck (${b.cause}`);
  }
});

t.test('locations, strategies and callers', async (t) => {
  t.same([at('a.js', 3), at('a.js', 0), at('', 3)], ['a.js:3', 'a.js', 'no source file']);
  t.same(knownStrategies(['cache-result', 'not-a-strategy', 'set-lookup']), ['cache-result', 'set-lookup']);
  t.same(knownStrategies(undefined), []);
  const path = [{ function: 'main', file: 'm.js', line: 1 }, { function: 'route', file: 'r.js', line: 9 }, { function: 'handle', file: 'h.js', line: 40 }];
  t.same(contextOf({ function: 'handle', file: 'h.js', line: 40, callPath: path }), { fn: 'handle', at: 'h.js:40', caller: { fn: 'route', at: 'r.js:9' } });
  t.same(contextOf({ function: 'f', file: 'f.js', line: 2, callPath: [{ function: 'f', file: 'f.js', line: 1 }, { function: 'f', file: 'f.js', line: 2 }] }), { fn: 'f', at: 'f.js:2' }, 'recursion is no caller');
});
