// One pass over the samples that charges every sample to exactly one group:
// (nearest user function, rule). The nearest user function is the leaf-most
// user frame, as lib/analysis/locate.ts names it (a module's top level, an
// anonymous callback folded into its caller); the rule is that of the non-user frame nearest to it that a
// rule recognises (encoding/json beats the mallocgc it calls), else that of
// the user function's hot line (work V8 inlined into it), else none. Since
// each sample lands in one group, group shares never add up past 100%.

import { functionKey, type Profile, type ProfileKind } from '../model/profile.js';
import { RULES } from '../rules/catalog.js';
import { frameRule, rulesFor, sourceRule } from '../rules/match.js';
import { locateLine } from './js-functions.js';
import { jsIndexOf } from './js-names.js';
import { locate, type LocateContext } from './locate.js';
import { frameOrigins, type Origin, type OriginOptions } from './origin.js';
import { packageOf } from './package.js';

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
  /**
   * The same for the samples whose line says where the time went: the charged
   * frame was the leaf, or a source rule read the line. (A V8 caller frame
   * carries the function's first line, which may be a comment.)
   */
  ownLines: Map<number, number>;
  /** Function id of each recognised frame -> value. */
  hits: Map<number, number>;
  /** The sample that contributed most: its stack is the group's call path. */
  heaviest: number;
  /** Value per thread state (the pprof label `state`: running, sleeping, io, lock, ...), when samples carry it. */
  states: Map<string, number>;
  /** Value spent in each dependency (package) between the charged function and the leaf. */
  deps: Map<string, number>;
  /** How the charged location was chosen, when it is not simply the leaf-most user frame. */
  notes: Set<string>;
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
  /** How frames are classed; from the profile's format (analyze-profile's originOptionsOfFormat), which says what a frame without a file is. */
  origin: OriginOptions;
  /** Lines of a source file when readable (for source rules), else undefined. */
  source?: (file: string) => readonly string[] | undefined;
}

/** The pprof label that carries a sample's thread state (docs/contracts.md, "Thread states"). */
export const STATE_LABEL = 'state';

function countIndex(profile: Profile): number {
  return profile.sampleTypes.findIndex((t) => t.unit === 'count');
}

export function attribute(profile: Profile, options: AttributeOptions): Attribution {
  const rules = rulesFor(options.kind);
  const ruleIndex = new Map(RULES.map((r, i) => [r, i]));
  const yields = RULES.map((r) => r.match.yields === true);
  const functions: FunctionRef[] = [];
  const fnIds = new Map<string, number>();
  const frameFn = new Int32Array(profile.frames.length);
  const origins: Origin[] = frameOrigins(profile, options.origin);
  const frameRuleIdx = new Int32Array(profile.frames.length);
  profile.frames.forEach((frame, id) => {
    const key = functionKey(frame);
    let fn = fnIds.get(key);
    if (fn === undefined) fnIds.set(key, (fn = functions.push({ name: frame.name, file: frame.file }) - 1));
    frameFn[id] = fn;
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

  const fnIdOf = (name: string, file: string): number => {
    const key = `${name}\u0000${file}`;
    let fn = fnIds.get(key);
    if (fn === undefined) fnIds.set(key, (fn = functions.push({ name, file }) - 1));
    return fn;
  };
  const enclosing = new Map<number, string | undefined>();
  const located: LocateContext = {
    frameOf: (id) => profile.frames[id]!,
    originOf: (id) => origins[id]!,
    enclosingOf: (id) => {
      if (enclosing.has(id)) return enclosing.get(id);
      const frame = profile.frames[id]!;
      const index = frame.line > 0 ? jsIndexOf(frame.file, options.source) : undefined;
      const where = index ? locateLine(index, frame.line) : undefined;
      const name = where?.kind === 'callback' ? where.enclosing : undefined;
      enclosing.set(id, name);
      return name;
    },
  };
  const nearestDependency = (stack: readonly number[], anchor: number): number => {
    for (let i = anchor - 1; i >= 0; i--) if (origins[stack[i]!] === 'dependency') return i;
    return -1;
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
        if (!yields[r]) break;
      }
    }
    const where = user ? locate(stack, anchor, located) : undefined;
    let line = -1;
    if (rule < 0 && user) ({ rule, line } = lineRule(stack[where!.lineFrom]!));
    const own = (where !== undefined && where.lineFrom === 0) || (line >= 0 && rule >= 0);
    const chargedFrame = where ? stack[where.charged]! : hit >= 0 ? hit : stack[0]!;
    const fn = where?.name ? fnIdOf(where.name, profile.frames[chargedFrame]!.file) : frameFn[chargedFrame]!;
    const key = fn * width + (rule + 1) * 2 + (user ? 1 : 0);
    let group = groups.get(key);
    if (!group) {
      group = { fn, user, rule, value: 0, samples: 0, lines: new Map(), ownLines: new Map(), hits: new Map(), heaviest: sampleNo, states: new Map(), deps: new Map(), notes: new Set() };
      groups.set(key, group);
      heaviestValue.set(group, value);
    }
    group.value += value;
    group.samples += counts >= 0 ? sample.values[counts] ?? 0 : 1;
    if (line < 0) line = profile.frames[where ? stack[where.lineFrom]! : chargedFrame]!.line;
    group.lines.set(line, (group.lines.get(line) ?? 0) + value);
    if (own) group.ownLines.set(line, (group.ownLines.get(line) ?? 0) + value);
    if (where?.note) group.notes.add(where.note);
    const state = sample.labels?.[STATE_LABEL];
    if (state !== undefined) group.states.set(state, (group.states.get(state) ?? 0) + value);
    if (user) {
      const dep = nearestDependency(stack, anchor);
      if (dep >= 0) {
        const name = packageOf(profile.frames[stack[dep]!]!, 'dependency', options.origin.sourceRoot);
        group.deps.set(name, (group.deps.get(name) ?? 0) + value);
      }
    }
    if (hit >= 0) group.hits.set(frameFn[hit]!, (group.hits.get(frameFn[hit]!) ?? 0) + value);
    if (value > heaviestValue.get(group)!) {
      heaviestValue.set(group, value);
      group.heaviest = sampleNo;
    }
  });
  return { total, functions, frameFn, origins, groups: [...groups.values()] };
}
