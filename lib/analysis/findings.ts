// From attribution groups to findings: each group either earns its rule (the
// share and sample count pass the rule's verdict) or falls back to its
// function's plain cause; GC time with no user frame is charged to the main
// allocator. Pure: groups in, findings out.

import { RULES } from '../rules/catalog.js';
import { rulesFor, verdict } from '../rules/match.js';
import { MIN_SAMPLES } from '../rules/thresholds.js';
import type { Rule } from '../rules/types.js';
import type { ProfileKind } from '../model/profile.js';
import type { Attribution, FunctionRef, Group } from './attribute.js';

export interface Finding {
  fn: FunctionRef;
  user: boolean;
  rule: Rule;
  value: number;
  samples: number;
  lines: Map<number, number>;
  /** Lines of the samples whose line says where the time went (see Group.ownLines). */
  ownLines: Map<number, number>;
  /** Recognised frames (function name and file) -> value. */
  hits: Map<string, { fn: FunctionRef; value: number }>;
  /** Sample index whose stack is the call path. */
  heaviest: number;
  /** Groups merged in, for the call path of the heaviest. */
  heaviestValue: number;
  notes: string[];
  /** Value each contributing rule brought: the finding is named after the biggest. */
  byRule: Map<Rule, number>;
  /** Value per thread state (sample label `state`), when the samples carry it. */
  states: Map<string, number>;
  /** Value spent inside each dependency called from here. */
  deps: Map<string, number>;
}

/** The function GC time is charged to, and how it was chosen (for the evidence). */
export interface Allocator {
  fn: FunctionRef;
  line: number;
  how: string;
}

/** Two rules that name the same cause for one function (a frame rule and a source rule) make one finding. */
const keyOf = (fn: FunctionRef, user: boolean, rule: Rule) => `${fn.name}\u0000${fn.file}\u0000${user}\u0000${rule.category}\u0000${rule.cause}`;

export function addAll<K>(into: Map<K, number>, from: ReadonlyMap<K, number>): void {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
}

function pct(value: number, total: number): number {
  return total === 0 ? 0 : (value / total) * 100;
}

export function findingsOf(a: Attribution, kind: ProfileKind, sampleValues: (i: number) => number, allocator?: Allocator): Finding[] {
  const fallback = rulesFor(kind).fallback;
  const byKey = new Map<string, Finding>();
  const add = (g: Group, fn: FunctionRef, user: boolean, rule: Rule, note?: string, atLine?: number) => {
    const key = keyOf(fn, user, rule);
    let f = byKey.get(key);
    if (!f) {
      f = { fn, user, rule, value: 0, samples: 0, lines: new Map(), ownLines: new Map(), hits: new Map(), heaviest: g.heaviest, heaviestValue: -1, notes: [], byRule: new Map(), states: new Map(), deps: new Map() };
      byKey.set(key, f);
    }
    f.value += g.value;
    f.samples += g.samples;
    f.byRule.set(rule, (f.byRule.get(rule) ?? 0) + g.value);
    f.rule = [...f.byRule].sort((x, y) => y[1] - x[1] || (x[0].id < y[0].id ? -1 : 1))[0]![0];
    for (const [line, v] of atLine === undefined ? g.lines : [[atLine, g.value] as const]) f.lines.set(line, (f.lines.get(line) ?? 0) + v);
    for (const [hitFn, v] of g.hits) {
      const ref = a.functions[hitFn]!;
      const hk = `${ref.name}\u0000${ref.file}`;
      const h = f.hits.get(hk) ?? { fn: ref, value: 0 };
      h.value += v;
      f.hits.set(hk, h);
    }
    if (atLine === undefined) addAll(f.ownLines, g.ownLines);
    addAll(f.states, g.states);
    addAll(f.deps, g.deps);
    for (const n of g.notes) if (!f.notes.includes(n)) f.notes.push(n);
    const hv = sampleValues(g.heaviest);
    if (hv > f.heaviestValue) [f.heaviest, f.heaviestValue] = [g.heaviest, hv];
    if (note && !f.notes.includes(note)) f.notes.push(note);
  };
  const charged: Group[] = [];
  for (const g of a.groups) {
    const fn = a.functions[g.fn]!;
    const rule = g.rule >= 0 ? RULES[g.rule]! : undefined;
    if (!rule) {
      add(g, fn, g.user, fallback);
      continue;
    }
    const answer = verdict(rule, { sharePct: pct(g.value, a.total), samples: g.samples });
    if (answer === 'match' && !g.user && rule.match.chargeTo === 'allocator') charged.push(g);
    else if (answer === 'match') add(g, fn, g.user, rule);
    else {
      const note = answer === 'not-enough-data' ? `rule ${rule.id}: not enough data (${g.samples} samples, needs ${MIN_SAMPLES.value})` : undefined;
      add(g, fn, g.user, fallback, note);
    }
  }
  // Stacks with no user frame that a rule charges to the allocator (V8 GC, Go GC workers).
  const target = allocator ?? allocatorIn([...byKey.values()]);
  for (const g of charged) {
    const fn = a.functions[g.fn]!;
    if (!target) add(g, fn, false, RULES[g.rule]!);
    else add(g, target.fn, true, RULES[g.rule]!, `no user frame on these stacks (${fn.name}); charged to ${target.fn.name}, ${target.how}`, target.line);
  }
  return [...byKey.values()];
}

/** Without an allocation profile: the biggest memory finding in user code, else the hottest user function. */
function allocatorIn(findings: Finding[]): Allocator | undefined {
  const user = findings.filter((f) => f.user).sort((x, y) => y.value - x.value || (x.fn.name < y.fn.name ? -1 : x.fn.name > y.fn.name ? 1 : 0));
  const memory = user.find((f) => f.rule.category === 'memory');
  const pick = memory ?? user[0];
  if (!pick) return undefined;
  const line = [...pick.lines].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]?.[0] ?? 0;
  const how = memory ? `the user function with the most allocation work in this profile` : `the hottest user function in this profile (no allocation profile in the run)`;
  return { fn: pick.fn, line, how };
}
