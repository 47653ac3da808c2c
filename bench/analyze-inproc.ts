// The analysis work itself, with no NDJSON around it: decode a pprof file and
// run the same per-profile analysis perf-analyze runs (hotspots, bottlenecks,
// views) in one process. The pipeline's overhead is measured against this.
import { readFileSync } from 'node:fs';
import { analyzeProfile } from '../lib/analysis/analyze-profile.js';
import { sourceLookup } from '../lib/analysis/source-files.js';
import { decodePprof } from '../lib/pprof/decode.js';
import { DEFAULT_LIMITS } from '../lib/importers/types.js';
import type { ProfileRecord } from '../lib/records/types.js';

const path = process.argv[2]!;
const profile = decodePprof(readFileSync(path), path, DEFAULT_LIMITS);
const record: ProfileRecord = {
  type: 'profile', v: 1, runId: 'bench', profileId: 'cpu', kind: 'cpu', sourceFormat: 'pprof', encoding: 'pprof+gzip+base64',
  data: '', sampleTypes: profile.sampleTypes, sampleCount: profile.samples.length,
};
const root = process.cwd();
const a = analyzeProfile(record, profile, { top: 20, origin: { sourceRoot: root }, source: sourceLookup(root) });
process.stdout.write(`${a.hotspots.length} hotspots, ${a.bottlenecks.length} bottlenecks, total ${a.view.total}\n`);
