// The strategy catalog: for every id in lib/rules/strategy-ids.ts, what the
// user should do, how to guard the gain, where it holds, and its prior local
// speed-up. The data lives in strategies/, one file per area; the measured
// factors come from the calibration corpus (lib/plan/calibration), and the
// priors here serve only strategies the corpus has no pair for.

import type { Runtime } from '../rules/types.js';
import type { StrategyId } from '../rules/strategy-ids.js';
import { ALGORITHM_STRATEGIES } from './strategies/algorithms.js';
import { CONCURRENCY_STRATEGIES } from './strategies/concurrency.js';
import { IO_STRATEGIES } from './strategies/io.js';
import { LEAK_STRATEGIES } from './strategies/leaks.js';
import { MEMORY_STRATEGIES } from './strategies/memory.js';
import { REGEX_JSON_STRATEGIES } from './strategies/regex-json.js';
import { WAIT_STRATEGIES } from './strategies/waits.js';
import type { StrategyEntry } from './strategies/types.js';

export type { Range, Removal, SourceKind, StrategyEntry } from './strategies/types.js';

export const STRATEGIES: Record<StrategyId, StrategyEntry> = {
  ...REGEX_JSON_STRATEGIES,
  ...IO_STRATEGIES,
  ...MEMORY_STRATEGIES,
  ...ALGORITHM_STRATEGIES,
  ...CONCURRENCY_STRATEGIES,
  ...LEAK_STRATEGIES,
  ...WAIT_STRATEGIES,
};

/** Does the strategy hold for code on this runtime? (unknown runtime: yes). */
export function holdsFor(id: StrategyId, runtime: Runtime | undefined): boolean {
  const runtimes = STRATEGIES[id].runtimes;
  return runtime === undefined || runtimes === undefined || runtimes.includes(runtime);
}

/** The strategy's texts in the idiom of the runtime. */
export function strategyFor(id: StrategyId, runtime: Runtime | undefined): StrategyEntry {
  const entry = STRATEGIES[id];
  const own = runtime ? entry.byRuntime?.[runtime] : undefined;
  return own ? { ...entry, ...own } : entry;
}

export interface CodeContext {
  fn: string;
  at: string;
  caller?: { fn: string; at: string };
}

/** Fill a template with the user's function, location and caller. */
export function fill(template: string, ctx: CodeContext): string {
  const callerClause = ctx.caller ? `, where it is called from ${ctx.caller.fn} (${ctx.caller.at})` : '';
  return template
    .replace(/\{callerClause\}/g, callerClause)
    .replace(/\{fn\}/g, ctx.fn)
    .replace(/\{at\}/g, ctx.at)
    .replace(/\{caller\}/g, ctx.caller?.fn ?? 'its caller')
    .replace(/\{callerAt\}/g, ctx.caller?.at ?? '');
}
