// The stages' run() functions called in-process, each one's stdout fed to the
// next as stdin: the pipeline without a subprocess, for the cli/ tests.

import { runAnalyze, type AnalyzeOptions } from '../../lib/cli/analyze.js';
import { runCollect, type CollectOptions } from '../../lib/cli/collect.js';
import { runPlan, type PlanOptions } from '../../lib/cli/plan.js';
import { testIO } from '../test-io.js';

export const PINNED_NOW = Date.UTC(2030, 0, 1);

export interface StageResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function stage(run: (io: ReturnType<typeof testIO>['io']) => Promise<number>, stdin?: string, cwd?: string): Promise<StageResult> {
  const t = testIO({ now: PINNED_NOW, ...(stdin !== undefined ? { stdin } : {}), ...(cwd ? { cwd } : {}) });
  const code = await run(t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

export function collect(input: string[], options: Partial<CollectOptions> = {}, cwd?: string): Promise<StageResult> {
  return stage((io) => runCollect({ input, runProfile: false, command: [], dryRun: false, verbose: false, ...options }, io), undefined, cwd);
}

export function analyze(stdin: string, options: Partial<AnalyzeOptions> = {}, cwd?: string): Promise<StageResult> {
  return stage((io) => runAnalyze({ top: 10, verbose: false, ...options }, io), stdin, cwd);
}

export function plan(stdin: string, options: Partial<PlanOptions> = {}, cwd?: string): Promise<StageResult> {
  return stage((io) => runPlan({ minGain: 0, verbose: false, ...options }, io), stdin, cwd);
}

export function records(text: string): Record<string, any>[] {
  return text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
}

export function apply(stdin: string, options: Partial<import('../../lib/cli/apply.js').ApplyOptions> & { root: string }, cwd?: string): Promise<StageResult> {
  return stage(async (io) => (await import('../../lib/cli/apply.js')).runApply({ dryRun: false, apply: false, verbose: false, ...options }, io), stdin, cwd);
}
