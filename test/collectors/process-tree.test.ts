// /proc reading for the run's CPU and memory: the stat parser on awkward
// command names, and the tree walk on real processes (this one and a child).
import { spawn } from 'node:child_process';
import t from 'tap';
import { TreeSampler, parseStat, processTree, reapedChildrenCpu } from '../../lib/collectors/process-tree.js';
import { measurementMetrics } from '../../lib/collectors/measurements.js';
import { percentile } from '../../lib/collectors/load-http.js';

t.test('stat lines whose command name holds spaces and parentheses', async (t) => {
  const line = '4242 (my (odd) prog) S 17 4242 4242 0 -1 4194560 100 0 0 0 250 75 30 5 20 0 1 0 100 1000 200';
  t.same(parseStat(line), { pid: 4242, state: 'S', ppid: 17, session: 4242, userTicks: 280, systemTicks: 80 });
  t.equal(parseStat('garbage'), undefined);
});

t.test('the tree below a real process, its CPU and peak RSS', async (t) => {
  // Burns 0.3 s of its own CPU (not wall time: the machine may be busy), says so, then idles.
  const burn = 'while (process.cpuUsage().user < 300000); console.log("burnt"); setTimeout(() => {}, 30000)';
  const child = spawn(process.execPath, ['-e', burn], { stdio: ['ignore', 'pipe', 'ignore'] });
  await new Promise((r) => child.stdout.once('data', r));
  const tree = processTree(process.pid);
  t.ok(tree.some((s) => s.pid === child.pid && s.ppid === process.pid), 'the child is in the tree');
  const sampler = new TreeSampler(child.pid!);
  const first = sampler.sample();
  t.ok(first.userS + first.systemS >= 0.29, `the child's busy loop is counted: ${JSON.stringify(first)}`);
  t.ok(sampler.peakRss > 10 * 2 ** 20, 'VmHWM of a node process');
  t.same(sampler.pids(), [child.pid]);
  const before = reapedChildrenCpu();
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  t.same(sampler.pids(), [], 'gone');
  t.same(sampler.stop(), first, 'readings never go down once the process is gone');
  const after = reapedChildrenCpu();
  t.ok(after.userS + after.systemS >= before.userS + before.systemS + 0.29, 'the reaped child is counted in /proc/self/stat');
});

t.test('metrics in the contract order, with units', async (t) => {
  const metrics = measurementMetrics({
    wallS: 3.00049,
    exit: { code: null, signal: 'SIGTERM', stoppedByUs: true },
    cpu: { userS: 1.234, systemS: 0.1 },
    peakRss: 1024,
    http: { durationS: 3, completed: 30, requestsPerSec: 10, latencyMs: { p50: 1, p90: 2, p99: 3, max: 4 }, errors: 0, timeouts: 0, sent: 30, latencies: [], non2xx: 1, bytes: 99, overTime: [{ t: 0, p50: 1, p99: 3 }] },
  });
  t.same(
    metrics.map((m) => `${m.name}=${m.value}${m.unit}`),
    ['wall_time=3s', 'exit_code=143', 'cpu_user=1.23s', 'cpu_system=0.1s', 'peak_rss=1024bytes', 'http_requests=30count', 'cpu_per_request=44.466667ms', 'http_requests_per_sec=10req/s', 'http_latency_p50=1ms', 'http_latency_p90=2ms', 'http_latency_p99=3ms', 'http_latency_max=4ms', 'http_errors=0', 'http_non2xx=1', 'http_bytes=99bytes', 'http_latency_over_time=1ms', 'http_latency_over_time=3ms'],
  );
  t.same(metrics[1]!.labels, { signal: 'SIGTERM', stoppedBy: 'perf-collect' });
  t.same(metrics.slice(-2).map((m) => m.labels), [{ t: 0, stat: 'p50' }, { t: 0, stat: 'p99' }]);
});

t.test('nearest-rank percentiles', async (t) => {
  const values = Array.from({ length: 100 }, (_, i) => i + 1);
  t.same([percentile(values, 50), percentile(values, 90), percentile(values, 99), percentile(values, 100)], [50, 90, 99, 100]);
  t.equal(percentile([7], 99), 7);
  t.equal(percentile([], 50), 0);
});
