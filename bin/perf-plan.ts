#!/usr/bin/env node
import { hideBin } from 'yargs/helpers';
import { cli } from '../lib/cli/argv.js';
import { main } from '../lib/cli/main.js';
import { runPlan } from '../lib/cli/plan.js';

const argv = cli('perf-plan', 'add optimization plan items for the bottlenecks read from stdin', hideBin(process.argv))
  .options({
    'min-gain': { type: 'number', default: 0, describe: 'Keep only plan items whose expected gain is at least this percent' },
  })
  .parseSync();

await main('perf-plan', (io) => runPlan({ minGain: argv['min-gain'], verbose: argv.verbose }, io));
