// Builds a Profile incrementally, interning frames and merging samples with the
// same stack and labels. Every importer goes through it, so a 200 MB folded file
// with a few thousand distinct stacks costs memory for the stacks, not the lines.

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
  private readonly frames: Frame[] = [];
  private readonly frameIds = new Map<string, number>();
  private readonly samples: Sample[] = [];
  private readonly sampleIds = new Map<string, number>();
  private readonly comments: string[] = [];
  durationNs: number;
  readonly options: BuilderOptions;

  constructor(options: BuilderOptions) {
    this.options = options;
    this.durationNs = options.durationNs ?? 0;
  }

  frameId(frame: Frame): number {
    const key = `${frame.name}\u0000${frame.file}\u0000${frame.line}\u0000${frame.column}`;
    let id = this.frameIds.get(key);
    if (id === undefined) {
      id = this.frames.length;
      this.frames.push({ name: frame.name, file: frame.file, line: frame.line, column: frame.column });
      this.frameIds.set(key, id);
    }
    return id;
  }

  /** `stack` is leaf first. Values are added to an existing identical sample. */
  addSample(stack: number[], values: number[], labels?: Record<string, string>): void {
    const labelKey = labels ? JSON.stringify(Object.entries(labels).sort()) : '';
    const key = `${stack.join(',')}|${labelKey}`;
    const existing = this.sampleIds.get(key);
    if (existing !== undefined) {
      const target = this.samples[existing]!.values;
      for (let i = 0; i < values.length; i++) target[i] = (target[i] ?? 0) + values[i]!;
      return;
    }
    this.sampleIds.set(key, this.samples.length);
    const sample: Sample = { stack: stack.slice(), values: values.slice() };
    if (labels && Object.keys(labels).length > 0) sample.labels = { ...labels };
    this.samples.push(sample);
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
      frames: this.frames,
      samples: this.samples,
      comments: this.comments,
    };
    if (o.periodType) profile.periodType = o.periodType;
    return profile;
  }
}
