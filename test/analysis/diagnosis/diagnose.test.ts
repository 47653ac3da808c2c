// The run-level diagnosis on real runs, recorded by the real profilers
// (test/fixtures/record-diagnosis.sh and record-analysis.sh): every profile
// and process of a run joined into one finding per location of the user's
// code, its category decided from all of them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { PROFILES, ROOT, hasCommand, listFiles, parseRecords, sh, tempRoot } from '../../helpers.js';
import { cpuStrategiesOfWaits, replayPlanned } from './replay.js';

const diagnosis = join(PROFILES, 'diagnosis');
const analysis = join(PROFILES, 'analysis');
type Rec = Record<string, any>;

function analyze(source: string): { findings: Rec[]; records: Rec[] } {
  const r = sh(`${source} | perf-analyze --source-root ${ROOT}`);
  if (r.code !== 0) throw new Error(r.stderr);
  const records = parseRecords(r.stdout) as Rec[];
  return { findings: records.filter((x) => x.type === 'finding'), records };
}
const inputs = (...files: string[]) => `perf-collect ${files.map((f) => `--input ${f}`).join(' ')}`;
const replay = (file: string) => `cat ${join(diagnosis, file)}`;

/** What every finding must be: user code, one per location, ranked, with its decision said. */
function wellFormed(t: Test, findings: Rec[]) {
  const keys = findings.map((f) => `${f.function}\u0000${f.file}`);
  t.equal(new Set(keys).size, keys.length, 'one finding per location');
  t.same(findings.map((f) => f.rank), findings.map((_, i) => i + 1), 'ranks 1..n');
  for (const f of findings) {
    t.ok(f.file !== '' && !/^node:|^\(/.test(f.file) && !/^\(.*\)$/.test(f.function), `${f.function}: user code, not a pseudo-frame`);
    t.notMatch(f.file, /node_modules|dist\/lib\/collectors/, `${f.function}: not a dependency or the profiler`);
    t.ok(f.why.length > 20 && f.decision, `${f.function}: says why`);
    t.ok(f.evidence.length >= 1 && f.line > 0, `${f.function}: evidence and a line`);
  }
}

t.test('the demo service: exactly one finding per planted problem, none for the runtime', async (t) => {
  const { findings, records } = analyze(replay('demo-service.ndjson'));
  wellFormed(t, findings);
  const byName = Object.fromEntries(findings.map((f) => [f.function, f]));
  t.same(Object.keys(byName).sort(), ['buildReport', 'findRepeatCustomers', 'loadCatalogSync', 'searchCatalog'], 'the four planted functions');
  t.match(byName.searchCatalog, { category: 'cpu', cause: 'regex' });
  t.match(byName.buildReport, { category: 'cpu', cause: 'deep-clone' });
  t.match(byName.findRepeatCustomers, { category: 'cpu', cause: 'linear-search-in-loop' });
  t.match(byName.loadCatalogSync, { category: 'io', cause: 'sync-fs' });
  // buildReport's map callback and its allocations are parts of it, not rows of their own.
  const report = byName.buildReport;
  t.ok(report.evidence.some((e: Rec) => e.resource === 'alloc') && report.evidence.some((e: Rec) => e.resource === 'cpu'), 'evidence from both profiles');
  t.ok(report.parts.some((p: Rec) => p.cause === 'allocation-hotspot'), 'allocation is a part');
  const shares = findings.map((f) => f.impact.sharePct);
  t.same(shares, [...shares].sort((a, b) => b - a), 'ordered by share of the main metric (a CPU-bound run)');
  const run = records.find((r) => r.code === 'run-diagnosis');
  t.match(run?.message, /CPU-bound/, 'the run is CPU-bound');
  t.match(run?.message, /garbage collection .* charged to the code that allocates/, 'GC is evidence, not a finding');
  t.match(run?.message, /sending each HTTP response/, 'the cost of answering is said about the run');
});

t.test('Go: CPU work inside a contended mutex (cpu + mutex profiles) is one lock finding', async (t) => {
  const { findings } = analyze(inputs(join(diagnosis, 'go-lock-cpu.pb.gz'), join(diagnosis, 'go-lock-mutex.pb.gz')));
  wellFormed(t, findings);
  const lock = findings.filter((f) => f.category === 'lock');
  t.equal(lock.length, 1, 'one lock finding');
  t.match(lock[0], { function: /\(\*stats\)\.recordHit$/, cause: 'critical-section-too-large', decision: 'work-inside-contended-lock', rank: 1 });
  t.same(lock[0].evidence.map((e: Rec) => e.resource).sort(), ['cpu', 'lock'], 'evidence from the CPU and the mutex profile');
  t.ok(lock[0].strategies.includes('shrink-critical-section'));
});

t.test('Java synchronized contention recorded by JFR is a lock finding', { skip: !hasCommand('jfr') && 'jfr not installed (.ci/run installs it)' }, async (t) => {
  const { findings } = analyze(inputs(join(analysis, 'java-sync.jfr')));
  wellFormed(t, findings);
  t.match(findings[0], { function: 'planted.Planted$Counter.record', category: 'lock', cause: 'critical-section-too-large' });
  t.equal(findings.filter((f) => f.function === findings[0]!.function).length, 1);
});

t.test('allocation churn with significant GC time is memory: Go and Node, cpu + alloc', async (t) => {
  const go = analyze(inputs(join(analysis, 'go-alloc-cpu.pb.gz'), join(analysis, 'go-alloc-mem.pb.gz'))).findings;
  wellFormed(t, go);
  t.match(go[0], { function: /\.buildIndex$/, category: 'memory', decision: 'gc-caused-by-allocation' });
  const node = analyze(replay('node-alloc.ndjson')).findings;
  wellFormed(t, node);
  t.match(node[0], { function: 'buildRows', category: 'memory', decision: 'gc-caused-by-allocation' });
  for (const f of [go[0], node[0]]) {
    const gc = f.evidence.find((e: Rec) => e.resource === 'gc');
    t.ok(gc && gc.sharePct >= 5, `${f.function}: the GC time it causes is in its evidence (${gc?.sharePct}%)`);
    t.ok(f.evidence.some((e: Rec) => e.resource === 'alloc'), `${f.function}: its bytes allocated too`);
  }
});

t.test('a cluster: one finding per function across processes, saying in how many it was seen', async (t) => {
  const { findings, records } = analyze(replay('node-cluster.ndjson'));
  wellFormed(t, findings);
  t.ok(records.filter((r) => r.type === 'profile' && r.kind === 'cpu').length >= 3, 'a CPU profile per process');
  const score = findings.filter((f) => f.function === 'scoreOrders');
  t.equal(score.length, 1, 'one scoreOrders finding');
  t.equal(score[0]?.processes, 2, 'seen in both workers');
  t.equal(score[0]?.rank, 1);
  t.equal(new Set(score[0]?.evidence.find((e: Rec) => e.resource === 'cpu').profileIds).size, 2, 'evidence summed over both workers');
});

t.test('Python: a sleep or a file read per call is a wait, not CPU (the sampler\'s thread states)', async (t) => {
  const sleep = analyze(replay('python-sleep.ndjson'));
  wellFormed(t, sleep.findings);
  t.match(sleep.findings[0], { function: 'sleep_per_call', category: 'wait', cause: 'sleep', decision: 'sleep-dominant' });
  t.ok(sleep.findings[0]!.evidence.some((e: Rec) => e.resource === 'off-cpu' && e.state === 'sleeping'), 'off-CPU time, sleeping, in the evidence');
  t.match(sleep.records.find((r) => r.code === 'run-diagnosis')?.message, /waiting/, 'the run is waiting');
  const read = analyze(replay('python-read.ndjson'));
  wellFormed(t, read.findings);
  t.match(read.findings[0], { function: 'read_per_call', category: 'io', decision: 'io-dominant' });
  t.match(read.findings[0]!.why, /blocked in file, socket or pipe I\/O/, 'thread states saw it blocked: the why says so');
  for (const f of [...sleep.findings, ...read.findings].filter((x) => /_per_call$/.test(x.function))) t.not(f.category, 'cpu', `${f.function} is not cpu`);
  // A function that sleeps or blocks in a read is not made faster by a better algorithm: its plan removes the wait.
  for (const file of ['python-sleep.ndjson', 'python-read.ndjson']) {
    const waits = cpuStrategiesOfWaits(replayPlanned(file));
    t.ok(waits.length >= 1, `${file}: wait findings`);
    for (const w of waits) t.same(w.strategies, [], `${file}: ${w.finding} carries and is planned with no CPU-only strategy`);
  }
});

t.test('I/O a CPU profile saw (perf, no thread states) is worded by what it shows, not as time blocked', async (t) => {
  const { findings } = analyze(inputs(join(PROFILES, 'c-hot.folded')));
  const io = findings.find((f) => f.function === 'main');
  t.match(io, { category: 'io', cause: 'small-writes', decision: 'io-dominant' });
  t.notMatch(io?.why, /blocked in/, `not "blocked": ${io?.why}`);
  t.match(io?.why, /of the run's CPU samples are in file, socket or pipe I\/O calls in main .*does not tell whether main was blocked there or running/);
});

t.test('perf-profiler --input a b: the report shows the one lock finding, with the evidence of both profiles', async (t) => {
  const root = tempRoot();
  const r = sh(`perf-profiler --input ${join(diagnosis, 'go-lock-cpu.pb.gz')} --input ${join(diagnosis, 'go-lock-mutex.pb.gz')} --root ${root}`, { env: { SOURCE_DATE_EPOCH: '1767225600' } });
  t.equal(r.code, 0, r.stderr);
  const report = readFileSync(join(root, listFiles(root).find((f) => f.endsWith('/report.md'))!), 'utf8');
  // The Findings section (the per-profile top-function tables stay below it, as pprof -top).
  const section = report.slice(report.indexOf('## Findings'), report.indexOf('\n## ', report.indexOf('## Findings') + 1));
  const rows = section.split('\n').filter((l) => /^\| \d+ \| /.test(l));
  t.equal(rows.length, 1, 'one finding row');
  t.match(rows[0], /\| lock \| critical-section-too-large \| `example\.com\/analysisgo\.\(\*stats\)\.recordHit` \|.*cpu [\d.]+% · lock 100%/);
  t.notMatch(section, /`(runtime\.|sync\.|strconv\.|\(garbage collector\))/, 'no row for the runtime');
});

t.test('same input, same findings', async (t) => {
  const a = sh(`${replay('demo-service.ndjson')} | perf-analyze --source-root ${ROOT}`).stdout;
  const b = sh(`${replay('demo-service.ndjson')} | perf-analyze --source-root ${ROOT}`).stdout;
  t.equal(a, b);
});
