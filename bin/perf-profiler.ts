#!/usr/bin/env node
import { hideBin } from 'yargs/helpers';
import { ANALYZE_FLAGS, APPLY_FLAGS, COLLECT_FLAGS, OUTPUT_FLAGS, PLAN_FLAGS, wantsSummary, withoutDefaults } from '../lib/cli/flags.js';
import { cli } from '../lib/cli/argv.js';
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

await main('perf-profiler', async (io) => {
  const passthrough = ((argv['--'] as unknown[] | undefined) ?? []).map(String);
  // Imported only here: lib/cli/collect.js brings every importer, which this process never runs.
  if (!argv['run-profile'] && !(argv.input?.length)) throw usage((await import('../lib/cli/collect.js')).NOTHING_TO_DO);
  return runProfiler({ stageArgs: routeFlags(argv as Record<string, unknown>, passthrough), summary: wantsSummary(io.stdout, argv) }, io);
});
