// One section per profile in report.html, on the demo run: its files linked,
// its flame graph (drawn by the ranked sample type, its bottlenecks marked,
// paths relative to the root), its findings' cards and top-function tables.
import t from 'tap';
import { functionStats } from '../../../lib/analysis/hotspots.js';
import { decoded } from '../../../lib/report/html/decoded.js';
import { profileFiles, rankedSampleType } from '../../../lib/report/html/files.js';
import { flameOptions, profilesSections } from '../../../lib/report/html/profiles.js';
import { demoContents } from '../demo-run.js';

const c = demoContents();

t.test('a section per profile with its links, flame graph and tables', async (t) => {
  const html = profilesSections(c, undefined, c.sourceRoot);
  const sections = html.split('<section class="profile" ').slice(1);
  t.equal(sections.length, c.profiles.length);
  c.profiles.forEach((p, i) => {
    const s = sections[i]!;
    t.match(s, `id="profile-${i}"><h2>Profile ${p.profileId} <span class="sub">${p.kind}, from ${p.sourceFormat}, ${p.sampleCount} distinct stacks</span></h2>`);
    const files = profileFiles(p.profileId);
    t.match(s, `Files: <a href="${files.flame}">flame graph</a> \u00b7 <a href="${files.pprof}">pprof</a> \u00b7 <a href="${files.speedscope}">speedscope</a> \u00b7 <a href="${files.folded}">folded</a>`);
    t.match(s, `<figure class="fg" id="fg-p${i}" data-fg>`, 'its flame graph');
    t.notMatch(s, /differential flame graph/, 'no baseline: no differential graph');
    if (c.hotspots.some((h) => h.profileId === p.profileId)) t.match(s, /<caption>Top functions by self value<\/caption>/);
  });
  t.equal(profilesSections({ ...c, profiles: [] }), '<section><h2>Profiles</h2><p>No profiles in this run.</p></section>');
});

t.test("the flame graph's options: the tables' sample type, the profile's bottlenecks, paths relative to the root", async (t) => {
  for (const p of c.profiles) {
    const options = flameOptions(c, p, 'x', 'title', c.sourceRoot);
    t.equal(options.sampleType, rankedSampleType(c.hotspots, p.profileId));
    t.equal(options.marks!.length, c.bottlenecks.filter((b) => b.profileId === p.profileId).length);
    const file = c.findings.find((f) => f.file)!.file;
    t.equal(options.displayFile!(file), file.slice(c.sourceRoot!.length + 1));
    // Every function the tables rank exists in the decoded profile under that sample type.
    const stats = functionStats(decoded(p), options.sampleType);
    const named = new Set(stats.functions.map((f) => f.name));
    t.ok(c.hotspots.filter((h) => h.profileId === p.profileId).every((h) => named.has(h.function)), `${p.profileId}: the graph and the tables name the same functions`);
  }
});
