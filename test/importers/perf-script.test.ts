import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { foldedImporter } from '../../lib/importers/folded.js';
import { perfScriptImporter } from '../../lib/importers/perf-script.js';
import { importProfiles, openSource } from '../../lib/importers/registry.js';
import { DEFAULT_LIMITS } from '../../lib/importers/types.js';
import { totalOf } from '../../lib/model/profile.js';
import { PROFILES } from '../helpers.js';
import { listing, statsByName, textSource } from './listing.js';

const fixture = join(PROFILES, 'c-hot.perf-script.txt');
const parse = async (text: string, name = 'perf.txt') => perfScriptImporter.parse(textSource(text, name, { noReadAll: true }), DEFAULT_LIMITS);

t.test('perf record -g of the C program: sample counts, periods, the planted function on top', async (t) => {
  const imported = await importProfiles(await openSource(fixture), DEFAULT_LIMITS);
  t.equal(imported.length, 1);
  const p = imported[0]!;
  t.equal(p.sourceFormat, 'perf-script', 'detected by content');
  t.equal(p.kind, 'cpu');
  t.same(p.profile.sampleTypes, [
    { type: 'samples', unit: 'count' },
    { type: 'cpu', unit: 'nanoseconds' },
  ]);
  const headers = readFileSync(fixture, 'utf8').split('\n').filter((l) => /^\S/.test(l)).length;
  t.equal(totalOf(p.profile, 0), headers, 'one sample per header');
  const kernel = p.profile.frames.filter((f) => f.file === '[kernel.kallsyms]');
  t.ok(kernel.some((f) => f.name === 'do_syscall_64'), 'kernel frames carry [kernel.kallsyms]');
  t.ok(p.profile.samples.every((s) => s.labels?.comm === 'c-hot' && /^\d+$/.test(s.labels.thread ?? '')), 'comm and thread labels');
  const top = statsByName(p.profile);
  t.ok(top.get('checksum')![0] > top.get('parse_line')![0]);
  t.matchSnapshot(listing(imported), 'top functions and totals');
});

t.test('the same recording as perf script and as folded stacks gives the same hotspots', async (t) => {
  const [perf] = await perfScriptImporter.parse(await openSource(fixture), DEFAULT_LIMITS);
  const [folded] = await foldedImporter.parse(await openSource(join(PROFILES, 'c-hot.folded')), DEFAULT_LIMITS);
  const a = statsByName(perf!.profile, 'samples');
  const b = statsByName(folded!.profile, 'samples');
  t.same([...a.keys()].sort(), [...b.keys()].sort(), 'same functions');
  for (const [name, stat] of a) t.same(b.get(name), stat, `${name}: same self and cum samples`);
  t.ok(a.size >= 10, `compared ${a.size} functions`);
});

t.test('[unknown] frames, pid/tid, cpu column, no period, no -g, several events', async (t) => {
  const text = [
    '# ========',
    '# captured on: some day',
    'my server 41/42 [003] 10.000001: cycles:u: ',
    '\t    7f01 [unknown] (/usr/lib/libfoo.so.1)',
    '\t    5501 handle+0x10 (/srv/bin/server)',
    '\t    ffff [unknown] ([unknown])',
    '',
    'my server 41/43 [001] 10.000002: cycles:u: ',
    '\t    5501 handle+0x12 (/srv/bin/server)',
    '',
    'worker 50 10.5:     250000 task-clock: 5501 handle+0x10 (/srv/bin/server)',
    '',
  ].join('\n');
  const imported = await parse(text);
  t.same(imported.map((p) => p.label), ['cycles', 'task-clock'], 'one profile per event');
  const cycles = imported[0]!.profile;
  t.same(cycles.sampleTypes, [{ type: 'samples', unit: 'count' }], 'no period printed: samples only');
  t.same(cycles.frames.map((f) => [f.name, f.file]), [
    ['[libfoo.so.1]', '/usr/lib/libfoo.so.1'],
    ['handle', '/srv/bin/server'],
    ['[unknown]', ''],
  ]);
  t.same(cycles.samples.map((s) => s.labels), [
    { comm: 'my server', pid: '41', thread: '42' },
    { comm: 'my server', pid: '41', thread: '43' },
  ]);
  const clock = imported[1]!.profile;
  t.same(clock.sampleTypes[1], { type: 'cpu', unit: 'nanoseconds' });
  t.same(clock.samples, [{ stack: [0], values: [1, 250000], labels: { comm: 'worker', thread: '50' } }], 'frame on the header line (no -g)');
});

