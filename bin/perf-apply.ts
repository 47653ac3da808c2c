#!/usr/bin/env node
import { hideBin } from 'yargs/helpers';
import { runApply } from '../lib/cli/apply.js';
import { cli } from '../lib/cli/argv.js';
import { APPLY_FLAGS } from '../lib/cli/flags.js';
import { main } from '../lib/cli/main.js';

const argv = cli('perf-apply', hideBin(process.argv))
  .options(APPLY_FLAGS)
  .parseSync();

await main('perf-apply', (io) => runApply({ root: argv.root, dryRun: argv['dry-run'], apply: argv.apply, verbose: argv.verbose }, io));
