// Which perf-profiler flag goes to which stage, derived from the stages' own
// flag sets (lib/cli/flags.ts), so a new stage flag needs no edit here.

import { STAGE_FLAGS } from './flags.js';
import type { StageName } from './profiler.js';

export const ALL_STAGES: StageName[] = ['perf-collect', 'perf-analyze', 'perf-plan', 'perf-apply'];

/** Universal flags go to every stage; each stage's own flags to it alone. */
export const FLAG_ROUTES: Record<string, StageName[]> = {
  'dry-run': ALL_STAGES,
  apply: ALL_STAGES,
  verbose: ALL_STAGES,
  ...Object.fromEntries(ALL_STAGES.flatMap((stage) => Object.keys(STAGE_FLAGS[stage]).map((flag) => [flag, [stage]]))),
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
