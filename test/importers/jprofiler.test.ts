import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { convertJProfilerXml, jprofilerImporter } from '../../lib/importers/jprofiler.js';
import { csvFields, readHotSpotsCsv } from '../../lib/importers/jprofiler-csv.js';
import { importProfiles, openSource } from '../../lib/importers/registry.js';
import { DEFAULT_LIMITS } from '../../lib/importers/types.js';
import { totalOf } from '../../lib/model/profile.js';
import { PROFILES, runBin, tempRoot } from '../helpers.js';
import { listing, statsByName, textSource } from './listing.js';

// Hand-written to jpexport's structure: see test/fixtures/profiles/jprofiler/README.md.
const dir = join(PROFILES, 'jprofiler');
const callTree = join(dir, 'hotapp-calltree.xml');
const hotSpotsXml = join(dir, 'hotapp-hotspots.xml');
const hotSpotsCsv = join(dir, 'hotapp-hotspots-csv.csv');
const MS = 1e6;

t.test('sniffs the XML and CSV exports by content', async (t) => {
  for (const f of [callTree, hotSpotsXml, hotSpotsCsv]) t.equal(jprofilerImporter.sniff(readFileSync(f).subarray(0, 4096), f), 'yes', f);
  t.equal(jprofilerImporter.sniff(Buffer.from('<?xml version="1.0"?><svg></svg>'), 'x'), 'no');
  t.equal(jprofilerImporter.sniff(Buffer.from('name,value\na,1\n'), 'x'), 'no');
});

t.test('call tree XML: full stacks, self times from selfTime, detected by the registry', async (t) => {
  const [p] = await importProfiles(await openSource(callTree), DEFAULT_LIMITS);
  t.equal(p!.sourceFormat, 'jprofiler');
  t.equal(p!.kind, 'cpu');
  t.equal(totalOf(p!.profile, 1), 3900 * MS, 'root times add up: main 2000 ms + Thread.run 1900 ms');
  const s = statsByName(p!.profile);
  t.same(s.get('demo.HotApp.spin'), [3404 * MS, 3404 * MS], 'spin from both call paths');
  t.same(s.get('demo.HotApp.main'), [12 * MS, 2000 * MS]);
  t.same(s.get('java.lang.Thread.run'), [0, 1900 * MS]);
  const spin = p!.profile.frames.filter((f) => f.name === 'demo.HotApp.spin').map((f) => f.line).sort();
  t.same(spin, [29, 63], 'line numbers kept per call site');
  t.matchSnapshot(listing([p!], 6), 'call tree');
});

t.test('hot spots XML and CSV agree with the call tree on self times', async (t) => {
  const tree = statsByName((await jprofilerImporter.parse(await openSource(callTree), DEFAULT_LIMITS))[0]!.profile);
  const [xml] = await jprofilerImporter.parse(await openSource(hotSpotsXml), DEFAULT_LIMITS);
  const [csv] = await jprofilerImporter.parse(await openSource(hotSpotsCsv), DEFAULT_LIMITS);
  const fromXml = statsByName(xml!.profile);
  const fromCsv = statsByName(csv!.profile);
  for (const name of ['demo.HotApp.spin', 'demo.HotApp.allocate', 'java.io.FileOutputStream.write', 'java.util.ArrayList.add']) {
    t.equal(fromXml.get(name)![0], tree.get(name)![0], `${name} self, hot spots XML`);
    t.equal(fromCsv.get(name)![0], tree.get(name)![0], `${name} self, hot spots CSV`);
  }
  t.same(fromXml.get('java.lang.Thread.run'), [0, 1892 * MS], 'backtraces become callers');
  t.same(fromXml.get('demo.HotApp.main'), [0, (1512 + 352 + 70) * MS]);
  t.equal(totalOf(csv!.profile, 0), 473 + 61 + 40 + 78080 + 412, 'invocations column');
  t.match(csv!.notes, [/no call stacks/]);
  t.matchSnapshot(listing([xml!], 4), 'hot spots xml');
});

