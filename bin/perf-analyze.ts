#!/usr/bin/env node
import { hideBin } from 'yargs/helpers';
import { runAnalyze } from '../lib/cli/analyze.js';
import { ANALYZE_FLAGS } from '../lib/cli/flags.js';
import { cli } from '../lib/cli/argv.js';
import { main } from '../lib/cli/main.js';

const argv = cli('perf-analyze', 'find hotspots in profile records read from stdin', hideBin(process.argv))
  .options(ANALYZE_FLAGS)
  .example('perf-collect --input cpu.pb.gz | $0 --top 10', 'top 10 functions')
  .example('perf-collect --input cpu.pb.gz | $0 --baseline old/run.ndjson --fail-on-regression 10', 'CI gate: exit 3 on a regression over 10%')
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
    },
    io,
  ));
