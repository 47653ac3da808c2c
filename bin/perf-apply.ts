#!/usr/bin/env node
import { hideBin } from 'yargs/helpers';
import { runApply } from '../lib/cli/apply.js';
import { cli } from '../lib/cli/argv.js';
import { APPLY_FLAGS, OUTPUT_FLAGS, wantsSummary } from '../lib/cli/flags.js';
import { main } from '../lib/cli/main.js';

const argv = cli('perf-apply', hideBin(process.argv))
  .options({ ...APPLY_FLAGS, ...OUTPUT_FLAGS })
  .conflicts('ndjson', 'summary')
  .parseSync();

await main('perf-apply', (io) => runApply({ root: argv.root, dryRun: argv['dry-run'], apply: argv.apply, verbose: argv.verbose, summary: wantsSummary(io.stdout, argv) }, io));
