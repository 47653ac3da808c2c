#!/usr/bin/env node
import { hideBin } from 'yargs/helpers';
import { cli } from '../lib/cli/argv.js';
import { runCollect } from '../lib/cli/collect.js';
import { COLLECT_FLAGS } from '../lib/cli/flags.js';
import { main } from '../lib/cli/main.js';

const argv = cli('perf-collect', 'import profiles, or run the application under a profiler, and emit NDJSON records', hideBin(process.argv))
  .options(COLLECT_FLAGS)
  .example('$0 --input cpu.pb.gz | perf-analyze', 'import a pprof profile')
  .example('$0 --run-profile --scenario api-stress-test > run.ndjson', 'run a scenario of perf-scenarios.json under its profiler')
  .example('$0 --run-profile -- node job.js', 'profile a command ad hoc (the program is the workload)')
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
    },
    io,
  ),
);
