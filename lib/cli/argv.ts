// The yargs set-up every bin shares: universal flags (described for the bin
// that shows them), strict parsing, -h, help laid out for 80 columns, and
// usage errors that exit 2 with one line. Below lib/cli nothing knows yargs.

import yargs, { type Argv } from 'yargs';
import { PACKAGE } from '../base/version.js';
import { HELP, HELP_COLUMNS, helpEpilogue, type BinName } from './help.js';

/** Flags every bin takes, described for the bin that shows them. */
export function universalFlags(bin: BinName) {
  const u = HELP[bin].universal;
  return {
    'dry-run': { type: 'boolean', default: false, describe: u['dry-run'] },
    apply: { type: 'boolean', default: false, describe: u.apply },
    verbose: { type: 'boolean', default: false, describe: u.verbose },
  } as const;
}

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

export function cli(name: BinName, argv: string[], usageLine = '$0 [options]'): Argv<{ 'dry-run': boolean; apply: boolean; verbose: boolean }> {
  return yargs(joinDashValues(argv))
    .scriptName(name)
    .usage(`${name}: ${HELP[name].summary}\n\nUsage: ${usageLine}`)
    .version(PACKAGE.version)
    .options(universalFlags(name))
    .help()
    .alias('h', 'help')
    .strict()
    .wrap(Math.min(HELP_COLUMNS, process.stdout.columns || HELP_COLUMNS))
    .epilogue(helpEpilogue(name))
    .fail((message, err) => {
      process.stderr.write(`${name}: ${message ?? err?.message} (see ${name} --help)\n`);
      process.exit(2);
    });
}
