// perf-analyze's own flags, shared by its bin and by perf-profiler's (which
// routes them to perf-analyze through lib/cli/routing.ts).

export const ANALYZE_FLAGS = {
  'source-root': { type: 'string', describe: 'Project root: user code lives here; source excerpts are read from here (default: .)' },
  'user-code': { type: 'string', describe: 'Regex on frame file or name: matching frames are user code (overrides the path rules)' },
  focus: { type: 'string', describe: 'Keep only samples with a frame matching this regex (pprof -focus)' },
  ignore: { type: 'string', describe: 'Drop samples with a frame matching this regex (pprof -ignore)' },
  hide: { type: 'string', describe: 'Remove frames matching this regex from stacks (pprof -hide)' },
  baseline: { type: 'string', describe: "A previous run's run.ndjson: compare like profiles and metrics with it" },
  'fail-on-regression': { type: 'number', describe: 'With --baseline: exit 3 when the main metric or a top function regressed by more than PCT percent' },
} as const;
