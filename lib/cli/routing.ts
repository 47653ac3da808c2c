// Which perf-profiler flag goes to which stage, derived from the stages' own
// flag sets (lib/cli/flags.ts), so a new stage flag needs no edit here.

import { STAGE_FLAGS } from './flags.js';
import type { StageName } from './profiler.js';

export const ALL_STAGES: StageName[] = ['perf-collect', 'perf-analyze', 'perf-plan', 'perf-apply'];

/** Stage flags by name: a flag two stages both have (--root: perf-plan reads the run folders perf-apply writes) goes to both. */
function stageRoutes(): Record<string, StageName[]> {
  const routes: Record<string, StageName[]> = {};
  for (const stage of ALL_STAGES) for (const flag of Object.keys(STAGE_FLAGS[stage])) (routes[flag] ??= []).push(stage);
  return routes;
}

/** Universal flags go to every stage; each stage's own flags to it alone. */
export const FLAG_ROUTES: Record<string, StageName[]> = {
  'dry-run': ALL_STAGES,
  apply: ALL_STAGES,
  verbose: ALL_STAGES,
  ...stageRoutes(),
};

/**
 * Repeats of a verification run (--run-profile with --baseline) unless --repeat says: three fresh
 * processes give the between-run spread an A/A comparison needs on a shared 2-core machine
 * (README "Noise"), at three times the run's length.
 */
export const VERIFY_REPEATS = 3;

/** Turn parsed flags into argv per stage; booleans appear only when true. */
export function routeFlags(given: Record<string, unknown>, passthrough: string[]): Record<StageName, string[]> {
  const verifying = given['run-profile'] === true && given['baseline'] !== undefined && given['repeat'] === undefined;
  const values = verifying ? { ...given, repeat: VERIFY_REPEATS } : given;
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
