// `make demo` as the README's quick start has a user type it, on a real
// pseudo-terminal (script(1)), from the repository root: the live lines are
// cleared, the service's own output shows behind `app │`, the summary ends
// with the absolute path of report.html (which exists, so it is valid from
// where the user stands), and no NDJSON or base64 reaches the terminal.
// Then Ctrl-C while it measures: the terminal sends SIGINT to make and
// perf-profiler (its stages run in their own process group; perf-profiler
// passes it to perf-collect), the run stops in order, the report of what was
// recorded is still written and summarised, and the user's shell gets 130.
// One file, the two runs in turn: the demo listens on a fixed port.
// `make -o build -o node_modules` runs the demo target's own recipe without
// rebuilding dist/ under the other tests' feet (the suite builds first).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import t from 'tap';
import { ROOT, hasCommand } from '../helpers.js';
import { NO_SCRIPT, onTerminal, onTerminalTyping } from '../terminal.js';

t.setTimeout(600_000);
const skip = NO_SCRIPT || (!hasCommand('make') && 'make not installed');

t.test('make demo on a terminal: the service, the summary, report.html last, no JSON', { skip }, async (t) => {
  const r = onTerminal('make -s -o build -o node_modules demo', ROOT, { pinnedClock: false });
  const lines = r.screen.trimEnd().split('\n').map((l) => l.replace(/\s+$/, ''));
  const report = lines.at(-1)!;
  t.teardown(() => {
    if (report.endsWith('/report.html') && report.includes('/.spec/reports/performance/')) rmSync(dirname(report), { recursive: true, force: true });
  });
  t.equal(r.code, 0, r.screen);
  t.notMatch(r.screen, /\{"type"/, 'no record on the terminal');
  t.notMatch(r.screen, /[A-Za-z0-9+/=]{120}/, 'no base64');
  t.match(r.screen, /^app │ demo-service listening on http:\/\/127\.0\.0\.1:3457$/m, "the service's own line, prefixed");
  t.match(r.raw, /\x1b\[2mapp │ /, 'dimmed');
  t.same(lines.filter((l) => /^perf-(collect|analyze|apply): (measuring|warm-up|decoding|analysing|rendering|writing)/.test(l)), [], 'every progress line was cleared');
  t.match(r.screen, /^Run \S+, scenario api-stress-test, profiler node$/m);
  t.match(r.screen, /^The run (is|waits) [^;]+; the \d items? below should cut http_latency_p99 by about [\d.]+%/m, 'the verdict: what bounds the run, what the items give');
  t.match(r.screen, /^Fix this first:\n {2}1\. .+\n {5}[\d.]+% of http_latency_p99 \([\d.]+% to [\d.]+%\) at server\.js:\d+$/m, 'an item with its gain and file:line, relative');
  t.match(r.screen, /^Targets:\n {2}p99 latency ≤ 250 ms: /m);
  t.match(lines.at(-2), /^Wrote \d+ files; the report:$/);
  t.ok(isAbsolute(report) && report.endsWith('/report.html'), `the last line is report.html's absolute path: ${report}`);
  t.ok(existsSync(report), 'and it exists');
  t.ok(report.startsWith(join(ROOT, 'examples', 'demo-service', '.spec', 'reports', 'performance')), 'in the demo folder, as the README says');
  t.match(readFileSync(join(dirname(report), 'target-output.txt'), 'utf8'), /^demo-service listening on /m, "the service's output is kept in the run folder");
});

t.test('Ctrl-C while make demo measures: 130, and the report of what was recorded', { skip }, async (t) => {
  const r = await onTerminalTyping('make -s -o build -o node_modules demo', ROOT, /perf-collect: measuring/, '\x03');
  const lines = r.screen.trimEnd().split('\n').map((l) => l.replace(/\s+$/, ''));
  const report = lines.find((l) => l.endsWith('/report.html')) ?? '';
  t.teardown(() => {
    if (report.includes('/.spec/reports/performance/')) rmSync(dirname(report), { recursive: true, force: true });
  });
  t.ok(r.typed, 'Ctrl-C was typed while measuring');
  t.equal(r.code, 130, 'the shell gets 130');
  t.match(r.screen, /^perf-collect: SIGINT: stopping the run and keeping what was recorded$/m);
  t.notMatch(r.screen, /\{"type"/, 'no record on the terminal');
  t.match(r.screen, /^Run \S+, scenario api-stress-test, profiler node$/m, 'the summary of what was recorded');
  t.ok(isAbsolute(report) && existsSync(report), `report.html written: ${report}`);
});
