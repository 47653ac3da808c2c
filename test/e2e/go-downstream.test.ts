// A Go service that waits: each request takes a lock for a short hash, then
// makes three sequential HTTP calls to a downstream that answers in ~3 ms.
// Profiled by the real pprof profiler under real load through the real bins,
// the first finding must be the downstream calls (io, run them concurrently),
// and the lock, whose delay is tiny next to the service's CPU time, must not
// outrank them although it holds almost all of the run's (small) lock delay.
// Then the fix (FIX=conc: the three calls made concurrently) against it: the
// goroutines now wait at once, so the summed block delay per request rises
// while the requests get faster; that is neither a regression nor the item's
// evidence (the main metric is).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { FIXTURES, hasCommand, listFiles, parseRecords, sh, tempRoot } from '../helpers.js';
import { build, freePort, writeScenarios } from '../collectors/backend-run.js';

const program = join(FIXTURES, 'programs', 'go-downstream');

t.test('a Go service waiting on sequential downstream calls', { skip: hasCommand('go') ? false : 'go is not installed (Debian: golang-go)' }, async (t) => {
  const dir = tempRoot('perf-go-downstream-');
  const server = join(dir, 'godownstream');
  build('go', ['build', '-o', server, '.'], program, { GOFLAGS: '-mod=mod' });
  const [port, taxPort] = [await freePort(), await freePort()];
  writeScenarios(dir, {
    default: {
      command: [server, '-addr', `127.0.0.1:${port}`, '-tax-addr', `127.0.0.1:${taxPort}`],
      profiler: { name: 'pprof', url: `http://127.0.0.1:${port}/debug/pprof` },
      ready: { line: 'listening on', timeoutMs: 20000 },
      warmupS: 1,
      load: { kind: 'http', url: `http://127.0.0.1:${port}`, paths: ['/price?id=1', '/price?id=7'], connections: 4, durationS: 3 },
    },
  });
  /** One perf-profiler run into its own root, and the records of its run.ndjson. */
  const profile = (name: string, env: Record<string, string>, args = '') => {
    const root = join(dir, name);
    const r = sh(`mkdir -p ${root} && perf-profiler --run-profile --root ${root} --source-root ${dir} ${args}`, { cwd: dir, env });
    const runNdjson = listFiles(root).find((f) => f.endsWith('run.ndjson'));
    return { ...r, runNdjson: runNdjson && join(root, runNdjson), records: runNdjson ? parseRecords(readFileSync(join(root, runNdjson), 'utf8')) : [] };
  };
  const r = profile('baseline', {});
  t.equal(r.code, 0, r.stderr);
  const records = r.records;
  const findings = records.filter((x) => x.type === 'finding').sort((a, b) => a.rank - b.rank);
  const summary = findings.map((f) => `${f.rank} ${f.function} ${f.category}/${f.cause} ${f.impact?.sharePct}%`).join('; ');
  const calls = findings.find((f) => f.function === 'main.taxFor');
  t.ok(calls, `a finding on the function that makes the calls: ${summary}`);
  t.equal(calls?.category, 'io', summary);
  t.equal(calls?.cause, 'downstream-call', summary);
  t.ok(calls?.strategies?.includes('run-concurrently'), `strategies ${calls?.strategies}`);
  t.notOk(findings.some((f) => f.cause === 'critical-section-too-large'), 'no lock finding made of CPU spent in channel code');
  const lock = findings.find((f) => f.function === 'main.priceOf');
  if (lock) {
    t.ok(lock.rank > calls!.rank, `the lock (rank ${lock.rank}) after the calls (rank ${calls!.rank})`);
    t.ok(lock.impact.sharePct < calls!.impact.sharePct, `the lock's share ${lock.impact.sharePct}% weighed against the CPU time, under the calls' ${calls!.impact.sharePct}%`);
  }
  const items = records.filter((x) => x.type === 'plan-item');
  const first = items.find((i) => i.function === 'main.taxFor');
  t.equal(first?.strategyId, 'run-concurrently', `the calls' item: ${first?.title}`);

  t.test('the calls made concurrently: no regression from summed waits, the item judged by the main metric', async (t) => {
    const fixed = profile('fixed', { FIX: 'conc' }, `--baseline ${r.runNdjson} --fail-on-regression 10`);
    const verdict = fixed.records.find((x) => x.type === 'verdict');
    t.ok(verdict, fixed.stderr);
    const delayRegressions = (verdict?.regressions ?? []).filter((x: { profileId?: string }) => /-(block|lock)$/.test(x.profileId ?? ''));
    t.same(delayRegressions, [], 'no regression named in a lock or block profile');
    // A cost may rightly rise (the goroutines and closures of the concurrent calls allocate ~31% more bytes per
    // request in main.taxFor, a fresh-clone CI saw the gate fail on that): only summed waits are never gated.
    t.ok([0, 3, 5].includes(fixed.code), `exit ${fixed.code}: ${verdict?.reasons?.join('; ')}`);
    t.same((verdict?.regressions ?? []).filter((x: { profileId?: string }) => x.profileId !== undefined && !/-(cpu|alloc|heap)$/.test(x.profileId)), [], 'every regression named is a cost (CPU, bytes)');
    const check = fixed.records.find((x) => x.type === 'plan-check' && x.itemId === first?.id);
    t.equal(check?.evidence?.basis, 'main-metric', check?.reason);
    t.not(check?.status, 'regressed', check?.reason);
    t.match(check?.reason, /the main metric: its waits in the \w+ profile are summed over the threads that waited/);
  });
});
