#!/usr/bin/env node
import { hideBin } from 'yargs/helpers';
import { runAnalyze } from '../lib/cli/analyze.js';
import { cli } from '../lib/cli/argv.js';
import { main } from '../lib/cli/main.js';

const argv = cli('perf-analyze', 'find hotspots in profile records read from stdin', hideBin(process.argv))
  .options({
    top: { type: 'number', default: 20, describe: 'How many functions to list per view' },
    'sample-type': { type: 'string', describe: 'Sample type to rank by (default: the profile default, as pprof)' },
  })
  .example('perf-collect --input cpu.pb.gz | $0 --top 10', 'top 10 functions')
  .parseSync();

await main('perf-analyze', (io) => runAnalyze({ top: argv.top, sampleType: argv['sample-type'], verbose: argv.verbose }, io));
