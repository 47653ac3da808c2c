// A leak's estimate is in memory: on a real Node leak recording through the
// real perf-analyze, the basis is the growth per request of the series the
// leak was found on, the share is what the leaking site allocated of what was
// retained, and latency is claimed only when GC time shows in the run.
import { join } from 'node:path';
import t from 'tap';
import type { PlanInput } from '../../lib/plan/basis.js';
import { leakBasis, leakShare, type LeakSubject } from '../../lib/plan/leak-estimate.js';
import type { AnyRecord, BottleneckRecord, FindingRecord, HotspotRecord, MetricRecord, RunRecord } from '../../lib/records/types.js';
import { PROFILES, parseRecords, sh } from '../helpers.js';

const r = sh(`cat ${join(PROFILES, 'diagnosis', 'node-leak.ndjson')} | perf-analyze | perf-plan`, { env: { SOURCE_DATE_EPOCH: '1767225600' } });
const records = parseRecords(r.stdout) as AnyRecord[];
const of = <T>(type: string) => records.filter((x) => x.type === type) as T[];
const input: PlanInput = { run: of<RunRecord>('run')[0]!, metrics: of<MetricRecord>('metric'), profiles: [], hotspots: of<HotspotRecord>('hotspot'), bottlenecks: of<BottleneckRecord>('bottleneck'), findings: of<FindingRecord>('finding') };

const leakFinding = input.findings!.find((f) => f.cause === 'memory-leak');
const subject = (f: FindingRecord): LeakSubject => ({ runId: f.runId, cause: f.cause, function: f.function, file: f.file, sharePct: f.impact.sharePct, growth: f['growth'] });

t.test('the leak finding of the recording: estimated on its growth per request', async (t) => {
  t.equal(r.code, 0, r.stderr);
  t.ok(leakFinding, 'perf-analyze finds the leak');
  const f = leakFinding!;
  const stat = (f['growth'] as { stat?: string }).stat;
  const basis = leakBasis(input, subject(f))!;
  const perRequest = input.metrics.find((m) => m.name === 'memory_growth_per_request' && m.labels?.['stat'] === stat)!;
  t.ok(perRequest, `the run measured ${stat} growth per request`);
  t.same(basis, {
    key: `memory_growth_per_request:${stat}`,
    metric: 'memory_growth_per_request',
    label: `memory_growth_per_request (${stat} growth, fitted over the measurement window)`,
    current: perRequest.value,
    unit: perRequest.unit,
    direction: 'lower-is-better',
  });
  const share = leakShare(input, subject(f))!;
  if (f.file) {
    t.equal(share.p, f.impact.sharePct / 100, "the site's share of what was retained");
    t.equal(share.penalty, 0);
  } else {
    t.same([share.p, share.penalty], [1, 1], 'no site: all of the growth, a step less sure');
  }
  const gc = input.hotspots.some((h) => h.kind === 'cpu' && h.by === 'self' && ['(garbage collector)', 'runtime.gcBgMarkWorker', 'runtime.mallocgc', 'GC'].includes(h.function));
  t.match(share.how, gc ? /GC already takes [\d.]+% of CPU in this run/ : /no GC time in a CPU profile of this run, so no latency gain is claimed/);
  // perf-plan verifies the leak's item on that same metric.
  const item = of<{ findingId?: string; verification: { metric: string } }>('plan-item').find((p) => p.findingId === f.id);
  if (item) t.equal(item.verification.metric, 'memory_growth_per_request');
});

t.test('per second when the run had no requests; nothing for other causes', async (t) => {
  const f = leakFinding!;
  const stat = (f['growth'] as { stat?: string }).stat;
  const noRequests = { ...input, metrics: input.metrics.filter((m) => m.name !== 'memory_growth_per_request') };
  const basis = leakBasis(noRequests, subject(f))!;
  t.equal(basis.metric, 'memory_growth');
  t.equal(basis.current, input.metrics.find((m) => m.name === 'memory_growth' && m.labels?.['stat'] === stat)!.value);
  const hot = { ...subject(f), cause: 'hot-function' };
  t.equal(leakBasis(input, hot), undefined);
  t.equal(leakShare(input, hot), undefined);
  const siteless = leakShare(input, { ...subject(f), file: '' })!;
  t.same([siteless.p, siteless.penalty], [1, 1]);
  t.match(siteless.how, /^all of the growth \(no retention profile names a site\)/);
});
