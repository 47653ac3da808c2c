// One pass over the samples that charges every sample to exactly one group:
// (nearest user function, rule). The nearest user function is the leaf-most
// user frame; the rule is that of the non-user frame nearest to it that a
// rule recognises (encoding/json beats the mallocgc it calls), else that of
// the user function's hot line (work V8 inlined into it), else none. Since
// each sample lands in one group, group shares never add up past 100%.

import { functionKey, type Profile, type ProfileKind } from '../model/profile.js';
import { RULES } from '../rules/catalog.js';
import { frameRule, rulesFor, sourceRule } from '../rules/match.js';
import { originOf, type Origin, type OriginOptions } from './origin.js';

export interface FunctionRef {
  name: string;
  file: string;
}

export interface Group {
  /** Function id of the user function charged, or of the matched frame when no user frame is on the stack. */
  fn: number;
  /** True when `fn` is user code. */
  user: boolean;
  /** Index into RULES, or -1 when no rule recognised the samples. */
  rule: number;
  value: number;
  samples: number;
  /** Line of the charged function's frame -> value. */
  lines: Map<number, number>;
  /** Function id of each recognised frame -> value. */
  hits: Map<number, number>;
  /** The sample that contributed most: its stack is the group's call path. */
  heaviest: number;
}

export interface Attribution {
  total: number;
  functions: FunctionRef[];
  /** Function id of each frame. */
  frameFn: Int32Array;
  origins: Origin[];
  groups: Group[];
}

export interface AttributeOptions {
  kind: ProfileKind;
  sampleIndex: number;
  origin: OriginOptions;
  /** Lines of a source file when readable (for source rules), else undefined. */
  source?: (file: string) => readonly string[] | undefined;
}

/** Profiles in which no frame has a file (folded stacks, some JFR) name user functions by name alone. */
function originOptionsFor(profile: Profile, base: OriginOptions): OriginOptions {
  if (base.noFile) return base;
  return profile.frames.some((f) => f.file !== '') ? base : { ...base, noFile: 'user' };
}

function countIndex(profile: Profile): number {
  return profile.sampleTypes.findIndex((t) => t.unit === 'count');
}

export function attribute(profile: Profile, options: AttributeOptions): Attribution {
  const rules = rulesFor(options.kind);
  const ruleIndex = new Map(RULES.map((r, i) => [r, i]));
  const originOptions = originOptionsFor(profile, options.origin);
  const functions: FunctionRef[] = [];
  const fnIds = new Map<string, number>();
  const frameFn = new Int32Array(profile.frames.length);
  const origins: Origin[] = [];
  const frameRuleIdx = new Int32Array(profile.frames.length);
  profile.frames.forEach((frame, id) => {
    const key = functionKey(frame);
    let fn = fnIds.get(key);
    if (fn === undefined) fnIds.set(key, (fn = functions.push({ name: frame.name, file: frame.file }) - 1));
    frameFn[id] = fn;
    origins[id] = originOf(frame, originOptions);
    const rule = origins[id] === 'user' ? undefined : frameRule(frame, rules);
    frameRuleIdx[id] = rule ? ruleIndex.get(rule)! : -1;
  });
  // Per user frame: the source rule of its line (or of a line in its body) and that line.
  const sourceRuleIdx = new Map<number, { rule: number; line: number }>();
  const lineRule = (frameId: number): { rule: number; line: number } => {
    let r = sourceRuleIdx.get(frameId);
    if (r === undefined) {
      const frame = profile.frames[frameId]!;
      const hit = options.source && frame.line > 0 ? sourceRule(frame.file, options.source(frame.file), frame.line, rules) : undefined;
      sourceRuleIdx.set(frameId, (r = hit ? { rule: ruleIndex.get(hit.rule)!, line: hit.line } : { rule: -1, line: frame.line }));
    }
    return r;
  };

  const counts = countIndex(profile);
  const groups = new Map<number, Group>();
  const heaviestValue = new Map<Group, number>();
  const width = (RULES.length + 1) * 2;
  let total = 0;
  profile.samples.forEach((sample, sampleNo) => {
    const value = sample.values[options.sampleIndex] ?? 0;
    const stack = sample.stack;
    if (value === 0 || stack.length === 0) return;
    total += value;
    let anchor = 0;
    while (anchor < stack.length && origins[stack[anchor]!] !== 'user') anchor++;
    const user = anchor < stack.length;
    let rule = -1;
    let hit = -1;
    for (let i = (user ? anchor : stack.length) - 1; i >= 0; i--) {
      const r = frameRuleIdx[stack[i]!]!;
      if (r >= 0) {
        rule = r;
        hit = stack[i]!;
        break;
      }
    }
    let line = -1;
    if (rule < 0 && user) ({ rule, line } = lineRule(stack[anchor]!));
    const chargedFrame = user ? stack[anchor]! : hit >= 0 ? hit : stack[0]!;
    const fn = frameFn[chargedFrame]!;
    const key = fn * width + (rule + 1) * 2 + (user ? 1 : 0);
    let group = groups.get(key);
    if (!group) {
      group = { fn, user, rule, value: 0, samples: 0, lines: new Map(), hits: new Map(), heaviest: sampleNo };
      groups.set(key, group);
      heaviestValue.set(group, value);
    }
    group.value += value;
    group.samples += counts >= 0 ? sample.values[counts] ?? 0 : 1;
    if (line < 0) line = profile.frames[chargedFrame]!.line;
    group.lines.set(line, (group.lines.get(line) ?? 0) + value);
    if (hit >= 0) group.hits.set(frameFn[hit]!, (group.hits.get(frameFn[hit]!) ?? 0) + value);
    if (value > heaviestValue.get(group)!) {
      heaviestValue.set(group, value);
      group.heaviest = sampleNo;
    }
  });
  return { total, functions, frameFn, origins, groups: [...groups.values()] };
}
