// The visual files of the demo run as perf-apply plans them: speedscope JSON
// and folded stacks beside each profile, a flame graph page per profile, and
// report.html, each in the run's folder; their contents are the profile's.
import t from 'tap';
import { flameGraphs, profileExports, reportHtml } from '../../../lib/report/html/outputs.js';
import { decoded } from '../../../lib/report/html/decoded.js';
import { profileFiles, rankedSampleType } from '../../../lib/report/html/files.js';
import { runDir } from '../../../lib/report/run-folder.js';
import { totalOf } from '../../../lib/model/profile.js';
import { demoContents } from '../demo-run.js';

const c = demoContents();
const dir = runDir(c.run.runId);

t.test('speedscope and folded beside each profile, holding its samples', async (t) => {
  const files = profileExports(c, { apply: false });
  t.same(files.map((f) => f.path), c.profiles.flatMap((p) => [`${dir}/${profileFiles(p.profileId).speedscope}`, `${dir}/${profileFiles(p.profileId).folded}`]));
  c.profiles.forEach((p, i) => {
    const speedscope = JSON.parse(String(files[2 * i]!.content)) as { $schema: string; profiles: { name: string }[] };
    t.equal(speedscope.$schema, 'https://www.speedscope.app/file-format-schema.json');
    t.ok(speedscope.profiles.length >= 1, `${p.profileId}: speedscope profiles`);
    const folded = String(files[2 * i + 1]!.content).trim().split('\n');
    const sum = folded.reduce((n, line) => n + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
    const profile = decoded(p);
    const ranked = rankedSampleType(c.hotspots, p.profileId);
    const index = ranked ? profile.sampleTypes.findIndex((s) => s.type === ranked) : profile.defaultSampleIndex;
    t.equal(sum, totalOf(profile, index), `${p.profileId}: the folded lines sum to the total of the sample type the tables ranked by (${ranked})`);
  });
});

t.test('a flame graph page per profile; a differential one only with a baseline', async (t) => {
  const pages = flameGraphs(c, { apply: false, sourceRoot: c.sourceRoot! });
  t.same(pages.map((f) => f.path), c.profiles.map((p) => `${dir}/${profileFiles(p.profileId).flame}`));
  for (const page of pages) {
    t.match(String(page.content), /^<!DOCTYPE html>/);
    t.match(String(page.content), /<table class="fg-toptable"/, 'with the top-functions table');
  }
  const p = c.profiles[0]!;
  const withBaseline = flameGraphs(c, { apply: false, baselines: new Map([[p.profileId, { runId: 'earlier', profileId: p.profileId, profile: decoded(p) }]]) });
  t.ok(withBaseline.some((f) => f.path === `${dir}/${profileFiles(p.profileId).diff}`), 'the differential page');
  t.match(String(withBaseline.find((f) => f.path.endsWith('.diff.flamegraph.html'))!.content), `vs baseline earlier`);
});

t.test('report.html in the run folder', async (t) => {
  const [file, ...more] = reportHtml(c, { apply: false, sourceRoot: c.sourceRoot! });
  t.same(more, []);
  t.equal(file!.path, `${dir}/report.html`);
  t.match(String(file!.content), new RegExp(`<h1>Performance report <span class="run-id">${c.run.runId}</span></h1>`));
});
