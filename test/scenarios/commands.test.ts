// A program that does not exist or cannot run fails before anything starts,
// through the real bins: exit 2, one line naming the program and where it was
// given, no records, no report, no run folder.
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { runBin, tempRoot } from '../helpers.js';

const scenarios = (scenario: object) => JSON.stringify({ version: 1, scenarios: { default: scenario } });

function check(t: Test, bin: string, args: string[], cwd: string, expected: RegExp) {
  const r = runBin(bin, args, { cwd });
  t.equal(r.code, 2, `${bin} ${args.join(' ')}: exit 2`);
  t.match(r.stderr, expected);
  t.equal(r.stderr.split('\n').length, 2, 'one line');
  t.equal(r.stdout, '', 'no records');
  t.notOk(existsSync(join(cwd, '.spec')), 'nothing written');
}

t.test('ad hoc: perf-profiler -- ./nonexistent', async (t) => {
  const dir = tempRoot();
  check(t, 'perf-profiler', ['--run-profile', '--', './nonexistent'], dir, /^perf-collect: -- \.\/nonexistent: '\.\/nonexistent' does not exist \(looked for .*\/nonexistent\); nothing was started\n$/);
  check(t, 'perf-profiler', ['--run-profile', '--', 'no-such-command-xyz', 'a'], dir, /'no-such-command-xyz' is not a command on PATH/);
  check(t, 'perf-collect', ['--run-profile', '--dry-run', '--', dir], dir, /is a directory, not a program/);
  writeFileSync(join(dir, 'job.sh'), '#!/bin/sh\necho hi\n');
  chmodSync(join(dir, 'job.sh'), 0o644);
  check(t, 'perf-profiler', ['--run-profile', '--', './job.sh'], dir, /'\.\/job\.sh' is not executable/);
});

t.test('scenarios file: the program and the load driver, by JSON path, also with --dry-run', async (t) => {
  const dir = tempRoot();
  writeFileSync(join(dir, 'perf-scenarios.json'), scenarios({ command: ['nodee', 'server.js'], load: { kind: 'none' } }));
  check(t, 'perf-collect', ['--run-profile', '--dry-run'], dir, /^perf-collect: perf-scenarios\.json: \$\.scenarios\.default\.command\[0\]: 'nodee' is not a command on PATH/);
  const sub = join(dir, 'sub');
  mkdirSync(sub);
  writeFileSync(join(sub, 'perf-scenarios.json'), scenarios({ command: ['node', '-e', ''], load: { kind: 'command', command: ['./drive.sh'] } }));
  check(t, 'perf-profiler', ['--run-profile'], sub, /\$\.scenarios\.default\.load\.command\[0\]: '\.\/drive\.sh' does not exist/);
});
