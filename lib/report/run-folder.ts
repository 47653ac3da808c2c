// Where a run's files go, and the contract of a producer of them (OUTPUTS in
// outputs.ts lists the producers; html/ and plan/ each add theirs).

import type { BaselineProfile } from '../exporters/flamegraph-diff.js';
import type { WriteOptions } from '../write-gate.js';
import type { RunContents } from './run-contents.js';

import { PERFORMANCE_DIR } from '../records/run-folders.js';

export { PERFORMANCE_DIR, PREVIEWS_DIR } from '../records/run-folders.js';

export interface OutputOptions {
  /** --apply: write tasks.md into the run folder instead of only a preview. */
  apply: boolean;
  /** This run's profileId -> baseline profile, read by perf-apply for differential flame graphs. */
  baselines?: Map<string, BaselineProfile>;
  /** The project root (perf-apply --root, absolute): frames under it are the user's code in flame graphs. */
  sourceRoot?: string;
}

export interface PlannedFile {
  /** Relative to the project root. */
  path: string;
  content: string | Buffer;
  options?: WriteOptions;
}

export type OutputProducer = (c: RunContents, options: OutputOptions) => PlannedFile[];

export function runDir(runId: string): string {
  return `${PERFORMANCE_DIR}/${runId}`;
}