t.test('refuses broken exports with the line and what was expected', async (t) => {
  const xml = (body: string) => convertJProfilerXml(`<?xml version="1.0"?>\n<tree type="Call tree">\n${body}\n</tree>\n`, 'ct.xml');
  t.throws(() => xml('<node class="A" methodName="m" time="5">'), { code: 'bad-input', message: /^ct\.xml:4: <\/tree> closes <node> from line 3$/ });
  t.throws(() => xml('<node class="A" time="5"/>'), { message: /^ct\.xml:3: <node> needs a "methodName" attribute$/ });
  t.throws(() => xml('<node class="A" methodName="m" time="fast"/>'), { message: /^ct\.xml:3: <node> time="fast" is not a number$/ });
  t.throws(() => xml('<node class="A" methodName="m"/>'), { message: /^ct\.xml:3: <node> needs a "time" attribute$/ });
  t.same(statsByName(xml('<node class="A" methodName="m" time="1"></node>\n<threadInfo name="x"/>').profile).get('A.m'), [MS, MS], 'other elements are skipped');
  t.throws(() => convertJProfilerXml('<tree>\n</tree>', 'e.xml'), { message: /^e\.xml:1: expected <node> \(call tree\) or <hotspot> elements inside <tree>$/ });
  const csv = (text: string) => readHotSpotsCsv(text, 'hs.csv');
  t.throws(() => csv('"Name","Value"\n"a","1"\n'), { message: /^hs\.csv:1: expected a JProfiler hot spots CSV header with a "Hot spot"/ });
  t.throws(() => csv('"Hot spot","Self time (ms)"\n"a.B.c()","1"\n"a.B.d()"\n'), { message: /^hs\.csv:3: expected 2 fields as in the header, found 1$/ });
  t.throws(() => csv('"Hot spot","Self time (ms)"\n"a.B.c()","lots"\n'), { message: /^hs\.csv:2: Self time \(ms\) "lots" is not a number$/ });
  t.throws(() => csv('"Hot spot","Self time (fortnights)"\n"a.B.c()","1"\n'), { message: /^hs\.csv:1: unknown time unit "fortnights"/ });
  t.throws(() => csv('"Hot spot","Self time (ms)"\n"a.B.c(),"1"\n'), { message: /^hs\.csv:2: / });
  const [p] = await jprofilerImporter.parse(textSource('"Hot spot","Self time (µs)","Invocations"\n"a.B.c(int)","1,500","3"\n', 'u.csv'), DEFAULT_LIMITS);
  t.same(statsByName(p!.profile).get('a.B.c'), [1_500_000, 1_500_000], 'unit from the header, thousands separators');
});

t.test('CSV fields as RFC 4180 quotes them', async (t) => {
  t.same(csvFields('"a","b ""c""",d, e', 'x'), ['a', 'b "c"', 'd', 'e']);
  t.same(csvFields('', 'x'), ['']);
  t.throws(() => csvFields('"a"b', 'x:1'), { message: /^x:1: expected ',' after a quoted field at column 4$/ });
});

t.test('perf-collect on broken or very deep XML: one line naming file and line, exit 2, nothing on stdout', async (t) => {
  const dir = tempRoot('jprofiler-bad-');
  const node = '<node class="A" methodName="m" time="1">\n';
  const cases: [string, string, RegExp][] = [
    ['mismatched.xml', `<?xml version="1.0"?>\n<tree>\n${node}</tree>\n`, /^perf-collect: mismatched\.xml:4: <\/tree> closes <node> from line 3$/],
    // 200,000 deep, past the deepest stack a profile may hold (PERF_MAX_STACK_DEPTH, lowered to keep the test short): refused where it passes it.
    ['deep.xml', `<tree>\n${node.repeat(200_000)}${'</node>'.repeat(200_000)}</tree>`, /^perf-collect: deep\.xml:5002: elements nested more than 5000 below the root/],
  ];
  for (const [name, text, message] of cases) {
    writeFileSync(join(dir, name), text);
    const r = runBin('perf-collect', ['--input', name], { cwd: dir, env: { PERF_MAX_STACK_DEPTH: '5000' } });
    t.equal(r.code, 2, `${name}: exit 2 (${r.stderr.slice(0, 200)})`);
    t.equal(r.stderr.trim().split('\n').length, 1, `${name}: one line`);
    t.match(r.stderr.trim(), message);
    t.equal(r.stdout, '', `${name}: no records`);
  }
});
