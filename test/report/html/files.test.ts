// The names of the files drawn from each profile: the ones perf-apply writes
// are the ones report.html links to, and the flame graph uses the sample type
// the hotspot tables were ranked by.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { profileFiles, rankedSampleType } from '../../../lib/report/html/files.js';
import { PROFILES, ROOT, listFiles, sh, tempRoot } from '../../helpers.js';

t.test('perf-apply writes each profile file under these names, and report.html links them', async (t) => {
  const root = tempRoot();
  const recording = join(PROFILES, 'diagnosis', 'demo-service.ndjson');
  const r = sh(`cat ${recording} | perf-analyze --source-root ${join(ROOT, 'examples', 'demo-service')} | perf-plan | perf-apply --root ${root}`, { env: { SOURCE_DATE_EPOCH: '1767225600' } });
  t.equal(r.code, 0, r.stderr);
  const files = listFiles(root);
  const report = files.find((f) => f.endsWith('/report.html'))!;
  const dir = report.slice(0, -'report.html'.length);
  const html = readFileSync(join(root, report), 'utf8');
  const profileIds = [...new Set([...html.matchAll(/<section class="profile" id="profile-\d+"><h2>Profile (\S+) /g)].map((m) => m[1]!))];
  t.ok(profileIds.length >= 1, profileIds.join(', '));
  for (const id of profileIds) {
    const names = profileFiles(id);
    for (const name of [names.pprof, names.speedscope, names.folded, names.flame]) {
      t.ok(files.includes(`${dir}${name}`), `${name} written`);
      t.match(html, `href="${name}"`, `${name} linked`);
    }
    t.notOk(files.includes(`${dir}${names.diff}`), 'no baseline: no differential graph');
  }
});

t.test('the ranked sample type of a profile', async (t) => {
  const hotspots = [
    { profileId: 'a', sampleType: 'cpu' },
    { profileId: 'b', sampleType: 'alloc_space' },
    { profileId: 'b', sampleType: 'alloc_space' },
  ];
  t.equal(rankedSampleType(hotspots, 'b'), 'alloc_space');
  t.equal(rankedSampleType(hotspots, 'c'), undefined);
  t.same(profileFiles('node-cpu'), { pprof: 'node-cpu.pb.gz', speedscope: 'node-cpu.speedscope.json', folded: 'node-cpu.folded', flame: 'node-cpu.flamegraph.html', diff: 'node-cpu.diff.flamegraph.html' });
});
