// Real recorded profiles with one planted bottleneck each (the programs and
// test/fixtures/record-analysis.sh that recorded them sit in test/fixtures):
// the real bins must rank the planted user function first, with the right
// category and cause, and top-level shares must never sum past 100%.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { PROFILES, hasCommand, parseRecords, sh } from '../helpers.js';

const dir = join(PROFILES, 'analysis');

interface Planted {
  file: string;
  profileId: string;
  fn: RegExp;
  category: string;
  cause: string;
  source: string;
  /** A tool the importer needs (jfr reads .jfr, python3 reads cProfile dumps). */
  needs?: string;
}

const node = (planted: string, fn: string, category: string, cause: string): Planted => ({
  file: `node-${planted}.cpuprofile`,
  profileId: `node-${planted}`,
  fn: new RegExp(`^${fn}$`),
  category,
  cause,
  source: 'service.js',
});

const CASES: Planted[] = [
  node('regex', 'matchRoute', 'cpu', 'regex'),
  node('readfile', 'loadConfig', 'io', 'sync-fs'),
  node('json', 'parseBody', 'cpu', 'json'),
  node('includes', 'uniqueIds', 'cpu', 'linear-search-in-loop'),
  node('alloc', 'buildRows', 'memory', 'gc-pressure'),
  { file: 'go-mutex.pb.gz', profileId: 'go-mutex', fn: /\.\(\*stats\)\.recordHit$/, category: 'lock', cause: 'mutex-contention', source: 'planted_test.go' },
  { file: 'go-alloc-cpu.pb.gz', profileId: 'go-alloc-cpu', fn: /\.buildIndex$/, category: 'memory', cause: 'allocation-churn', source: 'planted_test.go' },
  { file: 'go-alloc-mem.pb.gz', profileId: 'go-alloc-mem-alloc', fn: /\.buildIndex$/, category: 'memory', cause: 'allocation-hotspot', source: 'planted_test.go' },
  { file: 'java-regex.jfr', profileId: 'java-regex-cpu', fn: /^planted\.Planted\.validateAll$/, category: 'cpu', cause: 'regex-compile', source: 'planted.Planted', needs: 'jfr' },
  { file: 'java-sync.jfr', profileId: 'java-sync-lock', fn: /^planted\.Planted\$Counter\.record$/, category: 'lock', cause: 'lock-contention', source: 'planted.Planted$Counter', needs: 'jfr' },
  // perf names inlined functions without a file, and a C binary has no lines: file and line are checked by the others.
  { file: 'c-hot.perf.txt', profileId: 'c-hot.perf', fn: /^count_primes$/, category: 'cpu', cause: 'hot-function', source: '' },
  { file: 'c-write.perf.txt', profileId: 'c-write.perf', fn: /^write_report$/, category: 'io', cause: 'small-writes', source: '' },
  { file: 'python-membership.prof', profileId: 'python-membership', fn: /^unique_users$/, category: 'cpu', cause: 'linear-search-in-loop', source: 'planted.py', needs: 'python3' },
];

const analyze = (files: string[]) => {
  const inputs = files.map((f) => `--input ${join(dir, f)}`).join(' ');
  const r = sh(`perf-collect ${inputs} | perf-analyze`);
  return { ...r, records: r.code === 0 ? parseRecords(r.stdout) : [] };
};

// One pipeline for all fixtures keeps the test fast; each profile is judged on its own.
const runnable = CASES.filter((c) => !c.needs || hasCommand(c.needs));
const all = analyze(runnable.map((c) => c.file));

t.equal(all.code, 0, all.stderr);

for (const c of CASES) {
  const skip = runnable.includes(c) ? false : `${c.needs} not installed (.ci/run installs it)`;
  t.test(`${c.file}: the planted function is bottleneck rank 1`, { skip }, async (t) => {
    const mine = all.records.filter((r) => r.type === 'bottleneck' && r.profileId === c.profileId);
    t.ok(mine.length > 0, 'has bottlenecks');
    const first = mine.find((b) => b.rank === 1)!;
    t.match(first.function, c.fn);
    t.equal(first.category, c.category);
    t.equal(first.cause, c.cause);
    if (c.source) {
      t.ok(first.line > 0, 'names a line');
      t.ok(first.file.endsWith(c.source), `file ${first.file}`);
    }
    if (c.source.includes('/') || /\.(js|go|py)$/.test(c.source)) t.ok(existsSync(first.file) || first.file.includes('test/fixtures/programs/'), 'a file the user can open');
    t.ok(first.strategies.length > 0, 'suggests strategies');
    t.ok(first.evidence.length >= 2, 'gives evidence');
    t.ok(first.sharePct >= 20, `share ${first.sharePct}% is the planted weight`);
  });
}

t.test('top-level shares never sum past 100% in any profile; children stay within their parent', async (t) => {
  const byProfile = new Map<string, Record<string, any>[]>();
  for (const r of all.records) if (r.type === 'bottleneck') byProfile.set(r.profileId, [...(byProfile.get(r.profileId) ?? []), r]);
  t.ok(byProfile.size >= runnable.length);
  for (const [profileId, list] of byProfile) {
    const top = list.filter((b) => !b.parentId).reduce((s, b) => s + b.sharePct, 0);
    t.ok(top <= 100, `${profileId}: top-level total ${top}`);
    for (const parent of list.filter((b) => list.some((c) => c.parentId === b.id))) {
      const kids = list.filter((c) => c.parentId === parent.id).reduce((s, b) => s + b.sharePct, 0);
      t.ok(kids <= parent.sharePct + 1e-9, `${parent.id}: children ${kids} within ${parent.sharePct}`);
    }
    t.same(list.map((b) => b.rank), list.map((_, i) => i + 1), `${profileId}: ranks 1..n in order`);
  }
});
