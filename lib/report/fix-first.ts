// "Fix this first": the few plan items that together give most of what the
// whole plan expects, each with its gain, where and why. Shared by report.md,
// report.html and the terminal summary (lib/cli), so all three name the same items.

import type { FindingRecord, PlanItemRecord } from '../records/types.js';
import type { Range } from '../plan/strategies.js';
import { combinedEstimates } from './plan/common.js';
import type { RunContents } from './run-contents.js';

/**
 * The items kept are the first ones (in plan order) whose combined gain
 * reaches this share of the whole plan's, on every metric the plan
 * estimates: "most of the gain" read as the usual four fifths.
 */
export const FIX_FIRST_SHARE = 0.8;
/** A list a person acts on today is short; the rest stay in the plan. */
export const FIX_FIRST_MAX = 3;

export interface FixFirstItem {
  item: PlanItemRecord;
  /** The finding it addresses, when the run has a diagnosis. */
  finding?: FindingRecord;
  /** The metric its gain is a percentage of. */
  metric: string;
  function: string;
  file: string;
  line: number;
  /** One sentence: what is wrong there. */
  why: string;
}

export interface FixFirst {
  items: FixFirstItem[];
  /** Combined gain of the chosen items and of the whole plan, per metric (Amdahl applied once per group). */
  gains: { metric: string; chosen: Range; all: Range; chosenCount: number; allCount: number }[];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const int = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/**
 * The first sentence of a longer text, without its final period: up to the
 * first ". " or the first "; " outside parentheses (the diagnosis joins its
 * clauses with semicolons; the first says what is wrong).
 */
export function firstSentence(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ';' || ch === '.') && (i === text.length - 1 || text[i + 1] === ' ')) return text.slice(0, i).trim();
  }
  return text.trim();
}

/** A plan item with its finding, metric, place and why: what the report, the plan table and the summary show of it. */
export function describePlanItem(c: RunContents, item: PlanItemRecord): FixFirstItem {
  const id = str(item['findingId']) || item.bottleneckId;
  const finding = c.findings.find((f) => f.id === id);
  const bottleneck = c.bottlenecks.find((b) => b.id === item.bottleneckId);
  const metric = str((item.verification as { metric?: unknown }).metric);
  const why = finding?.why ?? (bottleneck ? `${bottleneck.category}, ${bottleneck.cause}: ${bottleneck.sharePct}% of ${bottleneck.profileId}` : firstSentence(item.description));
  return {
    item,
    ...(finding ? { finding } : {}),
    metric,
    function: str(item['function']) || finding?.function || bottleneck?.function || '',
    file: str(item['file']) || finding?.file || bottleneck?.file || '',
    line: int(item['line']) || finding?.line || bottleneck?.line || 0,
    why: firstSentence(why),
  };
}

/** Combined expected gain per metric of some items, keyed by the metric's label. */
function gainsOf(items: PlanItemRecord[]): Map<string, Range> {
  return new Map(combinedEstimates(items).map((g) => [g.label, g.gain]));
}

export function fixFirst(c: RunContents): FixFirst {
  const items = c.planItems;
  if (items.length === 0) return { items: [], gains: [] };
  const all = gainsOf(items);
  let chosen: PlanItemRecord[] = [];
  for (const item of items) {
    if (chosen.length >= FIX_FIRST_MAX) break;
    chosen = [...chosen, item];
    const now = gainsOf(chosen);
    const enough = [...all].every(([metric, whole]) => (now.get(metric)?.expected ?? 0) >= FIX_FIRST_SHARE * whole.expected);
    if (enough) break;
  }
  const now = gainsOf(chosen);
  const count = (metric: string, list: PlanItemRecord[]) => combinedEstimates(list).find((g) => g.label === metric)?.items.length ?? 0;
  return {
    items: chosen.map((i) => describePlanItem(c, i)),
    gains: [...all].filter(([metric]) => now.has(metric)).map(([metric, whole]) => ({ metric, chosen: now.get(metric)!, all: whole, chosenCount: count(metric, chosen), allCount: count(metric, items) })),
  };
}
