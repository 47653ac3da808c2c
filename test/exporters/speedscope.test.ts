// A real profile out to speedscope's format and back in through our own
// speedscope importer: every sample type a profile, each function's self and
// total the same both ways; units speedscope knows kept; same bytes each time.
import { join } from 'node:path';
import { Readable } from 'node:stream';
import t from 'tap';
import { functionStats } from '../../lib/analysis/hotspots.js';
import { renderSpeedscope, speedscopeUnit } from '../../lib/exporters/speedscope.js';
import { importProfiles, openSource } from '../../lib/importers/registry.js';
import { DEFAULT_LIMITS, HEAD_BYTES, type ImportSource } from '../../lib/importers/types.js';
import { PROFILES } from '../helpers.js';

const load = async (name: string) => (await importProfiles(await openSource(join(PROFILES, name)), DEFAULT_LIMITS))[0]!.profile;
const sourceOf = (text: string): ImportSource => {
  const bytes = Buffer.from(text);
  return { name: 'out.speedscope.json', head: bytes.subarray(0, HEAD_BYTES), open: () => Readable.from([bytes]), readAll: async () => bytes };
};
const byFunction = (p: Parameters<typeof functionStats>[0], type: string) =>
  Object.fromEntries(functionStats(p, type).functions.map((f) => [`${f.name}\0${f.file}`, [f.self, f.cum]]));

t.test('out and back in: the same functions with the same self and total', async (t) => {
  for (const name of ['node-hot-loop.cpuprofile', 'go-cpu.pb.gz', 'c-hot.folded']) {
    const profile = await load(name);
    const text = renderSpeedscope(profile, name);
    t.equal(renderSpeedscope(profile, name), text, `${name}: same bytes`);
    const file = JSON.parse(text) as { activeProfileIndex: number; profiles: { name: string; unit: string }[] };
    t.equal(file.profiles.length, profile.sampleTypes.length, `${name}: a profile per sample type`);
    t.equal(file.activeProfileIndex, profile.defaultSampleIndex);
    const back = await importProfiles(sourceOf(text), DEFAULT_LIMITS, 'speedscope');
    t.equal(back.length, profile.sampleTypes.length);
    profile.sampleTypes.forEach((type, i) => {
      const again = back[i]!.profile;
      t.same(byFunction(again, again.sampleTypes[again.defaultSampleIndex]!.type), byFunction(profile, type.type), `${name} ${type.type}: self and total per function`);
    });
  }
});

t.test('units speedscope knows by name, the rest as plain numbers', async (t) => {
  t.same(['nanoseconds', 'bytes', 'count', 'microseconds', 'objects'].map(speedscopeUnit), ['nanoseconds', 'bytes', 'none', 'microseconds', 'none']);
});
