// The report's header and targets on the demo run: what ran and where, the
// counts of what was found, and each of the scenario's targets with its status.
import t from 'tap';
import { summaryHeader, targetsTable } from '../../../lib/report/html/summary.js';
import { targetRows } from '../../../lib/report/targets.js';
import { demoContents } from '../demo-run.js';

const c = demoContents();

t.test('the header: run id, counts, the facts of the run', async (t) => {
  const html = summaryHeader(c);
  t.match(html, `<h1>Performance report <span class="run-id">${c.run.runId}</span></h1>`);
  const s = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  t.match(html, `<p class="lede">${s(c.profiles.length, 'profile')}, ${s(c.findings.length, 'finding')}, ${s(c.planItems.length, 'plan item')}</p>`);
  const facts = Object.fromEntries([...html.matchAll(/<dt>([^<]+)<\/dt><dd>([^<]*)<\/dd>/g)].map((m) => [m[1], m[2]]));
  t.equal(facts['profiler'], c.run.profiler);
  t.equal(facts['command'], c.run.command.join(' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
  t.equal(facts['started'], c.run.startedAt);
  if (c.run.scenario) t.equal(facts['scenario'], c.run.scenario.name);
  t.match(facts['host'], new RegExp(`^${c.run.host.platform}/${c.run.host.arch}, ${c.run.host.cpus} CPUs, Node `));
});

t.test('a row per target with the status the target rows give', async (t) => {
  const html = targetsTable(c);
  const rows = targetRows(c);
  t.ok(rows.length >= 2, 'the demo scenario sets targets');
  const statuses = [...html.matchAll(/<span class="st (\w+)">([^<]+)<\/span>/g)].map((m) => [m[1], m[2]]);
  t.same(statuses, rows.map((r) => [r.status === 'not measured' ? 'unknown' : r.status, r.status]));
  t.ok(rows.some((r) => r.status === 'missed'), 'the demo misses a target');
  t.equal(targetsTable({ ...c, run: { ...c.run, scenario: undefined } } as never), '', 'no targets, no table');
});
