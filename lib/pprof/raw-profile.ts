// A pprof message as flat tables of numbers, before any id or string index is
// resolved: what the direct decoder (scan.ts) reads the bytes into, and what
// from-raw.ts turns into the model. Small tables are plain arrays of tuples laid
// end to end. Samples are not copied at all: a source reads one at a time into
// reused lists, so the only per-sample arrays ever made are the model's own.

/** One sample's numbers, read into lists that are emptied and reused for the next. */
export interface SampleNumbers {
  locationIds: number[];
  values: number[];
  /** (key, str) string indexes, two numbers a label. */
  labels: number[];
}

export interface SampleSource {
  readonly count: number;
  /** Empties `into`'s lists and fills them with sample `index`'s numbers. */
  read(index: number, into: SampleNumbers): void;
}

export interface RawProfile {
  strings: string[];
  /** (type, unit) string indexes, two numbers a sample type. */
  sampleTypes: number[];
  /** (id, name, filename), three numbers a function. */
  functions: number[];
  /** (id, filename), two numbers a mapping. */
  mappings: number[];
  /** (id, mapping id, first line, line count), four numbers a location; its lines are in `lines`. */
  locations: number[];
  /** (function id, line, column), three numbers a line. */
  lines: number[];
  samples: SampleSource;
  /** (type, unit) string indexes when the profile has a period type, else empty. */
  periodType: number[];
  period: number;
  timeNanos: number;
  durationNanos: number;
  comments: number[];
  defaultSampleType: number;
}

export function emptyRawProfile(samples: SampleSource): RawProfile {
  return { strings: [''], sampleTypes: [], functions: [], mappings: [], locations: [], lines: [], samples, periodType: [], period: 0, timeNanos: 0, durationNanos: 0, comments: [], defaultSampleType: 0 };
}
