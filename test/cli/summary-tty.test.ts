// The summary for people, through a real pseudo-terminal (script(1) from
// util-linux gives the bins a TTY on stdout, as a user's shell does): no JSON
// on the terminal, the items to fix first, and the absolute path of
// report.html as the last line; --ndjson brings the records back, and into a
// pipe the records are the default.
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import t from 'tap';
import { PROFILES, sh, tempRoot } from '../helpers.js';
import { NO_SCRIPT, onTerminal } from '../terminal.js';

const skip = NO_SCRIPT;

const lastLine = (text: string) => text.trimEnd().split('\n').pop()!;

t.test('perf-profiler on a terminal: a summary, no JSON, report.html last', { skip }, async (t) => {
  const root = tempRoot();
  const r = onTerminal(`perf-profiler --input ${join(PROFILES, 'go-cpu.pb.gz')}`, root);
  t.equal(r.code, 0, r.screen);
  t.notMatch(r.screen, /\{"type"/, 'no record on the terminal');
  t.match(r.screen, /^Run \S+, profiler import$/m);
  t.match(r.screen, /^The run is CPU-bound \(busy [\d.]+%\); .* should cut cpu_total by about [\d.]+%/m, 'the verdict');
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

/** A line of base64 as long as a profile's `data` would give: never on a terminal. */
const BLOB = /[A-Za-z0-9+/=]{120}/;

t.test('perf-collect on a terminal: the profiles, not the records', { skip }, async (t) => {
  const r = onTerminal(`perf-collect --input ${join(PROFILES, 'go-cpu.pb.gz')}`, tempRoot());
  t.equal(r.code, 0, r.screen);
  t.notMatch(r.screen, /\{"type"/);
  t.notMatch(r.screen, BLOB, 'no base64');
  t.match(r.screen, /^Run \S+, profiler import$/m);
  t.match(r.screen, /^1 profile:\n {2}profile +kind +samples +length +format\n {2}go-cpu +cpu +\d+ samples +[\d.]+ s +pprof from \S+go-cpu\.pb\.gz$/m, 'one row per profile');
  t.match(lastLine(r.screen), /^2 records not shown on the terminal: pipe them on \(\| perf-analyze, or > run\.ndjson\), or pass --ndjson\.$/);
});

t.test('perf-analyze < run.ndjson on a terminal: a pprof -top table, the findings, one verdict', { skip }, async (t) => {
  const root = tempRoot();
  t.equal(sh(`perf-collect --input ${join(PROFILES, 'go-cpu.pb.gz')} > run.ndjson`, { cwd: root }).code, 0);
  const r = onTerminal('perf-analyze --top 5 < run.ndjson', root);
  t.equal(r.code, 0, r.screen);
  t.notMatch(r.screen, /\{"type"/);
  t.notMatch(r.screen, BLOB, 'no base64');
  const table = /^go-cpu \(cpu, \d+ samples\), top 5 by \w+ \(flat\):\n {2} +flat +flat% +sum% +cum +cum% +function\n((?: {2}.+\n){5})/m.exec(r.screen);
  t.ok(table, 'the table, five rows');
  const rows = table![1]!.trimEnd().split('\n').map((l) => l.trim().split(/\s{2,}/));
  const sums = rows.map((cells) => Number(cells[2]!.replace('%', '')));
  t.same(sums, [...sums].sort((a, b) => a - b), 'sum% grows down the table');
  t.match(rows[0]!.slice(5).join('  '), /^example\.com\/gohot\.sumSquares +\S*hot_test\.go:14$/, 'the top function with its file:line');
  t.match(r.screen, /^\d findings?:\n {2}1\. example\.com\/gohot\.sumSquares at \S*hot_test\.go:14: cpu, [\d.]+% of \w+$/m);
  t.match(r.screen, /^The run is CPU-bound \(busy [\d.]+%\); example\.com\/gohot\.sumSquares \(\S*hot_test\.go:14\) holds the most: [\d.]+% of \w+\.$/m, 'one verdict sentence');
  t.match(lastLine(r.screen), /pipe them on \(\| perf-plan\)/);
});

t.test('perf-plan on a terminal: the plan table, the first items marked', { skip }, async (t) => {
  const r = onTerminal(`perf-collect --input ${join(PROFILES, 'go-cpu.pb.gz')} | perf-analyze | perf-plan`, tempRoot());
  t.equal(r.code, 0, r.screen);
  t.notMatch(r.screen, /\{"type"/);
  t.match(r.screen, /^Plan, \d items? \(\* fix these first\):\n {2} *# +gain +range +metric +confidence +item\n {2} *\*1 +[\d.]+% +[\d.]+% to [\d.]+% +cpu_total +(low|medium|high) +.+sumSquares/m);
  t.match(r.screen, /^The run is CPU-bound \(busy [\d.]+%\); the item below should cut cpu_total by about [\d.]+%/m, 'the verdict report.html gives');
});

t.test('--ndjson on a terminal gives the records of every stage; a pipe always does', { skip }, async (t) => {
  const root = tempRoot();
  const input = `--input ${join(PROFILES, 'go-cpu.pb.gz')}`;
  for (const [label, command, next] of [
    ['perf-collect', `perf-collect --ndjson ${input}`, 'profile'],
    ['perf-analyze', `perf-collect ${input} | perf-analyze --ndjson`, 'hotspot'],
    ['perf-plan', `perf-collect ${input} | perf-analyze | perf-plan --ndjson`, 'plan-item'],
  ] as const) {
    const r = onTerminal(command, root);
    t.equal(r.code, 0, r.screen);
    // An upstream stage's progress line can share the terminal's first line with the records (both are on it).
    t.match(r.screen, new RegExp(`^\\{"type":"${next}"`, 'm'), `${label} --ndjson: records`);
    t.notMatch(r.screen, /not shown on the terminal/);
  }
  const piped = sh(`perf-collect ${input} | perf-analyze | perf-plan | cat`, { cwd: root });
  t.equal(piped.code, 0, piped.stderr);
  t.ok(piped.stdout.split('\n').filter(Boolean).every((l) => l.startsWith('{"type"')), 'into a pipe: only records');
  t.equal(piped.stderr, '', 'and nothing on stderr');
  const both = sh('perf-plan --ndjson --summary </dev/null', { cwd: root });
  t.equal(both.code, 2, '--ndjson with --summary is a usage error');
});
