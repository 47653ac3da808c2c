// The one matcher every rule goes through. A rule is data (lib/rules/types.ts);
// this module answers, for a frame, a source line or a group of samples,
// which rule applies and whether the group carries enough weight for it.

import type { Frame, ProfileKind } from '../model/profile.js';
import { RULES } from './catalog.js';
import { MIN_SAMPLES } from './thresholds.js';
import type { Rule, Runtime, Verdict } from './types.js';

/** Lines above the hot line that `context` may match (a `for` header a few lines up). */
export const CONTEXT_LINES = 4;

export interface RuleSet {
  /** Rules with a frame pattern, in catalog order. */
  frameRules: Rule[];
  /** Rules with a source pattern, in catalog order. */
  sourceRules: Rule[];
  /** What a group no rule explains is, for this kind. */
  fallback: Rule;
}

export function rulesFor(kind: ProfileKind, catalog: readonly Rule[] = RULES): RuleSet {
  const applies = catalog.filter((r) => r.match.kinds.includes(kind));
  const fallback = applies.find((r) => r.match.fallback);
  if (!fallback) throw new Error(`rule catalog has no fallback rule for ${kind} profiles`);
  return {
    frameRules: applies.filter((r) => !r.match.fallback && r.match.frame),
    sourceRules: applies.filter((r) => !r.match.fallback && r.match.source),
    fallback,
  };
}

/** The first rule whose frame (and file) pattern matches this frame. */
export function frameRule(frame: Frame, rules: RuleSet): Rule | undefined {
  return rules.frameRules.find((r) => r.match.frame!.test(frame.name) && (!r.match.file || r.match.file.test(frame.file)));
}

/** Lines of a function body read when the profile only knows where the function starts (cProfile, V8 callers). */
export const BODY_LINES = 80;

const HEADER = /^\s*(?:(?:async\s+)?def\s|(?:export\s+)?(?:async\s+)?function\b|func\s)/;
export const RUNTIME_OF_EXT: Record<string, Runtime> = { js: 'node', mjs: 'node', cjs: 'node', ts: 'node', py: 'python', go: 'go', java: 'java', c: 'native', cc: 'native', cpp: 'native', rs: 'native' };

function ruleAt(lines: readonly string[], line: number, candidates: Rule[]): Rule | undefined {
  const text = lines[line - 1];
  if (text === undefined) return undefined;
  const above = lines.slice(Math.max(0, line - 1 - CONTEXT_LINES), line).join('\n');
  return candidates.find((r) => r.match.source!.test(text) && (!r.match.context || r.match.context.test(above)));
}

/**
 * The first rule whose source pattern matches the line (and whose context
 * matches just above it), among the rules for the file's language. When the
 * line is a function header, the body is read instead, line by line, up to
 * the first line indented no deeper than the header.
 */
export function sourceRule(file: string, lines: readonly string[] | undefined, line: number, rules: RuleSet): { rule: Rule; line: number } | undefined {
  if (!lines || lines[line - 1] === undefined) return undefined;
  const runtime = RUNTIME_OF_EXT[/\.(\w+)$/.exec(file)?.[1] ?? ''];
  const candidates = runtime ? rules.sourceRules.filter((r) => r.runtimes.includes(runtime)) : rules.sourceRules;
  const header = lines[line - 1]!;
  if (!HEADER.test(header)) {
    const rule = ruleAt(lines, line, candidates);
    return rule && { rule, line };
  }
  const depth = /^\s*/.exec(header)![0].length;
  for (let n = line + 1; n <= Math.min(lines.length, line + BODY_LINES); n++) {
    const text = lines[n - 1]!;
    if (text.trim() !== '' && /^\s*/.exec(text)![0].length <= depth) break;
    const rule = ruleAt(lines, n, candidates);
    if (rule) return { rule, line: n };
  }
  return undefined;
}

export interface GroupWeight {
  /** Percent of the profile's total. */
  sharePct: number;
  /** Samples in the group (the count sample type, else distinct stacks). */
  samples: number;
}

/** Does this group carry enough weight for the rule to name its cause? */
export function verdict(rule: Rule, group: GroupWeight): Verdict {
  if (group.sharePct < rule.minShare.value) return 'no-match';
  return group.samples < MIN_SAMPLES.value ? 'not-enough-data' : 'match';
}
