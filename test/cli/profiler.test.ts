// perf-profiler's run(): the four stage bins spawned through io.spawn and
// piped; a failing stage's status returned and no report written.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import t from 'tap';
import type { Spawn } from '../../lib/base/io.js';
import { routeFlags } from '../../lib/cli/routing.js';
import { runProfiler } from '../../lib/cli/profiler.js';
import { BIN, PROFILES, listFiles, tempRoot } from '../helpers.js';
import { testIO } from '../test-io.js';

/** Records each stage's argv and spawns it for real (cast: execa's overloads cannot be written out by hand). */
function recordingSpawn(calls: string[][]): Spawn {
  return ((file: string, args: string[], options: object) => {
    calls.push(args.map((a) => a.replace(BIN, '<bin>')));
    return execa(file, args, options);
  }) as unknown as Spawn;
}

t.test('each stage gets the flags routed to it, in one pipe; the report is written', async (t) => {
  const root = tempRoot('perf-profiler-run-');
  const calls: string[][] = [];
  const { io, stderr } = testIO({ cwd: root });
  io.spawn = recordingSpawn(calls);
  const stageArgs = routeFlags({ input: [join(PROFILES, 'c-hot.folded')], 'run-id': 'orchestrated', top: 5, root }, []);
  const code = await runProfiler({ stageArgs, binDir: BIN }, io);
  t.equal(code, 0, stderr());
  t.same(calls.map((c) => c[0]), ['<bin>/perf-collect.js', '<bin>/perf-analyze.js', '<bin>/perf-plan.js', '<bin>/perf-apply.js']);
  t.same(calls[1]!.slice(1), ['--top', '5']);
  t.ok(listFiles(root).includes('.spec/reports/performance/orchestrated/report.md'));
});

t.test('a stage that fails: its exit status, and perf-apply writes nothing', async (t) => {
  const root = tempRoot('perf-profiler-fail-');
  const { io, stderr } = testIO({ cwd: root });
  const stageArgs = routeFlags({ input: [join(root, 'missing.pb.gz')], root }, []);
  t.equal(await runProfiler({ stageArgs, binDir: BIN }, io), 2);
  t.notOk(existsSync(join(root, '.spec')), stderr());
});
