// Shared by the leak suites (node, go, java): run one variant of a fixture
// service under a rate-limited http load through the real bins, and pick out
// the leak findings, the metrics and why (stderr tail and diagnostics).

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Test } from 'tap';
import { freePort, profiledRun, writeScenarios } from '../collectors/backend-run.js';

/** What each planted cache entry holds: a 16 KiB payload. */
export const PAYLOAD = 16 * 1024;
/** Requests per second: enough for a clear slope, little enough that a leak stays small on a shared machine. */
export const RATE = 400;

export async function leakRun(name: string, scenario: (port: number) => Record<string, unknown>) {
  const dir = mkdtempSync(join(tmpdir(), `leak-${name}-`));
  const port = await freePort();
  writeScenarios(dir, {
    default: {
      ready: { line: 'listening on', timeoutMs: 30000 },
      warmupS: 1,
      durationS: 5,
      load: { kind: 'http', url: `http://127.0.0.1:${port}/`, connections: 4, rate: RATE },
      ...scenario(port),
    },
  });
  const r = profiledRun([], { cwd: dir, top: 10 });
  const leaks = r.records.filter((x) => x.type === 'bottleneck' && x.cause === 'memory-leak');
  const why = `${r.stderr.slice(-600)}; diagnostics: ${r.records.filter((x) => x.type === 'diagnostic').map((x) => x.message).join(' | ')}`;
  const metric = (name: string, stat?: string) => r.records.find((x) => x.type === 'metric' && x.name === name && (stat === undefined || x.labels?.stat === stat));
  const findings = r.records.filter((x) => x.type === 'finding');
  return { ...r, dir, leaks, findings, why, metric };
}

/** The run's first finding is the leak (issue 17): the leak bottleneck fused into it, its growth per request, what to do in the plan. */
export function leakIsFirstFinding(t: Test, r: LeakRun): void {
  const first = r.findings[0];
  const rows = r.findings.map((f) => `${f.cause}@${f.function}`).join(', ');
  t.match(first, { rank: 1, category: 'memory', cause: 'memory-leak' }, `the first finding is the leak: ${rows}`);
  t.ok(first?.bottleneckIds?.includes(r.leaks[0]?.id), 'the leak verdict is fused into it');
  t.ok(first?.growth, 'it carries the leak verdict\'s growth');
  t.equal(r.findings.filter((f) => f.cause === 'memory-leak').length, 1, 'one leak finding');
}

export type LeakRun = Awaited<ReturnType<typeof leakRun>>;

/** Bounded and churn-only twins: no leak finding, memory over time still there; the churn twin's allocation profile names `churnAt`. */
export function noLeakTwins(t: Test, run: (mode: string) => Promise<LeakRun>, churnAt?: RegExp): void {
  for (const mode of ['bounded', 'churn']) {
    t.test(`${mode}: no leak finding`, async (t) => {
      const r = await run(mode);
      t.equal(r.code, 0, r.why);
      t.equal(r.leaks.length, 0, r.why);
      t.notOk(r.findings.some((f) => f.cause === 'memory-leak'), 'no leak finding');
      t.ok(r.metric('memory_over_time', 'rss'), 'memory over time in the run');
      if (mode === 'churn' && churnAt) {
        const churn = r.records.filter((x) => x.type === 'bottleneck' && x.category === 'memory' && x.kind === 'alloc' && churnAt.test(x.function));
        t.ok(churn.length > 0, `churn at ${churnAt}: ${r.records.filter((x) => x.type === 'bottleneck').map((x) => `${x.kind}/${x.cause}@${x.function}`).join(', ')}`);
      }
    });
  }
}
