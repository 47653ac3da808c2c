// The contract every importer module follows: answer "is this mine?" from the
// first bytes, then parse the whole input into one or more profiles.

import type { Readable } from 'node:stream';
import type { ImportLimits } from '../model/check.js';
import type { Profile, ProfileKind } from '../model/profile.js';

export type SniffAnswer = 'yes' | 'no' | 'maybe';

export interface ImportSource {
  /** What to call the input in messages: a path, or "stdin". */
  name: string;
  /** The first bytes (up to HEAD_BYTES), already read. */
  head: Buffer;
  /** The whole input at once (binary formats and small JSON). */
  readAll(): Promise<Buffer>;
  /** The input as a stream (text formats, read line by line). */
  open(): Readable;
}

export interface ImportedProfile {
  kind: ProfileKind;
  sourceFormat: string;
  profile: Profile;
  /** Extra words for the profile id, e.g. "alloc_space" or a pid. */
  label?: string;
  /** What the format could not give (e.g. cProfile has no stacks); perf-collect emits each as a diagnostic. */
  notes?: string[];
}

export { DEFAULT_LIMITS, type ImportLimits } from '../model/check.js';

export interface Importer {
  /** The name users pass to --format. */
  format: string;
  /** A one-line description for --help and the README. */
  describe: string;
  sniff(head: Buffer, name: string): SniffAnswer;
  parse(source: ImportSource, limits: ImportLimits): Promise<ImportedProfile[]>;
}

export const HEAD_BYTES = 4096;