t.test('is detected by content; garbage is refused with its line number', async (t) => {
  const head = readFileSync(fixture).subarray(0, 4096);
  t.equal(perfScriptImporter.sniff(head, 'x'), 'yes');
  t.equal(foldedImporter.sniff(head, 'x'), 'no', 'not mistaken for folded');
  t.equal(perfScriptImporter.sniff(Buffer.from('main;work 12\n'), 'x'), 'no');
  const noCallGraph = 'w 50 10.5: 250000 task-clock: 5501 handle+0x10 (/srv/s)\nw 50 10.6: 250000 task-clock: 5502 handle+0x11 (/srv/s)\n';
  t.equal(perfScriptImporter.sniff(Buffer.from(noCallGraph), 'x'), 'yes', 'perf record without -g');
  t.equal(perfScriptImporter.sniff(Buffer.from('w 50 10.5: 250000 task-clock:\nw 50 10.6: 1 task-clock:\n'), 'x'), 'no');
  await t.rejects(parse('app 1 1.0: 1 cpu-clock:\n\t 12 f+0x1 (/bin/app)\n\t this is not a frame\n'), {
    code: 'bad-input',
    message: /^perf\.txt:3: expected a frame line 'address symbol\+offset \(dso\)', got 'this is not a frame'$/,
  });
  await t.rejects(parse('app 1 1.0: 1 cpu-clock:\n\t 12 f+0x1 (/bin/app)\n\nnot a header at all\n'), {
    message: /^perf\.txt:4: expected a sample header 'comm pid\/tid time: period event:', got 'not a header at all'$/,
  });
  await t.rejects(parse('\t 12 f+0x1 (/bin/app)\n'), { message: /^perf\.txt:1: frame line before any sample header$/ });
  await t.rejects(parse('# only comments\n'), { message: /^perf\.txt: no samples with stacks/ });
});

t.test('perf script -F +srcline: each frame takes the file and line under it; libraries and the kernel keep theirs', async (t) => {
  const path = join(PROFILES, 'c-inline.perf-srcline.txt');
  const [p] = await perfScriptImporter.parse(await openSource(path), DEFAULT_LIMITS);
  const text = readFileSync(path, 'utf8');
  t.equal(totalOf(p!.profile, 0), text.split('\n').filter((l) => /^\S/.test(l)).length, 'one sample per header');
  const used = new Set(p!.profile.samples.flatMap((s) => s.stack));
  const frames = p!.profile.frames.filter((_, id) => used.has(id));
  const main = frames.filter((f) => f.name === 'main');
  t.ok(main.length > 0 && main.every((f) => f.file === 'inline.c' && f.line >= 9 && f.line <= 26), `main at lines of inline.c: ${JSON.stringify(main)}`);
  t.ok(frames.filter((f) => f.name.startsWith('__libc_start')).every((f) => f.file.endsWith('/libc.so.6') && f.line === 0), 'libc keeps its library as file (perf printed libc-start.c:74)');
  t.notOk(frames.some((f) => /\?\?|\]\[/.test(f.file)), 'unresolved srclines leave the frame as it was');
});

t.test('perf script --inline -F +srcline: inlined functions are frames of their own, with their lines', async (t) => {
  // As perf prints it: an inlined frame has no dso; its srcline ends in "(inlined)".
  const text = [
    'inline 17113  3710.288954:    1001001 cpu-clock:ppp: ',
    '\t            11b7 mix',
    '  /src/inline.c:10 (inlined)',
    '\t            11b7 checksum',
    '  /src/inline.c:15 (inlined)',
    '\t            11b7 main+0x157 (/tmp/inline)',
    '  /src/inline.c:24',
    '\t           2724a __libc_start_call_main+0x7a (/usr/lib/x86_64-linux-gnu/libc.so.6)',
    '  ??:0',
    '',
    'inline 17113  3710.289954:    1001001 cpu-clock:ppp: ',
    '\t            11b7 mix (inlined)',
    '\t            11b7 main+0x157 (/tmp/inline)',
    '  /src/inline.c:24',
    '',
  ].join('\n');
  const [p] = await parse(text);
  const stacks = p!.profile.samples.map((s) => s.stack.map((id) => p!.profile.frames[id]!).map((f) => `${f.name} ${f.file}:${f.line}`));
  t.same(stacks, [
    ['mix /src/inline.c:10', 'checksum /src/inline.c:15', 'main /src/inline.c:24', '__libc_start_call_main /usr/lib/x86_64-linux-gnu/libc.so.6:0'],
    ['mix :0', 'main /src/inline.c:24'],
  ]);
});
