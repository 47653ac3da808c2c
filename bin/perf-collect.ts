#!/usr/bin/env node
import { hideBin } from 'yargs/helpers';
import { cli } from '../lib/cli/argv.js';
import { runCollect } from '../lib/cli/collect.js';
import { main } from '../lib/cli/main.js';

const argv = cli('perf-collect', 'import profiles, or run the application under a profiler, and emit NDJSON records', hideBin(process.argv))
  .options({
    input: { type: 'string', array: true, default: [], describe: 'Profile file to import (repeatable; - for stdin)' },
    format: { type: 'string', describe: 'Force the input format instead of detecting it' },
    'run-id': { type: 'string', describe: 'Run id (default: time and a hash of the inputs)' },
    'run-profile': { type: 'boolean', default: false, describe: 'Run the application under a profiler while a scenario drives it' },
    scenario: { type: 'string', describe: 'Scenario name from the scenarios file' },
    profiler: { type: 'string', describe: 'Profiler to attach (node, pprof, perf, jfr, python, cprofile, jprofiler)' },
    config: { type: 'string', describe: 'Scenarios file (default: perf-scenarios.json)' },
  })
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
      command: (argv['--'] as string[] | undefined) ?? argv._.map(String),
      dryRun: argv['dry-run'],
      verbose: argv.verbose,
    },
    io,
  ),
);
