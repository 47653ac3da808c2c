// perf-plan: passes every record through and adds plan items for the
// bottlenecks it receives (lib/plan). The baseline's plan items are checked
// by perf-analyze (lib/compare/plan-check.ts), which has both runs' profiles.

import { resolve } from 'node:path';
import { usage } from '../base/errors.js';
import { recordTotal } from '../records/profile-data.js';
import { sampleCount } from '../plan/calibration/share-noise.js';
import { originShares } from '../plan/calibration/collateral.js';
import { isType, type BottleneckRecord, type FindingRecord, type GroupRecord, type HotspotRecord, type MetricRecord, type ProfileRecord, type RunRecord } from '../records/types.js';
import type { ProfileTotal } from '../plan/basis.js';
import { planItems } from '../plan/items.js';
import { factorPoints } from '../plan/choose.js';
import { evidenceOf, regexOf, runtimeOfFile, type Evidence } from '../plan/calibration/evidence.js';
import { CALIBRATION_FILE, mergeHistory, parseHistory, type CalibrationPointRecord } from '../plan/calibration/history.js';
import { subjectOfBottleneck, subjectOfFinding, type Subject } from '../plan/subjects.js';
import { finishedRunFiles } from '../records/run-files.js';
import { sourceLookup } from '../analysis/source-files.js';
import type { CliIO } from '../base/io.js';
import { diagnostic } from '../records/diagnostic.js';
import { runStage } from './stage.js';
import { planSummary } from './summary/plan-summary.js';

export interface PlanOptions {
  minGain: number;
  verbose: boolean;
  /** The project root whose run folders hold its verified fixes; default the working folder. */
  root?: string;
  /** Write the plan as a table for people instead of the records. */
  summary?: boolean;
}

/** This project's verified fixes: the calibration points of every finished run folder (a broken line is bad input, file:line). */
async function readHistory(root: string): Promise<CalibrationPointRecord[]> {
  const files = await finishedRunFiles(root, CALIBRATION_FILE);
  return mergeHistory(files.map((f) => parseHistory(f.text, f.path)));
}

/** Each subject's evidence, with the verdict on the regex its code uses (read from the source, checked by recheck). */
async function evidenceFor(subjects: Subject[], hotspots: HotspotRecord[], cwd: string): Promise<Map<string, Evidence>> {
  const lines = sourceLookup(cwd);
  const frames = hotspots.map((h) => h.function).filter((f) => f.startsWith('RegExp: '));
  const out = new Map<string, Evidence>();
  for (const s of subjects) {
    if (out.has(s.id)) continue;
    const regex = /regex|regexp/.test(`${s.ruleId ?? ''} ${s.cause}`) ? await regexOf(s, lines(s.file), runtimeOfFile(s.file), frames) : undefined;
    out.set(s.id, evidenceOf(s, hotspots, regex));
  }
  return out;
}

/** The profile's total in the sample type its hotspots were ranked by, from the totals perf-analyze put on the record. */
function profileTotal(p: ProfileRecord, hotspots: HotspotRecord[], groups: GroupRecord[]): ProfileTotal | undefined {
  const ranked = hotspots.find((h) => h.profileId === p.profileId)?.sampleType ?? p.defaultSampleType;
  const total = recordTotal(p, ranked);
  const samples = sampleCount(p);
  const origins = originShares(groups.filter((g) => g.profileId === p.profileId));
  return total && { profileId: p.profileId, kind: p.kind, ...total, ...(samples !== undefined ? { samples } : {}), ...(origins ? { origins } : {}) };
}

export async function runPlan(options: PlanOptions, io: CliIO): Promise<number> {
  if (!Number.isFinite(options.minGain) || options.minGain < 0) throw usage(`--min-gain must be a percentage of at least 0, got ${options.minGain}`);
  let run: RunRecord | undefined;
  const metrics: MetricRecord[] = [];
  const profiles: ProfileRecord[] = [];
  const hotspots: HotspotRecord[] = [];
  const bottlenecks: BottleneckRecord[] = [];
  const findings: FindingRecord[] = [];
  const groups: GroupRecord[] = [];
  return runStage(io, 'perf-plan', {
    onRecord(record) {
      if (isType(record, 'run')) run = record;
      else if (isType(record, 'metric')) metrics.push(record);
      else if (isType(record, 'profile')) profiles.push(record);
      else if (isType(record, 'hotspot')) hotspots.push(record);
      else if (isType(record, 'bottleneck')) bottlenecks.push(record);
      else if (isType(record, 'finding')) findings.push(record);
      else if (isType(record, 'group') && record.by === 'origin') groups.push(record);
      return false;
    },
    async onEnd(out) {
      if (!run) return;
      const needTotals = bottlenecks.length > 0 || findings.length > 0;
      const totals: ProfileTotal[] = [];
      for (const p of needTotals ? profiles : []) {
        const total = profileTotal(p, hotspots, groups);
        if (total) totals.push(total);
        else await out.write(diagnostic('perf-plan', 'warning', 'no-profile-total', `profile ${p.profileId} has no totals (perf-analyze adds them): its total is not used`, run.runId));
      }
      const history = await readHistory(resolve(io.cwd, options.root ?? '.'));
      const input = {
        run, metrics, profiles: totals, hotspots, bottlenecks, findings: findings.filter((f) => f.runId === run!.runId), points: factorPoints(history),
      };
      const evidence = await evidenceFor([...input.findings.map((f) => subjectOfFinding(input, f)), ...bottlenecks.map((b) => subjectOfBottleneck(input, b))], hotspots, io.cwd);
      const { items, unplanned, belowFloor } = planItems({ ...input, evidence }, options.minGain);
      const what = input.findings.length > 0 ? 'finding' : 'bottleneck';
      for (const { bottleneck: b, reason } of unplanned) {
        await out.write(diagnostic('perf-plan', 'info', 'no-plan-item', `${what} ${b.id} (${b.function}) gets no plan item: ${reason}`, run.runId));
      }
      if (belowFloor.length > 0) {
        const list = belowFloor.map((i) => `${i.title} ${i.expectedGainPct.expected}%`).join('; ');
        const msg = `${belowFloor.length} plan item${belowFloor.length === 1 ? '' : 's'} under the --min-gain floor of ${options.minGain}% of the main metric, not planned: ${list}`;
        await out.write(diagnostic('perf-plan', 'info', 'below-min-gain', msg, run.runId));
      }
      for (const item of items) await out.write(item);
    },
  }, options.summary ? (records) => planSummary(records, { sourceRoot: resolve(io.cwd, options.root ?? '.') }) : undefined);
}
