// The yargs set-up every bin shares: universal flags, strict parsing, and
// usage errors that exit 2 with one line. Below lib/cli nothing knows yargs.

import yargs, { type Argv } from 'yargs';
import { PACKAGE } from '../base/version.js';

export const UNIVERSAL_FLAGS = {
  'dry-run': { type: 'boolean', default: false, describe: 'Do everything except write files or run programs; say what would happen' },
  apply: { type: 'boolean', default: false, describe: 'Write tasks.md into the run folder (perf-apply); otherwise only a preview' },
  verbose: { type: 'boolean', default: false, describe: 'Log progress on stderr' },
} as const;

/** yargs reads a lone "-" after an array flag as a positional; "--input -" means stdin. */
function joinDashValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return [...out, ...argv.slice(i)];
    if (arg.startsWith('--') && !arg.includes('=') && argv[i + 1] === '-') {
      out.push(`${arg}=-`);
      i++;
    } else out.push(arg);
  }
  return out;
}

export function cli(name: string, summary: string, argv: string[]): Argv<{ 'dry-run': boolean; apply: boolean; verbose: boolean }> {
  return yargs(joinDashValues(argv))
    .scriptName(name)
    .usage(`${name}: ${summary}\n\nUsage: $0 [options]`)
    .version(PACKAGE.version)
    .options(UNIVERSAL_FLAGS)
    .strict()
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .epilogue('Exit codes: 0 success, 1 runtime failure, 2 usage error or invalid input. Docs: README.md')
    .fail((message, err) => {
      process.stderr.write(`${name}: ${message ?? err?.message} (see ${name} --help)\n`);
      process.exit(2);
    });
}
