// The summary for people, through a real pseudo-terminal (script(1) from
// util-linux gives the bins a TTY on stdout, as a user's shell does): no JSON
// on the terminal, the items to fix first, and the absolute path of
// report.html as the last line; --ndjson brings the records back, and into a
// pipe the records are the default.
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import t from 'tap';
import { PROFILES, hasCommand, sh, shimDir, tempRoot } from '../helpers.js';

const skip = hasCommand('script') ? false : 'script(1) (util-linux) not installed';

/** `command` run by bash on a pseudo-terminal; what the terminal showed, without CRs. */
function onTerminal(command: string, cwd: string): { code: number; screen: string } {
  const r = spawnSync('script', ['-qec', `bash -o pipefail -c ${JSON.stringify(command)}`, '/dev/null'], {
    cwd,
    input: '',
    env: { ...process.env, PATH: `${shimDir()}:${process.env.PATH}`, SOURCE_DATE_EPOCH: '1900000000' },
    maxBuffer: 1 << 28,
  });
  return { code: r.status ?? -1, screen: r.stdout.toString().replace(/\r/g, '') };
}

const lastLine = (text: string) => text.trimEnd().split('\n').pop()!;

t.test('perf-profiler on a terminal: a summary, no JSON, report.html last', { skip }, async (t) => {
  const root = tempRoot();
  const r = onTerminal(`perf-profiler --input ${join(PROFILES, 'go-cpu.pb.gz')}`, root);
  t.equal(r.code, 0, r.screen);
  t.notMatch(r.screen, /\{"type"/, 'no record on the terminal');
  t.match(r.screen, /^Run \S+, profiler import$/m);
  t.match(r.screen, /^The run is CPU-bound; .* should cut cpu_total by about [\d.]+%/m, 'the verdict');
  // Which strategy leads is the plan's choice (calibrated factors); the summary names it with the function.
  t.match(r.screen, /^Fix this first:\n {2}1\. .+ example\.com\/gohot\.sumSquares .*\n {5}[\d.]+% of cpu_total \([\d.]+% to [\d.]+%\) at \S*hot_test\.go:14$/m, 'item, gain and file:line');
  const report = lastLine(r.screen);
  t.ok(isAbsolute(report) && report.endsWith('/report.html'), `last line is report.html's absolute path: ${report}`);
  t.ok(existsSync(report), 'and it exists');
});

t.test('perf-apply at the end of a hand pipe on a terminal: the same summary', { skip }, async (t) => {
  const root = tempRoot();
  const r = onTerminal(`perf-collect --input ${join(PROFILES, 'go-cpu.pb.gz')} | perf-analyze | perf-plan | perf-apply`, root);
  t.equal(r.code, 0, r.screen);
  t.notMatch(r.screen, /\{"type"/);
  t.match(r.screen, /^Fix this first:$/m);
  t.ok(existsSync(lastLine(r.screen)), 'last line is the report');
});

t.test('--ndjson on a terminal, and a pipe: records', { skip }, async (t) => {
  const root = tempRoot();
  const r = onTerminal(`perf-profiler --ndjson --input ${join(PROFILES, 'go-cpu.pb.gz')}`, root);
  t.equal(r.code, 0, r.screen);
  t.match(r.screen, /^\{"type":"artifact"/m);
  const piped = sh(`perf-profiler --input ${join(PROFILES, 'go-cpu.pb.gz')} | cat`, { cwd: tempRoot() });
  t.match(piped.stdout, /^\{"type":"artifact"/);
  t.notMatch(piped.stdout, /Fix this first/);
  const both = sh('perf-profiler --ndjson --summary --input x </dev/null', { cwd: root });
  t.equal(both.code, 2, '--ndjson and --summary together is a usage error');
});
