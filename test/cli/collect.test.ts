// perf-collect's run() in-process: inputs become one run's records; the
// usage errors name the flag; stdin is read through io.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { NOTHING_TO_DO, profileIdFor } from '../../lib/cli/collect.js';
import { PROFILES } from '../helpers.js';
import { testIO } from '../test-io.js';
import { runCollect } from '../../lib/cli/collect.js';
import { PINNED_NOW, collect, records } from './stages.js';

t.test('two inputs, one run: the run record, then each profile with an id from its file name', async (t) => {
  const r = await collect([join(PROFILES, 'node-hot-loop.cpuprofile'), join(PROFILES, 'c-hot.folded')], { runId: 'two' });
  t.equal(r.code, 0, r.stderr);
  const out = records(r.stdout);
  t.same(out.map((x) => `${x.type}:${x.profileId ?? x.runId}`), ['run:two', 'profile:node-hot-loop', 'profile:c-hot']);
  t.same(out[0]!.inputs, [join(PROFILES, 'node-hot-loop.cpuprofile'), join(PROFILES, 'c-hot.folded')]);
  t.equal(out[0]!.runIdGiven, true);
  t.equal(out[0]!.startedAt, new Date(PINNED_NOW).toISOString(), 'the io clock, pinned');
  t.equal(out[1]!.source, join(PROFILES, 'node-hot-loop.cpuprofile'));
});

t.test('--input - reads the io stdin', async (t) => {
  const { io, stdout } = testIO({ stdin: readFileSync(join(PROFILES, 'c-hot.folded')), now: PINNED_NOW });
  t.equal(await runCollect({ input: ['-'], runProfile: false, command: [], dryRun: false, verbose: false }, io), 0);
  const out = records(stdout());
  t.same(out.map((x) => x.type), ['run', 'profile']);
  t.equal(out[1]!.sourceFormat, 'folded');
});

t.test('--input relative to io.cwd, not the process\'s; the source named as given', async (t) => {
  t.not(process.cwd(), PROFILES);
  const r = await collect(['c-hot.folded'], { runId: 'rel' }, PROFILES);
  t.equal(r.code, 0, r.stderr);
  const out = records(r.stdout);
  t.same(out.map((x) => `${x.type}:${x.profileId ?? x.runId}`), ['run:rel', 'profile:c-hot']);
  t.equal(out[1]!.source, 'c-hot.folded');
  await t.rejects(collect(['c-hot.folded']), { code: 'bad-input', message: /^c-hot\.folded: no such file/ }, 'from the process cwd it is not there');
});

t.test('usage errors', async (t) => {
  await t.rejects(collect([]), { code: 'usage', message: NOTHING_TO_DO });
  await t.rejects(collect(['-', '-']), { code: 'usage', message: '--input - (stdin) can be given only once' });
  await t.rejects(collect(['x'], { runProfile: true }), { code: 'usage', message: '--run-profile and --input cannot be used together' });
  await t.rejects(collect(['x'], { runId: 'a b' }), { code: 'usage', message: /^--run-id 'a b' must match / });
});

t.test('profile ids from file names: extensions dropped, labels added, made unique', async (t) => {
  const taken = new Set<string>();
  const p = { kind: 'cpu', sourceFormat: 'pprof', profile: {} } as never;
  t.equal(profileIdFor('/x/cpu.pb.gz', p, taken), 'cpu');
  t.equal(profileIdFor('/y/cpu.pb', p, taken), 'cpu-2');
  t.equal(profileIdFor('heap.pb.gz', { ...(p as object), label: 'inuse' } as never, taken), 'heap-inuse');
  t.equal(profileIdFor('we ird!.txt', p, taken), 'we_ird_');
});
