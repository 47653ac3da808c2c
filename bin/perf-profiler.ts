#!/usr/bin/env node
import { hideBin } from 'yargs/helpers';
import { ANALYZE_FLAGS } from '../lib/cli/analyze-flags.js';
import { cli } from '../lib/cli/argv.js';
import { NOTHING_TO_DO } from '../lib/cli/collect.js';
import { main } from '../lib/cli/main.js';
import { runProfiler } from '../lib/cli/profiler.js';
import { routeFlags } from '../lib/cli/routing.js';
import { usage } from '../lib/errors.js';

const argv = cli('perf-profiler', 'collect, analyze, plan and write a performance report in one command', hideBin(process.argv))
  .parserConfiguration({ 'populate--': true })
  .options({
    input: { type: 'string', array: true, describe: 'Profile file to import (repeatable)' },
    format: { type: 'string', describe: 'Force the input format' },
    'run-id': { type: 'string', describe: 'Run id' },
    'run-profile': { type: 'boolean', default: false, describe: 'Run the application under a profiler while a scenario drives it' },
    scenario: { type: 'string', describe: 'Scenario name from the scenarios file' },
    profiler: { type: 'string', describe: 'Profiler to attach' },
    config: { type: 'string', describe: 'Scenarios file' },
    top: { type: 'number', describe: 'Functions per hotspot view' },
    'sample-type': { type: 'string', describe: 'Sample type to rank by' },
    ...ANALYZE_FLAGS,
    'min-gain': { type: 'number', describe: 'Minimum expected gain (percent) for plan items' },
    root: { type: 'string', describe: 'Project root for .spec/reports/' },
  })
  .example('$0 --input cpu.pb.gz', 'report on an existing profile')
  .example('$0 --run-profile --scenario api-stress-test', 'profile a scenario of perf-scenarios.json and write its report')
  .parseSync();

await main('perf-profiler', (io) => {
  const passthrough = ((argv['--'] as unknown[] | undefined) ?? []).map(String);
  if (!argv['run-profile'] && !(argv.input?.length)) throw usage(NOTHING_TO_DO);
  return runProfiler({ stageArgs: routeFlags(argv as Record<string, unknown>, passthrough) }, io);
});
