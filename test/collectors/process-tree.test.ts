// /proc reading for the run's CPU and memory: the stat parser on awkward
// command names, and the tree walk on real processes (this one and a child).
import { spawn } from 'node:child_process';
import t from 'tap';
import { TreeSampler, parseStat, processTree, reapedChildrenCpu } from '../../lib/collectors/process-tree.js';

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
