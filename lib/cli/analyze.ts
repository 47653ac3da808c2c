// perf-analyze: decode each profile as it arrives and pass it on; once the
// input has ended, emit hotspots, bottlenecks and views per profile (records
// keep their type order). Memory profiles go first so GC time in a CPU
// profile of the same run can be charged to the top allocator.

import { resolve } from 'node:path';
import { analyzeProfile, type ProfileAnalysis } from '../analysis/analyze-profile.js';
import { nameModuleTopLevels } from '../analysis/locate.js';
import { compareRuns } from '../compare/compare-runs.js';
import { diagnose } from '../analysis/diagnosis/diagnose.js';
import { readBaseline, type BaselineRun } from '../records/baseline.js';
import { resolveBaseline } from '../records/run-folders.js';
import { filterProfile, flagRegex, type FrameFilters } from '../analysis/filter.js';
import { LEAF_POSITION_FORMATS, nameJsFunctions } from '../analysis/js-names.js';
import type { Allocator } from '../analysis/findings.js';
import { leakRecords, parseMemoryLimit } from '../analysis/leak-run.js';
import { originOf, originOptionsOfFormat, type OriginOptions } from '../analysis/origin.js';
import { sourceLookup } from '../analysis/source-files.js';
import { usage } from '../base/errors.js';
import type { Profile } from '../model/profile.js';
import { profileOfRecord, totalsOf } from '../records/profile-data.js';
import { isType, type AnyRecord, type MetricRecord, type ProfileRecord, type RunRecord } from '../records/types.js';
import type { CliIO } from '../base/io.js';
import { logger } from '../base/io.js';
import { diagnostic } from '../records/diagnostic.js';
import { runStage } from './stage.js';
import { analyzeSummary } from './summary/analyze-summary.js';
import { LiveLine } from './live-line.js';
import { humanValue } from '../base/human.js';

export interface AnalyzeOptions {
  top: number;
  sampleType?: string;
  verbose: boolean;
  sourceRoot?: string;
  userCode?: string;
  focus?: string;
  ignore?: string;
  hide?: string;
  /** A previous run's run.ndjson to compare with. */
  baseline?: string;
  /** Exit 3 when the main metric's or a top function's interval lies beyond this percentage, 5 when the noise is wider. */
  failOnRegression?: number;
  /** Memory the service may use (e.g. 512MiB): a leak finding projects when it is reached. */
  memoryLimit?: string;
  /** Write the summary for people (a pprof -top table, the findings, the verdict) instead of the records. */
  summary?: boolean;
}

/** Allocation profiles first (churn), then live-heap ones, then the rest. */
const memoryFirst = (p: { record: ProfileRecord }) => ['alloc', 'heap'].indexOf(p.record.kind) >>> 0;

