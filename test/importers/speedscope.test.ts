import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { importProfiles, openSource } from '../../lib/importers/registry.js';
import { convertSpeedscope, speedscopeImporter } from '../../lib/importers/speedscope.js';
import { DEFAULT_LIMITS } from '../../lib/importers/types.js';
import { PROFILES } from '../helpers.js';
import { listing, statsByName, textSource } from './listing.js';

const evented = join(PROFILES, 'speedscope-evented.speedscope.json');
const sampled = join(PROFILES, 'speedscope-two-sampled.speedscope.json');

t.test('speedscope evented profile: open/close events weighted by time on top of the stack', async (t) => {
  const imported = await importProfiles(await openSource(evented), DEFAULT_LIMITS);
  t.equal(imported.length, 1);
  t.equal(imported[0]!.sourceFormat, 'speedscope');
  t.equal(imported[0]!.kind, 'wall');
  const stats = statsByName(imported[0]!.profile);
  // a [0,14] > b [0,14] > c [0,2] d [2,6] c [6,9]: b is alone on top for 9..14.
  t.same(Object.fromEntries(stats), { a: [0, 14], b: [5, 14], c: [5, 5], d: [4, 4] });
  t.matchSnapshot(listing(imported), 'evented');
});

t.test('speedscope sampled profiles: root-first stacks, weights in seconds, one record per profile', async (t) => {
  const imported = await importProfiles(await openSource(sampled), DEFAULT_LIMITS);
  t.same(imported.map((p) => [p.label, p.kind]), [['one', 'cpu'], ['two', 'cpu']]);
  const p = imported[0]!.profile;
  t.same(p.sampleTypes, [{ type: 'samples', unit: 'count' }, { type: 'cpu', unit: 'nanoseconds' }]);
  t.equal(p.durationNs, 14e9);
  t.same(Object.fromEntries(statsByName(p)), { a: [0, 14e9], b: [5e9, 14e9], c: [5e9, 5e9], d: [4e9, 4e9] });
  t.matchSnapshot(listing(imported), 'two sampled');
});

t.test('units, files and lines from the shared frames table', async (t) => {
  const file = {
    $schema: 'https://www.speedscope.app/file-format-schema.json',
    shared: { frames: [{ name: 'main', file: 'app.py', line: 1 }, { name: 'load', file: 'io.py', line: 7, col: 3 }] },
    profiles: [
      { type: 'evented', name: 'ms', unit: 'milliseconds', startValue: 0.5, endValue: 3, events: [{ type: 'O', frame: 0, at: 0.5 }, { type: 'O', frame: 1, at: 1.25 }, { type: 'C', frame: 1, at: 3 }, { type: 'C', frame: 0, at: 3 }] },
      { type: 'sampled', name: 'mem', unit: 'bytes', startValue: 0, endValue: 0, samples: [[0, 1], [0]], weights: [4096, 0] },
    ],
  };
  const [ms, mem] = convertSpeedscope(file, 'f');
  t.same(ms!.profile.sampleTypes, [{ type: 'wall', unit: 'nanoseconds' }]);
  t.same(Object.fromEntries(statsByName(ms!.profile)), { main: [750000, 2500000], load: [1750000, 1750000] });
  t.same(ms!.profile.frames[1], { name: 'load', file: 'io.py', line: 7, column: 3 });
  t.equal(mem!.kind, 'alloc');
  t.same(mem!.profile.samples, [{ stack: [1, 0], values: [1, 4096] }], 'zero weights dropped');
});

t.test('sniffing and precise errors', async (t) => {
  t.equal(speedscopeImporter.sniff(readFileSync(evented), 'x'), 'yes');
  t.equal(speedscopeImporter.sniff(Buffer.from('{"shared":{"frames":[]},"profiles":[]}'), 'x'), 'maybe');
  t.equal(speedscopeImporter.sniff(Buffer.from('{"nodes":[]}'), 'x'), 'no');
  const parse = (value: unknown) => speedscopeImporter.parse(textSource(JSON.stringify(value), 's.json'), DEFAULT_LIMITS);
  const frames = { frames: [{ name: 'A' }, { name: 'B' }] };
  // The out-of-order file from speedscope's own invalid samples: B closes while A is on top.
  const outOfOrder = JSON.parse(readFileSync(evented, 'utf8'));
  outOfOrder.profiles[0].events[3] = { at: 2, frame: 1, type: 'C' };
  await t.rejects(parse(outOfOrder), { code: 'bad-input', message: 's.json: profiles[0].events[3]: closes frame 1, but the innermost open frame is another' });
  const base = { type: 'evented', unit: 'none', startValue: 0, endValue: 5 };
  await t.rejects(parse({ shared: frames, profiles: [{ ...base, events: [{ type: 'O', frame: 0, at: 2 }, { type: 'C', frame: 0, at: 1 }] }] }), {
    message: 's.json: profiles[0].events[1]: "at" 1 goes back in time (previous event at 2)',
  });
  await t.rejects(parse({ shared: frames, profiles: [{ ...base, events: [{ type: 'O', frame: 0, at: 0 }] }] }), { message: 's.json: profiles[0]: 1 frames still open after the last event' });
  await t.rejects(parse({ shared: frames, profiles: [{ ...base, type: 'sampled', samples: [[0, 9]], weights: [1] }] }), {
    message: 's.json: profiles[0].samples[0][1]: frame 9 is not in shared.frames (2 frames)',
  });
  await t.rejects(parse({ shared: frames, profiles: [{ ...base, type: 'sampled', samples: [[0]], weights: [] }] }), { message: 's.json: profiles[0]: 1 samples but 0 weights' });
  await t.rejects(parse({ shared: frames, profiles: [{ ...base, unit: 'parsecs' }] }), { message: /^s\.json: unknown unit 'parsecs'; expected one of/ });
  await t.rejects(parse({ shared: {}, profiles: [] }), { message: 's.json: expected "shared.frames" to be an array' });
});
