// Records for the summary tests, made by the real bins from recordings:
// the demo service's run (test/fixtures/profiles/diagnosis, a CPU and an
// alloc profile with the run's metrics) up to a stage, and a Go CPU profile.
import { join } from 'node:path';
import { PROFILES, ROOT, parseRecords, sh } from '../../helpers.js';
import type { AnyRecord } from '../../../lib/records/types.js';

export const DEMO_RUN = join(PROFILES, 'diagnosis', 'demo-service.ndjson');

/** A record as the tests read it: any field, still a record for the renderers. */
export type Rec = AnyRecord & Record<string, any>;

/** The records `pipeline` writes, read from its stdout. */
export function recordsOf(pipeline: string): Rec[] {
  const r = sh(pipeline, { cwd: ROOT });
  if (r.code !== 0) throw new Error(`${pipeline}: ${r.stderr}`);
  return parseRecords(r.stdout) as Rec[];
}
