// The record protocol through the real bins: validation, pass-through of
// unknown types, version refusal, and line-numbered errors.
import t from 'tap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateRecord } from '../../lib/records/validate.js';
import { RECORD_TYPES } from '../../lib/records/types.js';
import { spawnSync } from 'node:child_process';
import { BIN, PROFILES, hasCommand, parseRecords, runBin } from '../helpers.js';

const run = {
  type: 'run', v: 1, runId: 'r-1', startedAt: '2026-01-01T00:00:00.000Z', tool: { name: 'perf-profiler', version: '0.1.0' },
  profiler: 'import', command: ['x'], host: { platform: 'linux', arch: 'x64', cpus: 2, node: 'v20.0.0' },
};
const samples: Record<string, object> = {
  run,
  metric: { type: 'metric', v: 1, runId: 'r-1', name: 'wall_time', value: 2, unit: 's' },
  profile: { type: 'profile', v: 1, runId: 'r-1', profileId: 'cpu', kind: 'cpu', sourceFormat: 'pprof', encoding: 'pprof+gzip+base64', data: 'AA==', sampleTypes: [{ type: 'cpu', unit: 'nanoseconds' }], sampleCount: 0 },
  hotspot: { type: 'hotspot', v: 1, runId: 'r-1', profileId: 'cpu', kind: 'cpu', by: 'self', rank: 1, function: 'f', file: 'a.js', line: 3, self: 1, cum: 2, selfPct: 50, cumPct: 100, unit: 'nanoseconds' },
  bottleneck: { type: 'bottleneck', v: 1, runId: 'r-1', id: 'B1', rank: 1, category: 'cpu', cause: 'regex', function: 'f', file: 'a.js', line: 3, sharePct: 40, profileId: 'cpu', evidence: ['x'] },
  'plan-item': { type: 'plan-item', v: 1, runId: 'r-1', id: 'P1', bottleneckId: 'B1', title: 't', description: 'd', strategy: 's', expectedGainPct: { low: 1, expected: 2, high: 3 }, method: 'amdahl', confidence: 'low', verification: { metric: 'p99', target: 10, commands: ['x'] } },
  artifact: { type: 'artifact', v: 1, runId: 'r-1', path: 'a', bytes: 1, sha256: 'a'.repeat(64), action: 'written' },
  diagnostic: { type: 'diagnostic', v: 1, level: 'info', code: 'x', message: 'm', stage: 'perf-collect' },
  hotline: { type: 'hotline', v: 1, runId: 'r-1', profileId: 'cpu', function: 'f', file: 'a.js', line: 3, rank: 1, self: 1, cum: 1, selfPct: 10, cumPct: 10, unit: 'nanoseconds' },
  group: { type: 'group', v: 1, runId: 'r-1', profileId: 'cpu', by: 'file', name: 'a.js', rank: 1, self: 1, cum: 2, selfPct: 10, cumPct: 20, unit: 'nanoseconds' },
  callgraph: { type: 'callgraph', v: 1, runId: 'r-1', profileId: 'cpu', function: 'f', file: 'a.js', rank: 1, cum: 2, cumPct: 20, unit: 'nanoseconds', callers: [], callees: [] },
  comparison: { type: 'comparison', v: 1, runId: 'r-1', baselineRunId: 'r-0', baselinePath: 'base/run.ndjson', profileId: 'cpu', baselineProfileId: 'cpu' },
  finding: {
    type: 'finding', v: 1, runId: 'r-1', id: 'F1', rank: 1, category: 'lock', cause: 'critical-section-too-large', decision: 'work-inside-contended-lock',
    why: 'CPU work inside a contended lock', function: 'f', file: 'a.go', line: 3, processes: 1, impact: { sharePct: 40, metric: 'wall_time', how: 'its CPU share' },
    evidence: [{ resource: 'cpu', profileIds: ['cpu'], value: 4, unit: 'nanoseconds', sharePct: 40, processes: 1, text: '40% of CPU' }],
    parts: [], strategies: ['shrink-critical-section'], bottleneckIds: ['cpu#1'], profileId: 'cpu', kind: 'cpu',
  },
  'plan-check': { type: 'plan-check', v: 1, runId: 'r-1', baselineRunId: 'r-0', itemId: 'PERF-001', title: 't', metric: 'http_latency_p99', status: 'done', expectedGainPct: { low: 1, expected: 2, high: 3 }, reason: 'f fell 50%' },
  verdict: { type: 'verdict', v: 1, runId: 'r-1', baselineRunId: 'r-0', baselinePath: 'base/run.ndjson', status: 'passed', threshold: 10, regressions: [], reasons: ['passed'], exitCode: 0 },
  'target-output': { type: 'target-output', v: 1, runId: 'r-1', text: 'listening on 3000\n', lines: { stdout: 1, stderr: 0 }, bytes: 18, droppedLines: 0, droppedBytes: 0 },
  'calibration-point': { type: 'calibration-point', v: 1, runId: 'r-1', baselineRunId: 'r-0', itemId: 'PERF-001', strategy: 'set-lookup', runtime: 'node', evidence: 'quadratic', share: 0.8, expected: 70, measured: 65, metric: 'wall_time' },
};

