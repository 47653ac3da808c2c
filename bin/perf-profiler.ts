#!/usr/bin/env node
import { hideBin } from 'yargs/helpers';
import { ANALYZE_FLAGS, APPLY_FLAGS, COLLECT_FLAGS, OUTPUT_FLAGS, PLAN_FLAGS, wantsSummary, withoutDefaults } from '../lib/cli/flags.js';
import { cli } from '../lib/cli/argv.js';
import { NOTHING_TO_DO } from '../lib/cli/collect.js';
import { main } from '../lib/cli/main.js';
import { runProfiler } from '../lib/cli/profiler.js';
import { routeFlags } from '../lib/cli/routing.js';
import { usage } from '../lib/base/errors.js';

const argv = cli('perf-profiler', hideBin(process.argv), '$0 [options] [-- CMD ARGS...]')
  .parserConfiguration({ 'populate--': true })
  .options({
    ...withoutDefaults(COLLECT_FLAGS),
    'run-profile': COLLECT_FLAGS['run-profile'],
    ...withoutDefaults(ANALYZE_FLAGS),
    ...withoutDefaults(PLAN_FLAGS),
    ...withoutDefaults(APPLY_FLAGS),
    ...OUTPUT_FLAGS,
  })
  .conflicts('ndjson', 'summary')
  .parseSync();

await main('perf-profiler', (io) => {
  const passthrough = ((argv['--'] as unknown[] | undefined) ?? []).map(String);
  if (!argv['run-profile'] && !(argv.input?.length)) throw usage(NOTHING_TO_DO);
  return runProfiler({ stageArgs: routeFlags(argv as Record<string, unknown>, passthrough), summary: wantsSummary(io.stdout, argv) }, io);
});
