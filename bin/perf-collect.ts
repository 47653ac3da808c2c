#!/usr/bin/env node
import { hideBin } from 'yargs/helpers';
import { cli } from '../lib/cli/argv.js';
import { runCollect } from '../lib/cli/collect.js';
import { COLLECT_FLAGS, OUTPUT_FLAGS, wantsSummary } from '../lib/cli/flags.js';
import { main } from '../lib/cli/main.js';

const argv = cli('perf-collect', hideBin(process.argv), '$0 [options] [-- CMD ARGS...]')
  .options({ ...COLLECT_FLAGS, ...OUTPUT_FLAGS })
  .conflicts('ndjson', 'summary')
  .parseSync();

await main('perf-collect', (io) =>
  runCollect(
    {
      input: argv.input.map(String),
      format: argv.format,
      runId: argv['run-id'],
      runProfile: argv['run-profile'],
      scenario: argv.scenario,
      profiler: argv.profiler,
      config: argv.config,
      ...(argv.repeat !== undefined ? { repeat: argv.repeat } : {}),
      command: (argv['--'] as string[] | undefined) ?? argv._.map(String),
      dryRun: argv['dry-run'],
      verbose: argv.verbose,
      summary: wantsSummary(io.stdout, argv),
    },
    io,
  ),
);
