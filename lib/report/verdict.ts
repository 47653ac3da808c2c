// The verdict a report opens with, in a sentence or two: the gate's result on
// a verification run, whether the scenario's targets were met, what bounds the
// run, and what the items to fix first should give. Shared by report.md,
// report.html and the terminal summary.

import { humanPct } from '../base/human.js';
import type { VerdictRecord } from '../records/types.js';
import { boundSentence } from './bound.js';
import { comparisonView } from './comparison-rows.js';
import { fixFirst, type FixFirst } from './fix-first.js';
import type { RunContents } from './run-contents.js';
import { targetRows } from './targets.js';

export interface Verdict {
  /** passed/failed/inconclusive: a gate; met/missed: targets; unknown: neither asked. */
  status: VerdictRecord['status'] | 'met' | 'missed' | 'unknown';
  sentences: string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function targetsSentence(c: RunContents): { sentence?: string; missed: boolean } {
  const rows = targetRows(c).filter((r) => r.status !== 'not measured');
  if (rows.length === 0) return { missed: false };
  const missed = rows.filter((r) => r.status === 'missed');
  if (missed.length === 0) return { sentence: `All ${plural(rows.length, 'target')} met (${rows.map((r) => `${r.label} ${r.measured}`).join(', ')}).`, missed: false };
  const list = missed.map((r) => `${r.label} ${r.measured}, wanted ${r.wanted}`).join('; ');
  return { sentence: `${missed.length} of ${plural(rows.length, 'target')} missed: ${list}.`, missed: true };
}

/** The diagnosis' lead clause ("The run is CPU-bound (busy 97%)"), when it has one. */
function boundClause(c: RunContents): string | undefined {
  return boundSentence(c.diagnostics.find((d) => d.code === 'run-diagnosis' && (d.runId === undefined || d.runId === c.run.runId)));
}

/** "cut http_latency_p99 by about 49.6% (32.4% to 67.6%), of 54% from all 4 plan items" for one metric the plan estimates. */
function gainClause(first: FixFirst, g: FixFirst['gains'][number]): string {
  const item = first.items.find((f) => f.metric === g.metric)?.item;
  const verb = (item?.verification as { direction?: string } | undefined)?.direction === 'higher-is-better' ? 'raise' : 'cut';
  const whole = g.allCount > g.chosenCount ? `, of ${humanPct(g.all.expected)} from all ${g.allCount} plan items on it` : '';
  return `${verb} ${g.metric} by about ${humanPct(g.chosen.expected)} (${humanPct(g.chosen.low)} to ${humanPct(g.chosen.high)})${whole}`;
}

function planSentence(c: RunContents, first: FixFirst): string | undefined {
  if (first.gains.length === 0) return undefined;
  const which = first.items.length === 1 ? 'the item below' : `the ${first.items.length} items below`;
  const bound = boundClause(c);
  const lead = bound ? `${bound}; ` : '';
  const start = lead ? which : `${which[0]!.toUpperCase()}${which.slice(1)}`;
  // Gains on different metrics (a leak's memory growth, latency) are never added: one clause each.
  return `${lead}${start} should ${first.gains.map((g) => gainClause(first, g)).join(' and ')}.`;
}

export function verdictOf(c: RunContents, first: FixFirst = fixFirst(c)): Verdict {
  const view = comparisonView(c);
  const gate = view?.verdict;
  const targets = targetsSentence(c);
  const sentences = [
    ...(gate ? [view!.headline.replace(/\*\*/g, '')] : []),
    ...(targets.sentence ? [targets.sentence] : []),
    planSentence(c, first) ?? (c.planItems.length === 0 && (c.findings.length > 0 || c.bottlenecks.length > 0) ? 'No plan item: no finding has a catalogued strategy above --min-gain.' : undefined),
  ].filter((s): s is string => !!s);
  if (sentences.length === 0) sentences.push(c.profiles.length > 0 ? 'Nothing in this run holds 1% or more of it in your code.' : 'No profiles in this run.');
  const status = gate && gate.status !== 'compared' ? gate.status : targets.sentence ? (targets.missed ? 'missed' : 'met') : 'unknown';
  return { status, sentences };
}
