// perf-analyze's terminal view from the records the real bin wrote for the
// demo service's run: a pprof -top table per profile (as many rows as --top,
// sum% growing, paths relative to the source root), the findings in rank
// order, and one verdict sentence read from the run's structured bound.
import t from 'tap';
import { analyzeSummary } from '../../../lib/cli/summary/analyze-summary.js';
import { ROOT } from '../../helpers.js';
import { DEMO_RUN, recordsOf } from './records.js';

const records = recordsOf(`grep -E '"type":"(run|metric|profile)"' ${DEMO_RUN} | perf-analyze --top 7 --source-root ${ROOT}`);
// The recording names the files of the checkout it was made in: that checkout is the root paths are shown from.
const server = records.find((r) => r.type === 'finding')!['file'] as string;
const recordedRoot = server.slice(0, -'/examples/demo-service/server.js'.length);
const text = analyzeSummary(records, { sourceRoot: recordedRoot });

t.test('one table per profile, --top rows each, sum% growing', async (t) => {
  const profiles = records.filter((r) => r.type === 'profile');
  t.ok(profiles.length >= 2, 'the cpu and alloc profiles');
  for (const p of profiles) {
    const table = new RegExp(`^${p['profileId']} \\(${p['kind']}, [\\d,]+ samples\\), top (\\d+) by \\S+ \\(flat\\):\\n {2} +flat +flat% +sum% +cum +cum% +function\\n((?: {2}.+\\n)+)`, 'm').exec(text);
    t.ok(table, `${p['profileId']}: a table`);
    const rows = table![2]!.trimEnd().split('\n');
    t.equal(rows.length, Number(table![1]), `${p['profileId']}: as many rows as it says`);
    t.ok(rows.length <= 7, 'at most --top');
    const sums = rows.map((r) => Number(r.trim().split(/\s{2,}/)[2]!.replace('%', '')));
    t.same(sums, [...sums].sort((a, b) => a - b), `${p['profileId']}: sum% grows`);
  }
  t.notMatch(text, new RegExp(`${recordedRoot}/`), 'paths relative to the source root');
  t.match(text, / {2}searchCatalog {2}examples\/demo-service\/server\.js:41$/m, 'function, then file:line');
});

t.test('the findings in rank order, each with its place and one sentence of why', async (t) => {
  const findings = records.filter((r) => r.type === 'finding').sort((a, b) => (a['rank'] as number) - (b['rank'] as number));
  t.match(text, new RegExp(`^${findings.length} findings:$`, 'm'));
  let at = 0;
  for (const f of findings) {
    const i = text.indexOf(`  ${f['rank']}. ${f['function']} at `, at);
    t.ok(i > at, `${f['function']} listed after the one before`);
    at = i;
  }
  t.match(text, /^ {2}1\. \w+ at examples\/demo-service\/server\.js:\d+: cpu, [\d.]+% of http_latency_p99\n {5}\S/m);
});

t.test('the verdict: the bound from its field, the top finding', async (t) => {
  const run = records.find((r) => r.type === 'diagnostic' && r['code'] === 'run-diagnosis')!;
  t.equal((run['bound'] as { kind: string }).kind, 'cpu');
  t.match(text, /^The run is CPU-bound \(busy [\d.]+%\); \w+ \(examples\/demo-service\/server\.js:\d+\) holds the most: [\d.]+% of http_latency_p99\.$/m);
  t.match(text, /pipe them on \(\| perf-plan\), or pass --ndjson\.\n$/);
});

t.test('no findings: said so, and the verdict without a top finding', async (t) => {
  const bare = analyzeSummary(records.filter((r) => r.type !== 'finding'), { sourceRoot: recordedRoot });
  t.match(bare, /^No findings: nothing in your code holds 1% or more of the run\.$/m);
  t.match(bare, /^The run is CPU-bound \(busy [\d.]+%\); no location in your code holds 1% or more of it\.$/m);
});
