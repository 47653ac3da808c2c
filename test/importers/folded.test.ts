import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { foldedImporter, parseFoldedFrame } from '../../lib/importers/folded.js';
import { importProfiles, openSource } from '../../lib/importers/registry.js';
import { DEFAULT_LIMITS } from '../../lib/importers/types.js';
import { totalOf } from '../../lib/model/profile.js';
import { PROFILES } from '../helpers.js';
import { listing, statsByName, textSource } from './listing.js';

const fixture = join(PROFILES, 'c-hot.folded');

t.test('the folded stacks made from the perf recording import with the planted hot function on top', async (t) => {
  const imported = await foldedImporter.parse(await openSource(fixture), DEFAULT_LIMITS);
  t.equal(imported.length, 1);
  t.equal(imported[0]!.kind, 'cpu');
  const stats = statsByName(imported[0]!.profile);
  const lines = readFileSync(fixture, 'utf8').trim().split('\n');
  const total = lines.reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
  t.equal(totalOf(imported[0]!.profile, 0), total, 'every sample counted');
  t.ok(stats.get('checksum')![0] > stats.get('parse_line')![0], 'checksum is hotter than parse_line');
  t.matchSnapshot(listing(imported), 'top functions and totals');
});

t.test('is detected by content and read as a stream, never whole', async (t) => {
  const text = 'main;work;hash 7\nmain;work 3\nmain;idle 2\nmain;work;hash 5\n';
  t.equal(foldedImporter.sniff(Buffer.from(text), 'x'), 'maybe');
  t.equal(foldedImporter.sniff(Buffer.from('{"nodes": []}'), 'x'), 'no');
  t.equal(foldedImporter.sniff(Buffer.from([0x0a, 0x00, 0x31, 0x20, 0x31, 0x0a]), 'x'), 'no');
  const deep = `${Array.from({ length: 400 }, (_, i) => `com/example/Service.method${i}_[j]`).join(';')} 3\n`;
  t.equal(foldedImporter.sniff(Buffer.from(deep).subarray(0, 4096), 'x'), 'maybe', 'a first line longer than the head');
  const [d] = await importProfiles(textSource(deep, 'deep.folded'), DEFAULT_LIMITS);
  t.equal(d!.profile.samples[0]!.stack.length, 400);
  const [p] = await importProfiles(textSource(text, 'stacks.txt', { noReadAll: true }), DEFAULT_LIMITS);
  t.equal(p!.sourceFormat, 'folded');
  t.equal(p!.profile.samples.length, 3, 'identical stacks merged');
  t.same(statsByName(p!.profile).get('hash'), [12, 12]);
  t.same(statsByName(p!.profile).get('main'), [0, 17]);
});

t.test('producer annotations: py-spy locations, async-profiler suffixes, trailing file:line', async (t) => {
  t.same(parseFoldedFrame('process_batch (app/worker.py:42)'), { name: 'process_batch', file: 'app/worker.py', line: 42, column: 0 });
  t.same(parseFoldedFrame('<module> (main.py:3)'), { name: '<module>', file: 'main.py', line: 3, column: 0 });
  t.same(parseFoldedFrame('java/util/HashMap.resize_[j]'), { name: 'java/util/HashMap.resize', file: '', line: 0, column: 0 });
  t.same(parseFoldedFrame('java/lang/String.hashCode_[i]'), { name: 'java/lang/String.hashCode', file: '', line: 0, column: 0 });
  t.same(parseFoldedFrame('do_syscall_64_[k]'), { name: 'do_syscall_64', file: '[kernel.kallsyms]', line: 0, column: 0 });
  t.same(parseFoldedFrame('tokenize /srv/app/lex.js:12:5'), { name: 'tokenize', file: '/srv/app/lex.js', line: 12, column: 5 });
  t.same(parseFoldedFrame('std::vector<int>::push_back(int const&)'), { name: 'std::vector<int>::push_back(int const&)', file: '', line: 0, column: 0 });
  t.same(parseFoldedFrame('[libc.so.6]'), { name: '[libc.so.6]', file: '', line: 0, column: 0 });
  const pyspy = 'MainThread;<module> (bench.py:30);run (bench.py:21);parse (bench.py:9) 40\nMainThread;<module> (bench.py:30);run (bench.py:22) 10\n';
  const [p] = await foldedImporter.parse(textSource(pyspy), DEFAULT_LIMITS);
  t.matchSnapshot(listing([p!]), 'py-spy raw');
});

t.test('a bad line is refused with its line number and what was expected', async (t) => {
  const where = (text: string) => foldedImporter.parse(textSource(text, 'bad.folded'), DEFAULT_LIMITS);
  await t.rejects(where('a;b 1\na;c 2\na;c two\n'), { code: 'bad-input', message: /^bad\.folded:3: expected 'frame;frame;\.\.\. count' .*got 'a;c two'$/ });
  await t.rejects(where('a;b 1\n\na;;c 4\n'), { message: /^bad\.folded:3: frame 2 of the stack is empty$/ });
  await t.rejects(where('a 99999999999999999999\n'), { message: /^bad\.folded:1: count 99999999999999999999 is too large$/ });
  await t.rejects(where('a;b 0\n'), { message: /^bad\.folded: no stacks with a count above zero/ });
  await t.rejects(where('a;b 1\r\nc 1.5\r\n'), { message: /^bad\.folded:2: / });
});
