// Shared by the diagnosis tests that replay a recorded run through the real
// bins: perf-analyze | perf-plan, then perf-apply into a fresh root, and the
// rows of report.html's findings overview.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
