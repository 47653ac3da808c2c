// Builds a Profile incrementally, interning frames and merging samples with the
// same stack and labels. Every importer goes through it, so a 200 MB folded file
// with a few thousand distinct stacks costs memory for the stacks, not the lines.

import { FrameTable } from './frame-table.js';
import type { Frame, Profile, Sample, ValueType } from './profile.js';

export interface BuilderOptions {
  sampleTypes: ValueType[];
  defaultSampleIndex?: number;
  periodType?: ValueType;
  period?: number;
  timeNs?: number;
  durationNs?: number;
}

export class ProfileBuilder {
  private readonly frameTable = new FrameTable();
  private readonly samples: Sample[] = [];
  // Stack hash -> sample index (or indexes, on a collision). Numbers, not joined
  // strings, as keys: a 200 MB folded file has ~10^6 distinct stacks.
  private readonly sampleIds = new Map<number, number | number[]>();
  private readonly comments: string[] = [];
  /** Each sample's labelKeyOf, by sample index. */
  private readonly labelKeys: string[] = [];
  private lastLabels: Record<string, string> | undefined;
  private lastLabelKey = '';
  durationNs: number;
  readonly options: BuilderOptions;

  constructor(options: BuilderOptions) {
    this.options = options;
    this.durationNs = options.durationNs ?? 0;
  }

  frameId(frame: Frame): number {
    return this.frameTable.intern(frame);
  }

  /** The frame an id stands for (a copy: frames are interned). */
  frameOf(id: number): Frame {
    return { ...this.frameTable.frames[id]! };
  }

  /** `stack` is leaf first. Values are added to an existing identical sample. */
  addSample(stack: number[], values: number[], labels?: Record<string, string>): void {
    const labelKey = this.labelKeyOf(labels);
    const hash = hashStack(stack, labelKey);
    const found = this.sampleIds.get(hash);
    const candidates = found === undefined ? [] : typeof found === 'number' ? [found] : found;
    for (const index of candidates) {
      const sample = this.samples[index]!;
      if (!sameStack(sample.stack, stack) || this.labelKeys[index] !== labelKey) continue;
      const target = sample.values;
      for (let i = 0; i < values.length; i++) target[i] = (target[i] ?? 0) + values[i]!;
      return;
    }
    const index = this.samples.length;
    this.sampleIds.set(hash, found === undefined ? index : [...candidates, index]);
    const sample: Sample = { stack: stack.slice(), values: values.slice() };
    if (labelKey) sample.labels = { ...labels };
    this.samples.push(sample);
    this.labelKeys.push(labelKey);
  }

  /**
   * Labels as one string, keys sorted, '' for none. Samples in a row mostly carry
   * the same labels (one thread's), so the last key is reused when the labels
   * equal the last ones: building the key cost 4 us a sample, more than the rest
   * of addSample (profiled on a perf recording).
   */
  private labelKeyOf(labels: Record<string, string> | undefined): string {
    if (!labels) return '';
    if (this.lastLabels && sameLabels(labels, this.lastLabels)) return this.lastLabelKey;
    const keys = Object.keys(labels).sort();
    const flat: string[] = [];
    for (const key of keys) flat.push(key, labels[key]!);
    this.lastLabels = { ...labels };
    this.lastLabelKey = keys.length === 0 ? '' : JSON.stringify(flat);
    return this.lastLabelKey;
  }

  addComment(text: string): void {
    this.comments.push(text);
  }

  get sampleCount(): number {
    return this.samples.length;
  }

  build(): Profile {
    const o = this.options;
    const profile: Profile = {
      sampleTypes: o.sampleTypes,
      defaultSampleIndex: o.defaultSampleIndex ?? o.sampleTypes.length - 1,
      period: o.period ?? 0,
      timeNs: o.timeNs ?? 0,
      durationNs: this.durationNs,
      frames: this.frameTable.frames,
      samples: this.samples,
      comments: this.comments,
    };
    if (o.periodType) profile.periodType = o.periodType;
    return profile;
  }
}

/** A builder with `profile`'s sample types, period and times: for transforms that rebuild a profile. */
export function builderLike(profile: Profile): ProfileBuilder {
  return new ProfileBuilder({
    sampleTypes: profile.sampleTypes,
    defaultSampleIndex: profile.defaultSampleIndex,
    ...(profile.periodType ? { periodType: profile.periodType } : {}),
    period: profile.period,
    timeNs: profile.timeNs,
    durationNs: profile.durationNs,
  });
}

/** FNV-1a over the frame ids and the label key, folded into a 32-bit number. */
function hashStack(stack: number[], labelKey: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < stack.length; i++) {
    h = Math.imul(h ^ stack[i]!, 0x01000193);
    h = Math.imul(h ^ (stack[i]! >>> 16), 0x01000193);
  }
  for (let i = 0; i < labelKey.length; i++) h = Math.imul(h ^ labelKey.charCodeAt(i), 0x01000193);
  return (h ^ stack.length) >>> 0;
}

function sameStack(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The same keys with the same values. */
function sameLabels(a: Record<string, string>, b: Record<string, string>): boolean {
  let count = 0;
  for (const key in a) {
    if (a[key] !== b[key] || !Object.hasOwn(b, key)) return false;
    count++;
  }
  for (const _ in b) count--;
  return count === 0;
}
