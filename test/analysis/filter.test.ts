// --focus, --ignore and --hide on a real recording, with pprof's meaning:
// focus keeps the samples that pass through a match, ignore drops them, hide
// takes matching frames out of every stack and keeps the samples' values.
import { join } from 'node:path';
import t from 'tap';
import { filterProfile, flagRegex, hasFilters } from '../../lib/analysis/filter.js';
import { importProfiles, openSource } from '../../lib/importers/registry.js';
import { DEFAULT_LIMITS } from '../../lib/importers/types.js';
import { totalOf, type Profile } from '../../lib/model/profile.js';
import { PROFILES } from '../helpers.js';

const profile = (await importProfiles(await openSource(join(PROFILES, 'node-hot-loop.cpuprofile')), DEFAULT_LIMITS))[0]!.profile;
const names = (p: Profile, s: Profile['samples'][number]) => s.stack.map((id) => p.frames[id]!.name);
const cpu = profile.sampleTypes.length - 1;

t.test('focus and ignore split the samples through a function in two', async (t) => {
  const focused = filterProfile(profile, { focus: /^tokenize$/ });
  const ignored = filterProfile(profile, { ignore: /^tokenize$/ });
  t.ok(focused.samples.length > 0 && ignored.samples.length > 0, 'the recording has samples on both sides');
  t.ok(focused.samples.every((s) => names(profile, s).includes('tokenize')));
  t.ok(ignored.samples.every((s) => !names(profile, s).includes('tokenize')));
  t.equal(totalOf(focused, cpu) + totalOf(ignored, cpu), totalOf(profile, cpu), 'together they are the whole');
});

t.test('hide removes the frames and keeps the time; a regex matches the file too', async (t) => {
  const hidden = filterProfile(profile, { hide: /^main$/ });
  t.ok(hidden.samples.every((s) => !names(profile, s).includes('main')));
  const emptied = profile.samples.filter((s) => names(profile, s).every((n) => n === 'main'));
  t.equal(totalOf(hidden, cpu), totalOf(profile, cpu) - emptied.reduce((a, s) => a + s.values[cpu]!, 0), 'only samples left with no frame go');
  const byFile = filterProfile(profile, { focus: /hot-loop\.js$/ });
  t.ok(byFile.samples.length > 0 && byFile.samples.every((s) => s.stack.some((id) => profile.frames[id]!.file.endsWith('hot-loop.js'))));
});

t.test('no filter is the same profile; a bad regex names its flag', async (t) => {
  t.notOk(hasFilters({}));
  t.equal(filterProfile(profile, {}), profile);
  t.equal(flagRegex('focus', ''), undefined);
  t.throws(() => flagRegex('ignore', '(unclosed'), { code: 'usage', message: /^--ignore '\(unclosed' is not a valid regular expression/ });
});
