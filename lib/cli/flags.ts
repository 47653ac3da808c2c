// Every stage's own flags, defined once: each stage's bin uses its set, and
// perf-profiler offers all of them (without defaults, so a stage's own default
// applies) and routes each to its stage (lib/cli/routing.ts).

import type { StageName } from './profiler.js';

export const COLLECT_FLAGS = {
  input: { type: 'string', array: true, default: [], describe: 'Profile file to import (repeatable; - for stdin)' },
  format: { type: 'string', describe: 'Force the input format instead of detecting it' },
  'run-id': { type: 'string', describe: 'Run id (default: time and a hash of the inputs)' },
  'run-profile': { type: 'boolean', default: false, describe: 'Run the application under a profiler while a scenario drives it' },
  scenario: { type: 'string', describe: 'Scenario name from the scenarios file (default: default)' },
  profiler: { type: 'string', describe: 'Profiler to attach (node, pprof, perf, jfr, python, cprofile, jprofiler)' },
  config: { type: 'string', describe: 'Scenarios file (default: perf-scenarios.json)' },
  repeat: { type: 'number', describe: 'With --run-profile: run the scenario N times and emit one run with per-repeat samples, so comparisons know the noise (default 1; perf-profiler with --baseline: 3)' },
} as const;

export const ANALYZE_FLAGS = {
  top: { type: 'number', default: 20, describe: 'How many functions to list per view' },
  'sample-type': { type: 'string', describe: 'Sample type to rank by (default: the profile default, as pprof)' },
  'source-root': { type: 'string', describe: 'Project root: user code lives here; source excerpts are read from here (default: .)' },
  'user-code': { type: 'string', describe: 'Regex on frame file or name: matching frames are user code (overrides the path rules)' },
  focus: { type: 'string', describe: 'Keep only samples with a frame matching this regex (pprof -focus)' },
  ignore: { type: 'string', describe: 'Drop samples with a frame matching this regex (pprof -ignore)' },
  hide: { type: 'string', describe: 'Remove frames matching this regex from stacks (pprof -hide)' },
  baseline: { type: 'string', describe: "An earlier run to compare with: its run.ndjson, its run id, or latest (the newest complete run of the same scenario)" },
  'fail-on-regression': { type: 'number', describe: "With --baseline: exit 3 when a change's confidence interval lies beyond PCT percent worse, 5 when the noise is too wide to tell" },
  'memory-limit': { type: 'string', describe: 'Memory the service may use (536870912, 512MiB, 2GB): a leak finding says when it is reached (default: the cgroup limit of the run)' },
} as const;

export const PLAN_FLAGS = {
  'min-gain': { type: 'number', default: 0.5, describe: 'Keep only plan items whose expected gain is at least this percent of the main metric (the rest are listed in one diagnostic)' },
  root: { type: 'string', default: '.', describe: "Project root: the verified fixes kept in its .spec/reports/performance/ run folders are blended into the estimates" },
} as const;

export const APPLY_FLAGS = {
  root: { type: 'string', default: '.', describe: 'Project root; files go under <root>/.spec/reports/' },
} as const;

/**
 * Records or a summary on stdout (every bin): records into a pipe or a file,
 * a summary for people on a terminal, either one on request. Not a stage
 * flag: perf-profiler keeps it (its stages talk through pipes) and asks
 * perf-apply for the summary itself.
 */
export const OUTPUT_FLAGS = {
  ndjson: { type: 'boolean', describe: 'On a terminal, write the NDJSON records instead of the summary (into a pipe or a file they are the default)' },
  summary: { type: 'boolean', describe: 'Write the summary for people instead of the records, even into a pipe or a file' },
} as const;

/** The summary is for a person at a terminal, unless a flag says otherwise. */
export function wantsSummary(stdout: { isTTY?: boolean }, flags: { ndjson?: boolean; summary?: boolean }): boolean {
  if (flags.summary) return true;
  if (flags.ndjson) return false;
  return stdout.isTTY === true;
}

export const STAGE_FLAGS: Record<StageName, Record<string, { type: string; default?: unknown; describe: string }>> = {
  'perf-collect': COLLECT_FLAGS,
  'perf-analyze': ANALYZE_FLAGS,
  'perf-plan': PLAN_FLAGS,
  'perf-apply': APPLY_FLAGS,
};

/** A flag set without its defaults: perf-profiler passes on only what the user gave. */
export function withoutDefaults<T extends Record<string, object>>(flags: T): { [K in keyof T]: Omit<T[K], 'default'> } {
  return Object.fromEntries(Object.entries(flags).map(([name, spec]) => {
    const { default: _unused, ...rest } = spec as { default?: unknown };
    return [name, rest];
  })) as { [K in keyof T]: Omit<T[K], 'default'> };
}