t.test('every record type has a schema that accepts a good record and refuses a bad one', async (t) => {
  for (const type of RECORD_TYPES) {
    const good = samples[type];
    if (!good) {
      t.fail(`no sample record for type ${type}: add one to this test`);
      continue;
    }
    t.same(validateRecord(good, 'x:1'), good, `${type} accepted`);
    const bad = { ...good, runId: 'has spaces/slash' };
    if (type === 'diagnostic') Object.assign(bad, { level: 'loud' });
    t.throws(() => validateRecord(bad, 'x:1'), { code: 'bad-record', message: new RegExp(`^x:1: ${type} record /`) }, `${type} bad field refused`);
  }
});

t.test('unknown record types pass through every stage unchanged', async (t) => {
  const future = { type: 'flamegraph-hint', v: 7, anything: [1, 2, 3] };
  const input = [run, future].map((r) => JSON.stringify(r)).join('\n') + '\n';
  for (const stage of ['perf-analyze', 'perf-plan']) {
    const r = runBin(stage, [], { input });
    t.equal(r.code, 0, `${stage} exits 0`);
    t.same(parseRecords(r.stdout), [run, future], `${stage} passed both records`);
  }
});

t.test('a known type with an unknown version is refused with its line', async (t) => {
  const input = JSON.stringify(run) + '\n' + JSON.stringify({ ...samples.metric, v: 2 }) + '\n';
  const r = runBin('perf-analyze', [], { input });
  t.equal(r.code, 2);
  t.equal(r.stderr, 'perf-analyze: stdin:2: metric record has version 2; this tool reads version 1 (upgrade perf-profiler)\n');
  t.equal(r.stdout.split('\n').length <= 2, true, 'nothing after the bad line');
});

t.test('malformed lines are refused with their line number, one line on stderr', async (t) => {
  const cases: [string, RegExp][] = [
    [JSON.stringify(run) + '\n\n{"type": "metric", ', /^perf-plan: stdin:3: not valid JSON/],
    ['[1,2]\n', /^perf-plan: stdin:1: expected a JSON object record, got an array/],
    ['{"v":1}\n', /^perf-plan: stdin:1: record has no "type" string/],
    ['{"type":"metric"}\n', /^perf-plan: stdin:1: metric record has no integer "v"/],
    [JSON.stringify({ ...samples.metric, value: 'fast' }) + '\n', /^perf-plan: stdin:1: metric record \/value must be number/],
  ];
  for (const [input, message] of cases) {
    const r = runBin('perf-plan', [], { input });
    t.equal(r.code, 2, `exit 2 for ${input.slice(0, 30)}`);
    t.match(r.stderr, message);
    t.equal(r.stderr.trim().split('\n').length, 1, 'one line');
  }
});

t.test('BOM and CRLF line endings are accepted', async (t) => {
  const input = '\uFEFF' + JSON.stringify(run) + '\r\n' + JSON.stringify(samples.metric) + '\r\n';
  const r = runBin('perf-plan', [], { input });
  t.equal(r.code, 0, r.stderr);
  t.equal(parseRecords(r.stdout).length, 2);
});

t.test('an over-long record is refused with the limit named', async (t) => {
  const r = runBin('perf-plan', [], { input: JSON.stringify(run) + '\n' + JSON.stringify({ type: 'x', v: 1, pad: 'y'.repeat(5000) }) + '\n', env: { PERF_MAX_RECORD_BYTES: '1000' } });
  t.equal(r.code, 2);
  t.match(r.stderr, /stdin:2: record longer than 1000 bytes/);
});

t.test('a truncated gzip profile is refused cleanly by perf-collect and perf-analyze', async (t) => {
  const bytes = readFileSync(join(PROFILES, 'go-cpu.pb.gz'));
  const cut = bytes.subarray(0, bytes.length - 30);
  const c = runBin('perf-collect', ['--input', '-', '--format', 'pprof'], { input: cut });
  t.equal(c.code, 2);
  t.match(c.stderr, /^perf-collect: stdin: corrupt or truncated gzip data/);
  t.equal(c.stdout, '', 'nothing emitted');
  const rec = { ...samples.profile, data: cut.toString('base64') };
  const a = runBin('perf-analyze', [], { input: JSON.stringify(run) + '\n' + JSON.stringify(rec) + '\n' });
  t.equal(a.code, 2);
  t.match(a.stderr, /^perf-analyze: stdin:2: corrupt or truncated gzip data/);
});

t.test('empty piped input gives no records and exit 0', async (t) => {
  const r = runBin('perf-analyze', [], { input: '' });
  t.equal(r.code, 0);
  t.equal(r.stdout, '');
});

t.test('a stage on a terminal with no input explains itself instead of hanging', { skip: hasCommand('script') ? false : 'script(1) not installed' }, async (t) => {
  // script(1) gives the bin a real TTY on stdin, as when a user types the command alone.
  const r = spawnSync('script', ['-qec', `${process.execPath} ${join(BIN, 'perf-analyze.js')}`, '/dev/null'], { input: '', timeout: 20000 });
  t.equal(r.status, 2);
  t.match(r.stdout.toString(), /perf-analyze reads NDJSON records on stdin; pipe perf-collect into it/);
});
