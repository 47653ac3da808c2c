// What each bin's --help says beyond its flags: what the universal flags mean
// for that stage, worked examples, and every exit status it can return. Kept
// as data so the help test can hold each bin to it, and written out by hand
// (not through yargs' two-column .example()), because yargs wraps a long
// command mid-word at 80 columns and a command that wraps cannot be copied.

import { EXIT_INCONCLUSIVE, EXIT_REGRESSION } from '../compare/verdict.js';
import { EXIT_CUT_SHORT } from '../collectors/types.js';
import { EXIT_OK, EXIT_RUNTIME, EXIT_USAGE } from '../base/errors.js';

export type BinName = 'perf-collect' | 'perf-analyze' | 'perf-plan' | 'perf-apply' | 'perf-profiler';

export interface Example {
  /** One sentence: what it does. */
  what: string;
  /** The command, one line per array entry, each at most HELP_COLUMNS - 4 wide. */
  lines: string[];
}

export interface BinHelp {
  summary: string;
  /** What --dry-run, --apply and --verbose do in this bin (they are accepted everywhere, so a pipe can pass them on). */
  universal: { 'dry-run': string; apply: string; verbose: string };
  examples: Example[];
  exitCodes: number[];
  /** What a code means in this bin, where it differs from EXIT_MEANINGS. */
  meanings?: Partial<Record<number, string>>;
}

/** Help is laid out for this width, the narrowest common terminal. */
export const HELP_COLUMNS = 80;

export const EXIT_MEANINGS: Record<number, string> = {
  [EXIT_OK]: 'success (also when the reader of stdout goes away, as with | head)',
  [EXIT_RUNTIME]: 'runtime failure (a tool missing, a write failed)',
  [EXIT_USAGE]: 'usage error or invalid input (one line on stderr says what and where)',
  [EXIT_REGRESSION]: '--fail-on-regression: a change lies beyond the threshold',
  [EXIT_CUT_SHORT]: 'the run was cut short (ready timeout, target exited, load failed); what was recorded is emitted',
  [EXIT_INCONCLUSIVE]: '--fail-on-regression: inconclusive, the noise is wider than the threshold',
  130: 'interrupted by SIGINT (Ctrl-C); the run was stopped in order and what was recorded is emitted',
  143: 'stopped by SIGTERM; as for 130',
};

const NO_FILES = 'No effect here: this stage writes no files (accepted so one set of flags serves a pipe)';
const NO_TASKS = 'No effect here: only perf-apply writes tasks.md (accepted so one set of flags serves a pipe)';
const RUN_SIGNALS = [EXIT_CUT_SHORT, 130, 143];
/** A stage with no run to stop dies of the signal, as a filter should: the shell then says 128 + its number. */
const KILLED = [130, 143];
const KILLED_MEANINGS = {
  130: 'interrupted by SIGINT (Ctrl-C): stopped at once; records already written stay, nothing more is written',
  143: 'stopped by SIGTERM; as for 130',
};
const APPLY_KILLED = {
  130: 'interrupted by SIGINT: the files written until then stay, but not run.ndjson (written last), so the run folder is not taken as a finished run',
  143: 'stopped by SIGTERM; as for 130',
};

