// Which perf-profiler flag goes to which stage. One table, so adding a flag to
// a stage means adding one line here and one option in the orchestrator bin.

import type { StageName } from './profiler.js';

export const ALL_STAGES: StageName[] = ['perf-collect', 'perf-analyze', 'perf-plan', 'perf-apply'];

export const FLAG_ROUTES: Record<string, StageName[]> = {
  'dry-run': ALL_STAGES,
  apply: ALL_STAGES,
  verbose: ALL_STAGES,
  input: ['perf-collect'],
  format: ['perf-collect'],
  'run-id': ['perf-collect'],
  'run-profile': ['perf-collect'],
  scenario: ['perf-collect'],
  profiler: ['perf-collect'],
  config: ['perf-collect'],
  top: ['perf-analyze'],
  'sample-type': ['perf-analyze'],
  'source-root': ['perf-analyze'],
  'user-code': ['perf-analyze'],
  focus: ['perf-analyze'],
  ignore: ['perf-analyze'],
  hide: ['perf-analyze'],
  baseline: ['perf-analyze'],
  'fail-on-regression': ['perf-analyze'],
  'min-gain': ['perf-plan'],
  root: ['perf-apply'],
};

/** Turn parsed flags into argv per stage; booleans appear only when true. */
export function routeFlags(values: Record<string, unknown>, passthrough: string[]): Record<StageName, string[]> {
  const args: Record<StageName, string[]> = { 'perf-collect': [], 'perf-analyze': [], 'perf-plan': [], 'perf-apply': [] };
  for (const [flag, stages] of Object.entries(FLAG_ROUTES)) {
    const value = values[flag];
    if (value === undefined || value === false) continue;
    const words = value === true ? [`--${flag}`] : (Array.isArray(value) ? value : [value]).flatMap((v) => [`--${flag}`, String(v)]);
    for (const stage of stages) args[stage].push(...words);
  }
  if (passthrough.length > 0) args['perf-collect'].push('--', ...passthrough);
  return args;
}
