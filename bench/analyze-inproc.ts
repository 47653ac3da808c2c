// The analysis work itself, with no NDJSON around it: decode a pprof file and
// compute both hotspot views in one process. The pipeline's overhead is
// measured against this.
import { readFileSync } from 'node:fs';
import { functionStats, topByCum, topBySelf } from '../lib/analysis/hotspots.js';
import { decodePprof } from '../lib/importers/pprof.js';
import { DEFAULT_LIMITS } from '../lib/importers/types.js';

const path = process.argv[2]!;
const view = functionStats(decodePprof(readFileSync(path), path, DEFAULT_LIMITS));
const top = [...topBySelf(view, 20), ...topByCum(view, 20)];
process.stdout.write(`${top.length} rows, total ${view.total}\n`);
