// Shared by the diagnosis tests that replay a recorded run through the real
// bins: perf-analyze | perf-plan, then perf-apply into a fresh root, and the
// rows of report.html's findings overview.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STRATEGIES } from '../../../lib/plan/strategies.js';
import { PROFILES, ROOT, listFiles, parseRecords, sh, tempRoot } from '../../helpers.js';

export type Rec = Record<string, any>;
const pinned = { SOURCE_DATE_EPOCH: '1767225600' };

/** A recording of test/fixtures/profiles/diagnosis through perf-analyze and perf-plan. */
export function replayPlanned(name: string): Rec[] {
  const r = sh(`cat ${join(PROFILES, 'diagnosis', name)} | perf-analyze --source-root ${ROOT} | perf-plan`, { env: pinned });
  if (r.code !== 0) throw new Error(r.stderr);
  return parseRecords(r.stdout) as Rec[];
}

/** perf-apply of `records`: the run folder's files by name (report.html, report.md, plan.md). */
export function applied(records: Rec[]): { code: number; stderr: string; file: (name: string) => string } {
  const root = tempRoot();
  writeFileSync(join(root, 'in.ndjson'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const r = sh('perf-apply --root . < in.ndjson', { cwd: root, env: pinned });
  return { code: r.code, stderr: r.stderr, file: (name) => readFileSync(join(root, listFiles(root).find((f) => f.endsWith(`/${name}`))!), 'utf8') };
}

/** The body rows of report.html's "Findings and plan" overview table, as HTML. */
export function overviewRows(html: string): string[] {
  const start = html.indexOf('<section id="findings">');
  return start < 0 ? [] : html.slice(start, html.indexOf('</table>', start)).split('<tr>').slice(2);
}

/** Strategies that act on CPU time only (the plan's catalog says so): none of them removes a wait. */
export const CPU_ONLY_STRATEGIES = new Set(Object.entries(STRATEGIES).filter(([, s]) => s.acts === 'cpu').map(([id]) => id));

/** The wait findings (io, wait, lock) of a planned run, each with the CPU-only strategies it carries or was planned with. */
export function cpuStrategiesOfWaits(records: Rec[]): { finding: string; strategies: string[] }[] {
  const items = records.filter((r) => r.type === 'plan-item');
  return records
    .filter((r) => r.type === 'finding' && ['io', 'wait', 'lock'].includes(r.category))
    .map((f) => {
      const planned = items.filter((i) => i.findingId === f.id).flatMap((i) => [i.strategyId, ...(i.alternatives ?? []).map((a: Rec) => a.strategyId)]);
      return { finding: `${f.function} ${f.category}/${f.cause}`, strategies: [...new Set([...f.strategies, ...planned])].filter((s) => CPU_ONLY_STRATEGIES.has(s)) };
    });
}
