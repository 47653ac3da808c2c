import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { functionStats, topBySelf } from '../../lib/analysis/hotspots.js';
import { CPROFILE_NOTE, convertPstats, cprofileImporter } from '../../lib/importers/cprofile.js';
import { openSource } from '../../lib/importers/registry.js';
import { DEFAULT_LIMITS } from '../../lib/importers/types.js';
import { totalOf } from '../../lib/model/profile.js';
import { PROFILES, hasCommand, parseRecords, runBin } from '../helpers.js';
import { listing, statsByName, textSource } from './listing.js';

const fixture = join(PROFILES, 'python-hot.prof');
const noPython = hasCommand('python3') ? false : 'python3 not installed';

/** What pstats itself says: total time, hot_sum's own time, work's own + direct callees' time (ns), all calls. */
function pstatsTruth(): { total: number; hotSum: number; calls: number; workDirect: number } {
  const script = `import pstats
s = pstats.Stats(${JSON.stringify(fixture)})
hot = [v for k, v in s.stats.items() if k[2] == 'hot_sum'][0]
work = [k for k in s.stats if k[2] == 'work'][0]
direct = s.stats[work][2] + sum(v[4][work][2] for v in s.stats.values() if work in v[4])
print(round(s.total_tt * 1e9), round(hot[2] * 1e9), s.total_calls, round(direct * 1e9))`;
  const [total, hotSum, calls, workDirect] = execFileSync('python3', ['-c', script], { encoding: 'utf8' }).trim().split(' ').map(Number);
  return { total: total!, hotSum: hotSum!, calls: calls!, workDirect: workDirect! };
}

t.test('sniffs a pstats dump by its marshal header', async (t) => {
  t.equal(cprofileImporter.sniff(readFileSync(fixture).subarray(0, 4096), fixture), 'yes');
  t.equal(cprofileImporter.sniff(Buffer.from('{"nodes": []}'), 'x'), 'no');
  t.equal(cprofileImporter.sniff(Buffer.from('main;a 1\n'), 'x'), 'no');
});

t.test('a real cProfile dump converts with exact self times and says what is missing', { skip: noPython }, async (t) => {
  const [p] = await cprofileImporter.parse(await openSource(fixture), DEFAULT_LIMITS);
  t.equal(p!.kind, 'wall', "cProfile's default timer is wall-clock");
  const truth = pstatsTruth();
  const stats = functionStats(p!.profile);
  t.ok(Math.abs(stats.total - truth.total) <= 20, `total ${stats.total} ns is pstats' total_tt ${truth.total} ns (rounding per entry)`);
  const top = topBySelf(stats, 1)[0]!;
  t.equal(top.name, 'hot_sum', 'the planted hot function leads');
  t.equal(top.self, truth.hotSum, "its self time is pstats' own");
  t.equal(top.file, 'hot.py');
  t.equal(top.line, 6);
  const byName = statsByName(p!.profile);
  t.ok(Math.abs(byName.get('work')![1] - truth.workDirect) <= 10, "cum of work = its own time + its direct callees' time from it");
  t.ok(p!.profile.samples.every((s) => s.stack.length <= 2), 'stacks are callee <- caller at most');
  t.same(p!.notes, [CPROFILE_NOTE]);
  t.equal(totalOf(p!.profile, 0), truth.calls, "every call counted, as pstats' total_calls");
  t.matchSnapshot(listing([p!], 8), 'top functions and totals');
});

t.test('caller splits and recursion from pstats data', async (t) => {
  const f = (name: string, line: number, nc: number, tt: number, callers: object[] = []) => ({ file: 'm.py', line, name, nc, cc: nc, tt, ct: tt, callers });
  const data = {
    functions: [
      f('leaf', 10, 3, 0.3, [
        { file: 'm.py', line: 20, name: 'a', nc: 1, tt: 0.1 },
        { file: 'm.py', line: 30, name: 'b', nc: 2, tt: 0.2 },
      ]),
      f('a', 20, 1, 0.05),
      f('b', 30, 2, 0.01, [{ file: 'm.py', line: 30, name: 'b', nc: 1, tt: 0.004 }]),
      f('<built-in method time.sleep>', 0, 1, 0.5),
    ].map((x) => (x.name.startsWith('<built-in') ? { ...x, file: '~' } : x)),
  };
  const { profile } = convertPstats(data, 'x');
  const s = statsByName(profile);
  t.same(s.get('leaf'), [300_000_000, 300_000_000]);
  t.same(s.get('a'), [50_000_000, 150_000_000], 'a: own + leaf from a');
  t.same(s.get('b'), [10_000_000, 210_000_000], 'b: recursion counted once');
  t.equal(profile.frames.find((fr) => fr.name === '<built-in method time.sleep>')?.file, '', 'built-ins have no file');
});

t.test('refuses what is not a pstats dump, naming python\'s reason', { skip: noPython }, async (t) => {
  await t.rejects(cprofileImporter.parse(textSource('hello, world', 'notes.prof'), DEFAULT_LIMITS), {
    code: 'bad-input',
    message: /^notes\.prof: python3 could not read it: not a pstats dump \(marshal: /,
  });
  await t.rejects(cprofileImporter.parse(textSource(Buffer.from([0xe9, 0x05, 0, 0, 0]), 'int.prof'), DEFAULT_LIMITS), {
    message: /^int\.prof: python3 could not read it: not a pstats dump \(expected a marshalled dict, got int\)$/,
  });
  t.throws(() => convertPstats({ functions: [{ file: 'a', name: 'b' }] }, 'y.prof'), { message: /^y\.prof: pstats entry without file, line, name/ });
});

t.test('through the bin: from stdin, and without python3 a one-line exit 1', { skip: noPython }, async (t) => {
  const piped = runBin('perf-collect', ['--input', '-'], { input: readFileSync(fixture) });
  t.equal(piped.code, 0, piped.stderr);
  const records = parseRecords(piped.stdout);
  t.equal(records.filter((r) => r.type === 'profile').length, 1);
  const diag = records.find((r) => r.type === 'diagnostic');
  t.match(diag, { level: 'warning', code: 'import-limitation', stage: 'perf-collect', message: /cProfile records no call stacks/ });

  const bin = mkdtempSync(join(tmpdir(), 'no-python-'));
  symlinkSync(process.execPath, join(bin, 'node'));
  const r = runBin('perf-collect', ['--input', fixture], { env: { PATH: bin } });
  t.equal(r.code, 1);
  t.match(r.stderr, /^perf-collect: python3 not found on PATH; it is needed to read the cProfile dump .*python-hot\.prof: install Python 3/);
  t.equal(r.stderr.split('\n').length, 2, 'one line');
  t.equal(r.stdout, '', 'nothing half-written');
});
