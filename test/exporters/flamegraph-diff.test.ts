// Differential flame graphs: costs per unit of work (shares without one)
// compared per call path, red where the new run spends more, blue where less,
// the delta in the tooltip, vanished functions listed; and end to
// end, perf-analyze --baseline naming the baseline profile and perf-apply reading it,
// with two real recordings of diff-program.js (record-diff.sh).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { renderDiffFlameGraphFragment } from '../../lib/exporters/flamegraph-diff.js';
import { listFiles, parseRecords, sh, tempRoot } from '../helpers.js';
import { SMALL_STACKS, profileOf, smallProfile } from './small-profiles.js';

const here = join(import.meta.dirname, 'fixtures');
const pinned = { SOURCE_DATE_EPOCH: '1767225600' };

interface Drawn {
  name: string;
  fill: string;
  note: string;
}

/** Each drawn frame's name, fill and tooltip delta, from the fragment's SVG and data. */
function drawn(html: string): Drawn[] {
  const data = JSON.parse(/class="fg-data">(.*?)<\/script>/s.exec(html)![1]!) as { nodes: { n: string; dt?: string }[] };
  const fills = [...html.matchAll(/<g class="f[^"]*" data-i="(\d+)"><rect [^>]*fill="([^"]+)"/g)].map((m) => m[2]!);
  return data.nodes.map((n, i) => ({ name: n.n, fill: fills[i]!, note: n.dt ?? '' }));
}
const red = (fill: string) => /^rgb\(250,(\d+),\1\)$/.test(fill) && fill !== 'rgb(250,250,250)';
const blue = (fill: string) => /^rgb\((\d+),\1,250\)$/.test(fill);

t.test('shares compared per call path: more is red, less is blue, delta in the tooltip', async (t) => {
  // parse gets three times its time; everything else keeps its value.
  const after = profileOf(SMALL_STACKS.map(([frames, v]) => [frames, frames.at(-1)![0] === 'parse' ? v * 3 : v]));
  const html = renderDiffFlameGraphFragment(after, { runId: 'base-run', profileId: 'small', profile: smallProfile() }, { id: 'd', title: 'diff' });
  const frames = drawn(html);
  const parse = frames.filter((f) => f.name === 'parse');
  t.equal(parse.length, 3);
  t.ok(parse.every((f) => red(f.fill)), `parse frames are red: ${parse.map((f) => f.fill).join(' ')}`);
  t.ok(parse.every((f) => /^vs baseline, share: own \+\d+\.\d\d% \(\d+\.\d\d% \u2192 \d+\.\d\d%\), total \+/.test(f.note)), parse[0]!.note);
  const gc = frames.find((f) => f.name === '(garbage collector)')!;
  t.ok(blue(gc.fill), `garbage collector's share shrank: blue (${gc.fill})`);
  t.match(gc.note, /own \u2212\d+\.\d\d%/);
  t.match(html, /costs more per share than in the baseline.*costs less/s, 'legend');
  t.match(html, /no function of the baseline vanished/);
  const same = renderDiffFlameGraphFragment(smallProfile(), { runId: 'b', profileId: 'small', profile: smallProfile() }, { id: 'd', title: 'diff' });
  t.ok(drawn(same).every((f) => f.fill === 'rgb(235,235,235)'), 'a profile against itself is all neutral');
  t.equal(renderDiffFlameGraphFragment(after, { runId: 'base-run', profileId: 'small', profile: smallProfile() }, { id: 'd', title: 'diff' }), html, 'deterministic');
});

t.test('perf-apply draws the differential graph from the baseline run a comparison record names', async (t) => {
  const base = tempRoot();
  const first = sh(`perf-profiler --input ${join(here, 'diff-before.cpuprofile')} --root ${base}`, { env: pinned });
  t.equal(first.code, 0, first.stderr);
  const baselinePath = join(base, listFiles(base).find((f) => f.endsWith('/run.ndjson'))!);
  const baselineRunId = parseRecords(readFileSync(baselinePath, 'utf8'))[0]!.runId;

  const root = tempRoot();
  const analyzed = sh(`perf-collect --input ${join(here, 'diff-after.cpuprofile')} --run-id after-run | perf-analyze --baseline ${baselinePath}`, { env: pinned });
  t.equal(analyzed.code, 0, analyzed.stderr);
  const comparison = parseRecords(analyzed.stdout).find((x) => x.type === 'comparison')!;
  t.same([comparison.baselineRunId, comparison.profileId, comparison.baselineProfileId], [baselineRunId, 'diff-after', 'diff-before'], 'perf-analyze --baseline names the baseline profile');
  writeFileSync(join(root, 'in.ndjson'), analyzed.stdout);
  const r = sh('perf-apply --root . < in.ndjson', { cwd: root });
  t.equal(r.code, 0, r.stderr);
  const dir = join(root, '.spec/reports/performance/after-run');
  const page = readFileSync(join(dir, 'diff-after.diff.flamegraph.html'), 'utf8');
  t.match(page, new RegExp(`diff-after: run after-run vs baseline ${baselineRunId}`));
  const frames = drawn(page);
  const checksum = frames.filter((f) => f.name === 'checksum');
  t.ok(checksum.length > 0 && checksum.every((f) => red(f.fill)), `checksum (made 4x costlier) is red: ${checksum.map((f) => f.fill).join(' ')}`);
  t.match(checksum[0]!.note, /^vs baseline, per second: own \+\d/);
  t.match(page, /colour: change in own cost per second vs baseline/, 'the legend names the unit of work');
  const parseRow = frames.filter((f) => f.name === 'parseRow');
  t.ok(parseRow.some((f) => blue(f.fill)), `parseRow (unchanged, now a smaller share) is blue: ${parseRow.map((f) => f.fill).join(' ')}`);
  const report = readFileSync(join(dir, 'report.html'), 'utf8');
  t.match(report, /<figure class="fg" id="fg-p0-diff" data-fg>/, 'report.html embeds the differential graph');
  t.match(report, /<a href="diff-after\.diff\.flamegraph\.html">differential flame graph<\/a>/);
  t.match(report, /<section id="comparison"><h2>Compared with the baseline<\/h2>\n<p class="verdict st compared">/, 'report.html: the comparison opens with the verdict');
  t.match(report, /<h3>diff-after vs diff-before \(cpu, matched by kind\)<\/h3>/, 'report.html: the compared profiles');
  t.match(report, /<td>checksum<\/td><td>[a-z]*<\/td><td>changed<\/td>/, 'report.html: checksum among the changed functions');

  // The baseline run deleted between perf-analyze and perf-apply.
  const moved = analyzed.stdout.split(JSON.stringify(baselinePath)).join(JSON.stringify(join(base, 'no-such-run.ndjson')));
  writeFileSync(join(root, 'bad.ndjson'), moved);
  const bad = sh('perf-apply --root . < bad.ndjson', { cwd: root });
  t.equal(bad.code, 2);
  t.match(bad.stderr, /no-such-run\.ndjson: no such file/);
});
