// Every bin's --help through the real bin: -h is the same, every line fits 80
// columns (so no example wraps mid-command), each example is printed whole,
// the exit codes listed are the ones the bin can return, and no flag of
// another stage is offered.
import t from 'tap';
import { HELP, HELP_COLUMNS, type BinName } from '../../lib/cli/help.js';
import { runBin } from '../helpers.js';

/** What each bin returns (see each run()); written out here, not read from HELP, so the help is checked against it. */
const RETURNS: Record<BinName, number[]> = {
  'perf-collect': [0, 1, 2, 4, 130, 143],
  'perf-analyze': [0, 1, 2, 3, 5, 130, 143],
  'perf-plan': [0, 1, 2, 130, 143],
  'perf-apply': [0, 1, 2, 130, 143],
  'perf-profiler': [0, 1, 2, 3, 4, 5, 130, 143],
};

/** Flags each bin must not show (they belong to other stages). */
const FOREIGN: Record<BinName, string[]> = {
  'perf-collect': ['--top', '--min-gain', '--root', '--baseline'],
  'perf-analyze': ['--input', '--run-profile', '--min-gain', '--root'],
  'perf-plan': ['--input', '--top', '--baseline', '--scenario'],
  'perf-apply': ['--input', '--top', '--min-gain', '--scenario'],
  'perf-profiler': [],
};

const UNIVERSAL = ['--help', '--version', '--dry-run', '--apply', '--verbose'];

for (const bin of Object.keys(HELP) as BinName[]) {
  t.test(bin, async (t) => {
    const long = runBin(bin, ['--help']);
    const short = runBin(bin, ['-h']);
    t.equal(long.code, 0);
    t.equal(short.stdout, long.stdout, '-h is --help');
    const lines = long.stdout.split('\n');
    t.same(lines.filter((l) => l.length > HELP_COLUMNS), [], `no line is wider than ${HELP_COLUMNS} columns`);
    for (const flag of UNIVERSAL) t.match(long.stdout, new RegExp(`^ +(-h, )?${flag} `, 'm'), `documents ${flag}`);
    for (const flag of FOREIGN[bin]) t.notMatch(long.stdout, new RegExp(`^ +${flag} `, 'm'), `does not offer ${flag}`);
    for (const example of HELP[bin].examples) {
      for (const line of example.lines) t.ok(lines.includes(`    ${line}`), `example printed whole: ${line}`);
    }
    const codes = long.stdout.split('Exit codes:\n')[1]!.split('\n').map((l) => /^ {2}\s*(\d+) {2}/.exec(l)?.[1]).filter(Boolean).map(Number);
    t.same(codes, RETURNS[bin], 'lists exactly the exit codes it returns');
  });
}

t.test('perf-profiler shows the -- CMD ARGS form and a Makefile CI gate', async (t) => {
  const help = runBin('perf-profiler', ['--help']).stdout;
  t.match(help, /^Usage: perf-profiler \[options\] \[-- CMD ARGS\.\.\.\]$/m);
  t.match(help, /^ {4}perf-profiler --run-profile -- node /m);
  t.match(help, /^ {4}perf-gate:\n {12}perf-profiler .*\\\n {16}--baseline latest --fail-on-regression 10$/m);
});
