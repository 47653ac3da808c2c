import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { functionStats, topBySelf } from '../../lib/analysis/hotspots.js';
import { chromeTraceImporter } from '../../lib/importers/chrome-trace.js';
import { importProfiles, openSource } from '../../lib/importers/registry.js';
import { DEFAULT_LIMITS } from '../../lib/importers/types.js';
import { totalOf } from '../../lib/model/profile.js';
import { PROFILES } from '../helpers.js';
import { listing, statsByName, textSource } from './listing.js';

const fixture = join(PROFILES, 'chrome-hot.trace.json');
const raw = JSON.parse(readFileSync(fixture, 'utf8')) as { traceEvents: any[] };
const parse = (text: string, name = 'trace.json') => chromeTraceImporter.parse(textSource(text, name, { noReadAll: true }), DEFAULT_LIMITS);

t.test('sniffs both trace event layouts', async (t) => {
  t.equal(chromeTraceImporter.sniff(readFileSync(fixture).subarray(0, 4096), fixture), 'yes');
  t.equal(chromeTraceImporter.sniff(Buffer.from('[{"name":"Profile","ph":"P"}]'), 'x'), 'yes');
  t.equal(chromeTraceImporter.sniff(Buffer.from('{"metadata": {}, "traceEvents": ['), 'x'), 'maybe');
  t.equal(chromeTraceImporter.sniff(Buffer.from('{"nodes": [], "samples": []}'), 'x'), 'no');
});

t.test('a real headless Chromium trace becomes one cpu profile per profiled thread', async (t) => {
  const imported = await importProfiles(await openSource(fixture), DEFAULT_LIMITS);
  const pids = [...new Set(raw.traceEvents.filter((e) => e.name === 'ProfileChunk').map((e) => e.pid))];
  t.same(imported.map((p) => p.label), pids.map((pid) => `pid${pid}`), 'one profile per pid, in order of appearance');
  t.ok(imported.every((p) => p.kind === 'cpu' && p.sourceFormat === 'chrome-trace'));
  const page = imported[0]!.profile;
  const chunks = raw.traceEvents.filter((e) => e.name === 'ProfileChunk' && e.pid === pids[0]);
  const roots = new Set(chunks.flatMap((e) => e.args.data.cpuProfile?.nodes ?? []).filter((n: any) => n.callFrame.functionName === '(root)').map((n: any) => n.id));
  const samples = chunks.flatMap((e) => e.args.data.cpuProfile?.samples ?? []).filter((id: number) => !roots.has(id)).length;
  t.equal(totalOf(page, 0), samples, 'every sample of the page thread counted (the V8 importer drops (root) ones)');
  const top = topBySelf(functionStats(page), 1)[0]!;
  t.equal(top.name, 'checksum', 'the planted hot function leads');
  t.match(top.file, /programs\/chrome-hot\/hot\.js$/, 'script URL turned into a path');
  t.ok(top.line >= 3 && top.line <= 9, `hot line ${top.line} from the trace's per-sample lines is inside checksum`);
  t.ok(statsByName(page).get('run')![1] > statsByName(page).get('checksum')![1], 'run calls checksum');
  t.match(page.comments.join('\n'), /chrome trace: pid \d+, tid \d+ \(CrRendererMain\)/);
  t.matchSnapshot(listing(imported.slice(0, 1), 6), 'the page thread');
});

t.test('the bare array layout, even without its closing bracket, reads the same', async (t) => {
  const fromObject = await parse(JSON.stringify(raw));
  const array = JSON.stringify(raw.traceEvents);
  const fromArray = await parse(array);
  const unclosed = await parse(array.slice(0, -1) + ',\n');
  t.same(fromArray.map((p) => statsByName(p.profile)), fromObject.map((p) => statsByName(p.profile)));
  t.same(unclosed.map((p) => statsByName(p.profile)), fromObject.map((p) => statsByName(p.profile)));
});

t.test('refuses broken traces with the place and what was expected', async (t) => {
  const profile = { name: 'Profile', ph: 'P', pid: 1, tid: 1, id: '0x1', ts: 0, args: { data: { startTime: 0 } } };
  const chunk = (data: object) => ({ name: 'ProfileChunk', ph: 'P', pid: 1, tid: 1, id: '0x1', ts: 5, args: { data } });
  const nodes = [
    { id: 1, callFrame: { functionName: '(root)' } },
    { id: 2, parent: 1, callFrame: { functionName: 'f', url: 'file:///a.js', lineNumber: 0 } },
  ];
  const lines = (...events: object[]) => `{"traceEvents": [\n${events.map((e) => JSON.stringify(e)).join(',\n')}\n]}`;
  await t.rejects(parse(lines(profile, chunk({ cpuProfile: { nodes, samples: [2, 2] }, timeDeltas: [1] }))), {
    code: 'bad-input',
    message: /^trace\.json:3: ProfileChunk has 2 samples but 1 timeDeltas$/,
  });
  await t.rejects(parse(lines(profile, chunk({ cpuProfile: { nodes: [{ id: 3, parent: 9, callFrame: {} }], samples: [3] }, timeDeltas: [1] }))), {
    message: /^trace\.json: node 3 has unknown parent 9 in profile 1:0x1$/,
  });
  await t.rejects(parse(lines({ name: 'thread_name', ph: 'M', pid: 1, tid: 1, args: { name: 'x' } })), {
    message: /^trace\.json: no CPU profile samples in this trace; record it with the "disabled-by-default-v8\.cpu_profiler" category/,
  });
  await t.rejects(parse('{"traceEvents": [\n{"name": "Profile", "pid": 1, "id": 1, "args": {"data": {}}},\n{"name": "ProfileChunk", "pid": 1, "id": 1, "args": {"data": {"cpuProfile": {"nodes": [\n'), {
    message: /^trace\.json:4: a Chrome trace \(trace events JSON\) ends early \(truncated JSON\)$/,
  });
  await t.rejects(parse('{"traceEvents": [1, 2]}'), { message: /^trace\.json:1: expected an object element in a Chrome trace \(trace events JSON\), found '1'$/ });
  await t.rejects(parse('"x"'), { message: /^trace\.json:1: expected a Chrome trace/ });
  const [ok] = await parse(lines(profile, chunk({ cpuProfile: { nodes, samples: [2, 2] }, timeDeltas: [10, 10], lines: [4, 4] })));
  t.same(ok!.profile.frames.map((f) => [f.name, f.line]), [['f', 4]], 'per-sample lines become the leaf line');
});
