// perf-analyze: decode each profile as it arrives, pass it on, and emit the
// hotspot views once the input has ended (records keep their type order).

import { functionStats, percentOf, topByCum, topBySelf, type FunctionStat, type HotspotView } from '../analysis/hotspots.js';
import { usage } from '../errors.js';
import { profileOfRecord } from '../records/profile-data.js';
import { isType, type HotspotRecord, type ProfileRecord } from '../records/types.js';
import type { CliIO } from './io.js';
import { logger } from './io.js';
import { runStage } from './stage.js';

export interface AnalyzeOptions {
  top: number;
  sampleType?: string;
  verbose: boolean;
}

function hotspotRecords(record: ProfileRecord, view: HotspotView, by: 'self' | 'cum', stats: FunctionStat[]): HotspotRecord[] {
  return stats.map((f, i) => ({
    type: 'hotspot',
    v: 1,
    runId: record.runId,
    profileId: record.profileId,
    kind: record.kind,
    by,
    rank: i + 1,
    function: f.name,
    file: f.file,
    line: Math.max(0, f.line),
    self: f.self,
    cum: f.cum,
    selfPct: percentOf(f.self, view.total),
    cumPct: percentOf(f.cum, view.total),
    unit: view.unit,
    sampleType: view.sampleType,
  }));
}

export async function runAnalyze(options: AnalyzeOptions, io: CliIO): Promise<number> {
  if (!Number.isInteger(options.top) || options.top < 1) throw usage(`--top must be a whole number of at least 1, got ${options.top}`);
  const log = logger(io, 'perf-analyze', options.verbose);
  const pending: HotspotRecord[] = [];
  return runStage(io, 'perf-analyze', {
    onRecord(record, _out, line) {
      if (!isType(record, 'profile')) return false;
      const profile = profileOfRecord(record, `stdin:${line}`);
      const view = functionStats(profile, options.sampleType);
      log.info(`${record.profileId}: ${view.functions.length} functions, total ${view.total} ${view.unit}`);
      pending.push(...hotspotRecords(record, view, 'self', topBySelf(view, options.top)));
      pending.push(...hotspotRecords(record, view, 'cum', topByCum(view, options.top)));
      return false;
    },
    async onEnd(out) {
      for (const record of pending) await out.write(record);
    },
  });
}