export const HELP: Record<BinName, BinHelp> = {
  'perf-collect': {
    summary: 'import profiles, or run the application under a profiler, and emit NDJSON records',
    universal: {
      'dry-run': 'With --run-profile: check the scenario and the command, say what would run, start nothing',
      apply: NO_TASKS,
      verbose: "Log each step on stderr (with --run-profile: also the target's output off a terminal)",
    },
    examples: [
      { what: 'Import a pprof profile and find its hotspots:', lines: ['perf-collect --input cpu.pb.gz | perf-analyze'] },
      { what: 'Run a scenario of perf-scenarios.json and keep the records:', lines: ['perf-collect --run-profile --scenario api-stress-test > run.ndjson'] },
      { what: 'Profile a command ad hoc (the program is the workload):', lines: ['perf-collect --run-profile -- node job.js > run.ndjson'] },
    ],
    exitCodes: [EXIT_OK, EXIT_RUNTIME, EXIT_USAGE, ...RUN_SIGNALS],
  },
  'perf-analyze': {
    summary: 'find hotspots, bottlenecks and findings in the profile records read from stdin',
    universal: { 'dry-run': NO_FILES, apply: NO_TASKS, verbose: 'Log each profile analysed on stderr' },
    examples: [
      { what: 'The top 10 functions of a profile:', lines: ['perf-collect --input cpu.pb.gz | perf-analyze --top 10'] },
      {
        what: 'A Makefile target that fails CI on a regression of more than 10%:',
        lines: ['perf-gate:', '        perf-collect --input cpu.pb.gz | perf-analyze \\', '            --baseline old/run.ndjson --fail-on-regression 10 >/dev/null'],
      },
    ],
    exitCodes: [EXIT_OK, EXIT_RUNTIME, EXIT_USAGE, EXIT_REGRESSION, EXIT_INCONCLUSIVE, ...KILLED],
    meanings: KILLED_MEANINGS,
  },
  'perf-plan': {
    summary: 'add optimization plan items for the findings read from stdin',
    universal: { 'dry-run': NO_FILES, apply: NO_TASKS, verbose: 'Log each step on stderr' },
    examples: [
      { what: 'The plan for a profile, as a table on a terminal:', lines: ['perf-collect --input cpu.pb.gz | perf-analyze | perf-plan'] },
      { what: 'Only the items worth at least 5% of the main metric:', lines: ['perf-collect --input cpu.pb.gz | perf-analyze | perf-plan --min-gain 5'] },
    ],
    exitCodes: [EXIT_OK, EXIT_RUNTIME, EXIT_USAGE, ...KILLED],
    meanings: KILLED_MEANINGS,
  },
  'perf-apply': {
    summary: 'write profiles and reports under .spec/reports/ from the records read on stdin',
    universal: {
      'dry-run': 'Write nothing; say what would be written (artifact records with action would-write)',
      apply: 'Also write tasks.md into the run folder (otherwise a preview under .spec/reports/previews/)',
      verbose: 'Log each file written on stderr',
    },
    examples: [
      { what: 'Write the report of a profile:', lines: ['perf-collect --input cpu.pb.gz | perf-analyze | perf-plan | perf-apply'] },
      { what: 'Write it under another project root, with tasks.md:', lines: ['perf-analyze < run.ndjson | perf-plan | perf-apply --root ../app --apply'] },
    ],
    exitCodes: [EXIT_OK, EXIT_RUNTIME, EXIT_USAGE, ...KILLED],
    meanings: APPLY_KILLED,
  },
  'perf-profiler': {
    summary: 'collect, analyze, plan and write a performance report in one command',
    universal: {
      'dry-run': 'With --run-profile: say what would run and start nothing; otherwise write no files',
      apply: 'Also write tasks.md into the run folder (otherwise a preview under .spec/reports/previews/)',
      verbose: "Log each stage's steps on stderr (also the target's output off a terminal)",
    },
    examples: [
      { what: 'Report on a profile you already have:', lines: ['perf-profiler --input cpu.pb.gz'] },
      { what: 'Profile a scenario of perf-scenarios.json and write its report:', lines: ['perf-profiler --run-profile --scenario api-stress-test'] },
      { what: 'Profile any command ad hoc (the program is the workload):', lines: ['perf-profiler --run-profile -- node scripts/batch.js --size 1000'] },
      {
        what: 'A Makefile target that fails CI when the scenario got more than 10% worse:',
        lines: ['perf-gate:', '        perf-profiler --run-profile --scenario api-stress-test \\', '            --baseline latest --fail-on-regression 10'],
      },
    ],
    exitCodes: [EXIT_OK, EXIT_RUNTIME, EXIT_USAGE, EXIT_REGRESSION, EXIT_INCONCLUSIVE, ...RUN_SIGNALS],
  },
};

/** The text under the flags: examples, then exit codes, each line within HELP_COLUMNS. */
export function helpEpilogue(bin: BinName): string {
  const help = HELP[bin];
  const examples = help.examples.flatMap((e) => [`  ${e.what}`, ...e.lines.map((l) => `    ${l}`), '']);
  const codes = [...help.exitCodes].sort((a, b) => a - b).flatMap((c) => hanging(`  ${String(c).padStart(3)}  `, help.meanings?.[c] ?? EXIT_MEANINGS[c]!));
  return ['Examples:', ...examples, 'Exit codes:', ...codes, '', 'Docs: README.md'].join('\n');
}

/** `text` after `prefix`, wrapped at word breaks to HELP_COLUMNS, continuation lines indented under the text. */
export function hanging(prefix: string, text: string): string[] {
  const lines: string[] = [];
  let line = prefix;
  for (const word of text.split(' ')) {
    if (line.length > prefix.length && line.length + 1 + word.length > HELP_COLUMNS) {
      lines.push(line);
      line = ' '.repeat(prefix.length);
    }
    line += (line.length === prefix.length ? '' : ' ') + word;
  }
  return [...lines, line];
}
