// What the evidence of a finding says about how much a fix can remove, in the
// few classes the calibration corpus is keyed by: the complexity of the cause
// (from the rule that named it, or from recheck's verdict on a hot regex), and
// for allocation fixes whether the run's GC time is significant. The same
// function labels the corpus pairs (bench/calibration) and a user's finding,
// so a factor is always looked up by evidence read the same way.

import { GC_TIME } from '../../rules/thresholds.js';
import { RUNTIME_OF_EXT } from '../../rules/match.js';
import type { Runtime } from '../../rules/types.js';
import type { RegexPattern, RegexRisk } from '../../rules/regex-risk.js';

/** exponential and polynomial: a backtracking regex; quadratic and superlinear: work per item that grows with n; per-call: a constant cost per call. */
export type Complexity = 'exponential' | 'polynomial' | 'quadratic' | 'superlinear' | 'per-call';

export interface Evidence {
  complexity: Complexity;
  /** GC share of CPU in the run (percent), when it has a CPU profile. */
  gcPct?: number;
  /** The hot regex, when the finding's line uses one. */
  regex?: RegexRisk;
}

/** Rules whose cause has a known complexity class (regex rules are decided by recheck). */
const RULE_COMPLEXITY: Record<string, Complexity> = {
  'node-linear-search': 'quadratic',
  'java-linear-search': 'quadratic',
  'py-list-search': 'quadratic',
  'py-membership-source': 'quadratic',
  'go-string-concat': 'quadratic',
  'java-string-building': 'quadratic',
  'native-string-ops': 'quadratic',
  'node-sort-in-loop': 'superlinear',
  'go-sort': 'superlinear',
  'java-sort': 'superlinear',
  'py-sort': 'superlinear',
};

/** Frames that are the garbage collector's own time, per runtime. */
const GC_FRAME = /^(?:\(garbage collector\)|runtime\.(?:gcBgMarkWorker|gcDrain\w*|gcAssistAlloc\w*|bgsweep|sweepone|markroot\w*|scanobject)|G1\w*::|GC|gc_collect\w*)$/;

/** Strategies whose factor depends on the GC share: the allocation they remove is paid again in collection. */
export const GC_SENSITIVE = new Set(['reduce-allocations', 'reuse-buffers', 'object-pooling', 'tune-gc', 'avoid-deep-clone']);

export interface FindingLike {
  ruleId?: string;
  cause?: string;
  file: string;
}

export interface SelfShare {
  function: string;
  kind: string;
  by: string;
  selfPct: number;
}

export function gcShare(hotspots: readonly SelfShare[]): number | undefined {
  const cpu = hotspots.filter((h) => h.kind === 'cpu' && h.by === 'self');
  if (cpu.length === 0) return undefined;
  return Math.round(cpu.filter((h) => GC_FRAME.test(h.function)).reduce((s, h) => s + h.selfPct, 0) * 100) / 100;
}

export function complexityOf(finding: FindingLike, regex?: RegexRisk): Complexity {
  if (regex?.complexity === 'exponential') return 'exponential';
  if (regex?.complexity === 'polynomial') return 'polynomial';
  return RULE_COMPLEXITY[finding.ruleId ?? ''] ?? 'per-call';
}

export function evidenceOf(finding: FindingLike, hotspots: readonly SelfShare[], regex?: RegexRisk): Evidence {
  const gcPct = gcShare(hotspots);
  return { complexity: complexityOf(finding, regex), ...(gcPct !== undefined ? { gcPct } : {}), ...(regex ? { regex } : {}) };
}

/** The class a factor is looked up by: the complexity, and for GC-sensitive strategies whether GC is significant. */
export function evidenceKey(strategy: string, e: Pick<Evidence, 'complexity' | 'gcPct'>): string {
  if (!GC_SENSITIVE.has(strategy) || e.gcPct === undefined) return e.complexity;
  return `${e.complexity}, ${e.gcPct >= GC_TIME.value ? 'gc-heavy' : 'gc-light'}`;
}

/** The runtime of code in this file, by its extension. */
export function runtimeOfFile(file: string): Runtime | undefined {
  return RUNTIME_OF_EXT[/\.(\w+)$/.exec(file)?.[1] ?? ''];
}

/** Lines after the finding's line searched for a pattern when the line itself has none (the function's body). */
const BODY_LINES = 20;

/**
 * The riskiest regex the finding's code uses, checked by recheck; undefined
 * when it uses none, or on Go (RE2 never backtracks: nothing to detect).
 * `frameNames` may carry V8's `RegExp: <pattern>` frames, which name the pattern.
 */
export async function regexOf(
  finding: FindingLike & { line: number },
  lines: readonly string[] | undefined,
  runtime: Runtime | undefined,
  frameNames: readonly string[] = [],
): Promise<RegexRisk | undefined> {
  if (runtime === 'go') return undefined;
  const { assessPattern, patternsUsedAt, worstRisk } = await import('../../rules/regex-risk.js');
  const patterns: RegexPattern[] = [];
  if (lines) {
    for (let n = finding.line; n <= Math.min(lines.length, finding.line + BODY_LINES) && patterns.length === 0; n++) patterns.push(...patternsUsedAt(lines, n, runtime));
  }
  if (patterns.length === 0) patterns.push(...frameNames.filter((n) => n.startsWith('RegExp: ')).map((n) => ({ source: n.slice('RegExp: '.length), flags: '', line: finding.line })));
  if (patterns.length === 0) return undefined;
  return worstRisk(await Promise.all(patterns.map(assessPattern)));
}
