// The stacks the shipped Python sampler writes (lib/collectors/python/sampler.py):
// one JSON object per line, {"stack": [root first, "func (file.py:line)"...],
// "labels": {"state", "thread", "call"?}, "count": n, "ns": t?}. The labels become pprof
// string labels, so a saved profile keeps each sample's thread state; `ns`, the
// wall time the stack's ticks stand for (each tick the time since the previous
// one), becomes a second value, wall nanoseconds, when every line has it.

import { createReadStream } from 'node:fs';
import { badInput } from '../base/errors.js';
import { foldedFrameIds } from '../importers/folded.js';
import { readLines } from '../importers/lines.js';
import { ProfileBuilder } from '../model/builder.js';
import type { Profile } from '../model/profile.js';

/** The states the sampler gives a thread (see thread_state in sampler.py). */
export const PYTHON_THREAD_STATES = ['running', 'sleeping', 'io', 'lock', 'gil', 'waiting'] as const;

interface SampledStack {
  stack?: unknown;
  labels?: unknown;
  count?: unknown;
  ns?: unknown;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}

interface Sampled {
  stack: number[];
  count: number;
  ns: number | undefined;
  labels: Record<string, string>;
}

/**
 * Read the sampler's stacks file into a profile of sample counts, one labelled
 * sample per stack and state; with the ticks' wall time too when every line
 * has it (an older sampler's file has counts only).
 */
export async function readSampledStacks(path: string): Promise<Profile> {
  const builder = new ProfileBuilder({ sampleTypes: [{ type: 'samples', unit: 'count' }] });
  const idOf = foldedFrameIds(builder);
  const read: Sampled[] = [];
  for await (const { text, lineNo } of readLines(createReadStream(path), path)) {
    if (text.trim() === '') continue;
    const where = `${path}:${lineNo}`;
    let item: SampledStack;
    try {
      item = JSON.parse(text) as SampledStack;
    } catch (err) {
      throw badInput(where, `not JSON (${(err as Error).message})`);
    }
    const { stack, labels, count } = item;
    if (!Array.isArray(stack) || stack.length === 0 || !stack.every((f) => typeof f === 'string' && f !== '')) {
      throw badInput(where, 'expected "stack": a non-empty array of frame texts');
    }
    if (!isStringRecord(labels)) throw badInput(where, 'expected "labels": an object of strings');
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1) throw badInput(where, 'expected "count": a whole number above zero');
    if (item.ns !== undefined && (typeof item.ns !== 'number' || !Number.isSafeInteger(item.ns) || item.ns < 0)) throw badInput(where, 'expected "ns": a whole number of nanoseconds, zero or more');
    const frames = stack as string[];
    read.push({ stack: frames.map((_, i) => idOf(frames[frames.length - 1 - i]!)), count, ns: item.ns as number | undefined, labels });
  }
  const timed = read.length > 0 && read.every((r) => r.ns !== undefined);
  for (const r of read) builder.addSample(r.stack, timed ? [r.count, r.ns!] : [r.count], r.labels);
  const profile = builder.build();
  return timed ? { ...profile, sampleTypes: [...profile.sampleTypes, { type: 'wall', unit: 'nanoseconds' }], defaultSampleIndex: 1 } : profile;
}
