// The byte scan of a .cpuprofile must give the profile that JSON.parse and the
// object conversion give, on every recording we have and on the same recording
// written other ways; inputs outside its plain shape are left to JSON.parse.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { scanCpuProfile } from '../../lib/importers/v8-cpuprofile-scan.js';
import { convertV8CpuProfile, v8CpuProfileImporter } from '../../lib/importers/v8-cpuprofile.js';
import { PROFILES } from '../helpers.js';

const recordings = readdirSync(PROFILES, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.cpuprofile'))
  .sort();

const imported = async (bytes: Buffer) => {
  const source = { name: 'x.cpuprofile', head: bytes.subarray(0, 4096), readAll: async () => bytes, open: () => { throw new Error('not streamed'); } };
  const [one] = await v8CpuProfileImporter.parse(source, { maxDecompressedBytes: 1 << 30, maxStackDepth: 10_000, maxSamples: 10_000_000 });
  return one!.profile;
};
const viaObject = (text: string) => convertV8CpuProfile(JSON.parse(text.replace(/^\uFEFF/, '')), 'x.cpuprofile');

t.test('every recording: scanned, and the same profile as through JSON.parse', async (t) => {
  t.ok(recordings.length >= 8, `${recordings.length} recordings`);
  for (const name of recordings) {
    const bytes = readFileSync(join(PROFILES, name));
    t.ok(scanCpuProfile(bytes, name), `${name}: the scan reads it`);
    t.same(await imported(bytes), viaObject(bytes.toString('utf8')), `${name}: same profile`);
  }
});

const text = readFileSync(join(PROFILES, 'node-hot-loop.cpuprofile'), 'utf8');
const raw = JSON.parse(text);

t.test('the same recording written other ways reads the same, through the scan', async (t) => {
  const reordered = JSON.stringify({
    timeDeltas: raw.timeDeltas,
    samples: raw.samples,
    extra: { nested: [1, [2, { deep: null }], true, false, -0.5e3, 'a\\"b'] },
    endTime: raw.endTime,
    startTime: raw.startTime,
    nodes: raw.nodes.map((n: any) => ({ hitCount: n.hitCount, positionTicks: n.positionTicks, callFrame: n.callFrame, children: n.children, id: n.id })).map((n: any) => JSON.parse(JSON.stringify(n))),
  });
  const variants: Record<string, string> = {
    'pretty-printed': JSON.stringify(raw, null, 2),
    'tab-indented with CRLF': JSON.stringify(raw, null, '\t').replace(/\n/g, '\r\n'),
    'keys in another order, unknown keys': reordered,
    'escapes in string values': text.replace(/"url":"file:\/\/\//g, '"url":"file:\\/\\/\\u002f'),
    'a byte order mark': `\uFEFF${text}`,
  };
  const expected = viaObject(text);
  for (const [what, variant] of Object.entries(variants)) {
    const bytes = Buffer.from(variant);
    t.ok(scanCpuProfile(bytes, 'x'), `${what}: scanned`);
    t.same(await imported(bytes), expected, `${what}: same profile`);
  }
});

t.test('outside the plain shape the scan steps aside, and JSON.parse decides', async (t) => {
  const variants: Record<string, string> = {
    'an escaped key': text.replace('"nodes"', '"\\u006eodes"'),
    'a repeated key': text.replace('"samples":', '"samples":[],"samples":'),
    'a string id': text.replace('"id":2,', '"id":"2",'),
    'null children': text.replace(/"children":\[[^\]]*\]/, '"children":null'),
    'text after the object': `${text} x`,
    'cut short': text.slice(0, text.length - 10),
    'a control character in a string': text.replace('"(root)"', '"(ro\u0001ot)"'),
  };
  for (const [what, variant] of Object.entries(variants)) {
    const bytes = Buffer.from(variant);
    t.equal(scanCpuProfile(bytes, 'x'), undefined, `${what}: not scanned`);
    let scanned: unknown;
    let parsed: unknown;
    try {
      scanned = await imported(bytes);
    } catch (err) {
      scanned = (err as Error).message;
    }
    try {
      parsed = viaObject(variant);
    } catch (err) {
      parsed = (err as Error).message;
    }
    if (typeof parsed === 'string' && /JSON/.test(String(scanned))) t.match(scanned, /^x\.cpuprofile: not valid JSON for a V8 CPU profile/, `${what}: the JSON error`);
    else t.same(scanned, parsed, `${what}: as the object conversion reads it`);
  }
});

t.test('the links are checked as for a parsed profile', async (t) => {
  const bytes = Buffer.from(JSON.stringify({ ...raw, nodes: [...raw.nodes, { id: 99999, callFrame: { functionName: 'x' }, children: [123456] }] }));
  t.throws(() => scanCpuProfile(bytes, 'x'), { message: 'x: node 99999 has unknown child 123456' });
});
