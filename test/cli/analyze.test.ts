// perf-analyze's run() in-process: hotspots and bottlenecks from a real
// profile, the regression verdict against a baseline, the usage errors.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { EXIT_REGRESSION } from '../../lib/compare/verdict.js';
import { PROFILES, tempRoot } from '../helpers.js';
import { analyze, collect, records } from './stages.js';

const collected = collect([join(PROFILES, 'node-hot-loop.cpuprofile')], { runId: 'now' });

t.test('hotspots by self and cum, --top of each, then bottlenecks, the records passed through', async (t) => {
  const r = await analyze((await collected).stdout, { top: 3 });
  t.equal(r.code, 0, r.stderr);
  const out = records(r.stdout);
  t.same(out.slice(0, 2).map((x) => x.type), ['run', 'profile']);
  const hot = out.filter((x) => x.type === 'hotspot');
  t.same(hot.map((h) => `${h.by}${h.rank}`), ['self1', 'self2', 'self3', 'cum1', 'cum2', 'cum3']);
  t.ok(out.some((x) => x.type === 'bottleneck'), 'the planted loop is a bottleneck');
});

t.test('against a baseline: a comparison record; a regression past the limit exits 3 after all records', async (t) => {
  const dir = tempRoot('perf-analyze-run-');
  const input = (await collected).stdout;
  writeFileSync(join(dir, 'base.ndjson'), (await analyze(input)).stdout);
  const same = await analyze(input, { baseline: 'base.ndjson', failOnRegression: 10 }, dir);
  t.equal(same.code, 0, same.stderr);
  t.equal(records(same.stdout).filter((x) => x.type === 'comparison').length, 1, 'the same profile: compared, no regression');
  // work() grows from a tenth of the samples to nine tenths.
  for (const [sub, work, idle] of [['base', 10, 90], ['now', 90, 10]] as const) {
    mkdirSync(join(dir, sub));
    writeFileSync(join(dir, sub, 'app.folded'), `main;work ${work}\nmain;idle ${idle}\n`);
  }
  const base = await analyze((await collect([join(dir, 'base', 'app.folded')], { runId: 'base' })).stdout);
  writeFileSync(join(dir, 'folded-base.ndjson'), base.stdout);
  const now = await analyze((await collect([join(dir, 'now', 'app.folded')], { runId: 'now' })).stdout, { baseline: 'folded-base.ndjson', failOnRegression: 10 }, dir);
  t.equal(now.code, EXIT_REGRESSION, now.stderr);
  t.match(now.stderr, /perf-analyze: regression: .*work/);
  t.equal(records(now.stdout).filter((x) => x.type === 'comparison').length, 1, 'the comparison record is out before the exit');
});

t.test('usage errors', async (t) => {
  await t.rejects(analyze('', { top: 0 }), { code: 'usage', message: '--top must be a whole number of at least 1, got 0' });
  await t.rejects(analyze('', { failOnRegression: -1 }), { code: 'usage', message: '--fail-on-regression must be a percentage of at least 0, got -1' });
  await t.rejects(analyze('', { failOnRegression: 5 }), { code: 'usage', message: '--fail-on-regression needs --baseline FILE (the run.ndjson of an earlier run)' });
});
