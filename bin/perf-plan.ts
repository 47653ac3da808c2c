#!/usr/bin/env node
import { hideBin } from 'yargs/helpers';
import { cli } from '../lib/cli/argv.js';
import { OUTPUT_FLAGS, PLAN_FLAGS, wantsSummary } from '../lib/cli/flags.js';
import { main } from '../lib/cli/main.js';
import { runPlan } from '../lib/cli/plan.js';

const argv = cli('perf-plan', hideBin(process.argv))
  .options({ ...PLAN_FLAGS, ...OUTPUT_FLAGS })
  .conflicts('ndjson', 'summary')
  .parseSync();

await main('perf-plan', (io) => runPlan({ minGain: argv['min-gain'], verbose: argv.verbose, root: argv.root, summary: wantsSummary(io.stdout, argv) }, io));