export async function runAnalyze(options: AnalyzeOptions, io: CliIO): Promise<number> {
  if (!Number.isInteger(options.top) || options.top < 1) throw usage(`--top must be a whole number of at least 1, got ${options.top}`);
  const log = logger(io, 'perf-analyze', options.verbose);
  const filters: FrameFilters = { focus: flagRegex('focus', options.focus), ignore: flagRegex('ignore', options.ignore), hide: flagRegex('hide', options.hide) };
  const sourceRoot = resolve(io.cwd, options.sourceRoot ?? '.');
  const origin: OriginOptions = { sourceRoot, userCode: flagRegex('user-code', options.userCode) };
  const source = sourceLookup(sourceRoot);
  const regressionLimitPct = options.failOnRegression;
  if (regressionLimitPct !== undefined && (!Number.isFinite(regressionLimitPct) || regressionLimitPct < 0)) throw usage(`--fail-on-regression must be a percentage of at least 0, got ${regressionLimitPct}`);
  if (regressionLimitPct !== undefined && !options.baseline) throw usage('--fail-on-regression needs --baseline FILE (the run.ndjson of an earlier run)');
  const limitBytes = options.memoryLimit !== undefined ? parseMemoryLimit(options.memoryLimit) : undefined;
  // --baseline FILE or RUN_ID is read now; `latest` needs this run's scenario, so it waits for the run record.
  let baseline: BaselineRun | undefined;
  const baselineNotes: { level: 'info' | 'warning'; message: string }[] = [];
  const loadBaseline = async (current?: RunRecord) => {
    const found = await resolveBaseline(options.baseline!, { root: sourceRoot, cwd: io.cwd, current });
    baseline = await readBaseline(resolve(io.cwd, found.path), found.path);
    if (found.note) baselineNotes.push({ level: 'info', message: found.note });
    if (found.warning) baselineNotes.push({ level: 'warning', message: found.warning });
    if (found.warning) io.stderr.write(`perf-analyze: warning: ${found.warning}\n`);
  };
  const latest = options.baseline === 'latest';
  if (options.baseline && !latest) await loadBaseline();
  const profiles: { record: ProfileRecord; profile: Profile }[] = [];
  const runs: RunRecord[] = [];
  const metrics: MetricRecord[] = [];
  let verdictExit = 0;
  // On a terminal: which profile is decoded or analysed now (a 200k-sample profile takes seconds).
  const progress = new LiveLine(io, 'perf-analyze');
  const code = await runStage(io, 'perf-analyze', {
    async onRecord(record, _out, line) {
      if (isType(record, 'run')) {
        runs.push(record);
        if (latest && !baseline) await loadBaseline(record);
      }
      if (isType(record, 'metric')) metrics.push(record);
      if (!isType(record, 'profile')) return false;
      progress.set(`decoding ${record.profileId} (${humanValue(record.sampleCount, 'samples')})`, true);
      const profile = profileOfRecord(record, `stdin:${line}`);
      // Passed on with its totals, so perf-plan and perf-apply need not decode it again.
      record.totals = totalsOf(profile);
      profiles.push({ record, profile: filterProfile(profile, filters) });
      return false;
    },
    async onEnd(out) {
      const analyses: ProfileAnalysis[] = [];
      const allocators = new Map<string, Allocator>();
      for (const [i, { record, profile }] of [...profiles].sort((x, y) => memoryFirst(x) - memoryFirst(y)).entries()) {
        progress.set(`analysing ${record.profileId} (${i + 1} of ${profiles.length}, ${humanValue(record.sampleCount, 'samples')})`, true);
        const a = analyzeProfile(record, profile, { top: options.top, sampleType: options.sampleType, origin, source }, allocators.get(record.runId));
        if (a.allocator && !allocators.has(record.runId)) allocators.set(record.runId, a.allocator);
        log.info(`${record.profileId}: total ${a.view.total} ${a.view.unit}, ${a.bottlenecks.length} bottlenecks`);
        analyses.push(a);
      }
      const inInputOrder = profiles.map((p) => analyses.find((a) => a.record === p.record)!);
      const emit = async (records: AnyRecord[]) => {
        for (const r of records) await out.write(r);
      };
      for (const a of inInputOrder) await emit(a.hotspots);
      // A leak comes first: memory kept per request outgrows any share of one profile.
      const leaks = leakRecords(analyses, metrics, limitBytes);
      await emit(leaks.bottlenecks);
      for (const n of leaks.notes) await out.write(diagnostic('perf-analyze', n.level, n.code, n.message, n.runId));
      for (const a of inInputOrder) {
        await emit(a.bottlenecks);
        if (a.below.count > 0) {
          const msg = `${a.record.profileId}: ${a.below.count} smaller groups under the 1% floor (${a.below.sharePct}% of the profile together) are not listed as bottlenecks`;
          await out.write(diagnostic('perf-analyze', 'info', 'below-threshold', msg, a.record.runId));
        }
      }
      for (const runId of [...new Set(inInputOrder.map((a) => a.record.runId))]) {
        const mine = inInputOrder.filter((a) => a.record.runId === runId);
        const inputs = mine.map((a) => ({ record: a.record, profile: a.named, total: a.view.total, unit: a.view.unit, sampleType: a.view.sampleType, findings: a.findings, bottlenecks: a.bottlenecks, origins: a.origins }));
        const run = runs.find((r) => r.runId === runId);
        progress.set(`diagnosing run ${runId}`, true);
        const result = diagnose(inputs, { runId, run, metrics: metrics.filter((m) => m.runId === runId), leaks: leaks.bottlenecks });
        log.info(`${runId}: ${result.findings.length} findings; ${result.bound.how}`);
        await emit(result.findings);
        await emit(result.diagnostics);
      }
      for (const a of inInputOrder) await emit(a.views);
      progress.done();
      if (latest && !baseline) await loadBaseline();
      if (!baseline) return;
      for (const n of baselineNotes) await out.write(diagnostic('perf-analyze', n.level, 'baseline-run', n.message, runs[0]?.runId));
      const run = runs[0] ?? { runId: profiles[0]?.record.runId ?? baseline.run.runId };
      // Compared as attributed: filtered, JavaScript frames named after the code that ran, module top levels named as findings are.
      const located = (p: Profile, record: ProfileRecord) => nameModuleTopLevels(p, (f) => originOf(f, originOptionsOfFormat(record.sourceFormat, origin)));
      const current = inInputOrder.map((a) => ({ record: a.record, profile: located(a.named, a.record), sampleType: a.hotView.sampleType }));
      const prepare = (p: Profile, record: ProfileRecord) => located(nameJsFunctions(filterProfile(p, filters), source, { leafPositions: LEAF_POSITION_FORMATS.has(record.sourceFormat) }).profile, record);
      const threshold = regressionLimitPct !== undefined ? { threshold: regressionLimitPct } : {};
      // Classed as the analysis classed them: a folded stack's file-less frames are the user's functions, not natives.
      const origins = (f: { function: string; file: string }, record: ProfileRecord) => originOf({ name: f.function, file: f.file }, originOptionsOfFormat(record.sourceFormat, origin));
      progress.set(`comparing with ${baseline.run.runId}`, true);
      const { comparisons, verdict, checks } = compareRuns({ run, metrics, profiles: current, baseline, prepare, top: options.top, origin: origins, ...threshold });
      progress.done();
      await emit(comparisons);
      await emit([verdict]);
      await emit(checks);
      for (const line of verdict.reasons) io.stderr.write(`perf-analyze: ${line}\n`);
      verdictExit = verdict.exitCode;
    },
  }, options.summary ? (records) => analyzeSummary(records, { sourceRoot }) : undefined);
  // The records are all out (the report still gets written); the exit status carries the verdict.
  return code === 0 ? verdictExit : code;
}
