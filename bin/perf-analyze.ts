#!/usr/bin/env node
import { hideBin } from 'yargs/helpers';
import { runAnalyze } from '../lib/cli/analyze.js';
import { ANALYZE_FLAGS, OUTPUT_FLAGS, wantsSummary } from '../lib/cli/flags.js';
import { cli } from '../lib/cli/argv.js';
import { main } from '../lib/cli/main.js';

const argv = cli('perf-analyze', hideBin(process.argv))
  .options({ ...ANALYZE_FLAGS, ...OUTPUT_FLAGS })
  .conflicts('ndjson', 'summary')
  .parseSync();

await main('perf-analyze', (io) => runAnalyze(
    {
      top: argv.top,
      sampleType: argv['sample-type'],
      verbose: argv.verbose,
      sourceRoot: argv['source-root'],
      userCode: argv['user-code'],
      focus: argv.focus,
      ignore: argv.ignore,
      hide: argv.hide,
      baseline: argv.baseline,
      failOnRegression: argv['fail-on-regression'],
      memoryLimit: argv['memory-limit'],
      summary: wantsSummary(io.stdout, argv),
    },
    io,
  ));
