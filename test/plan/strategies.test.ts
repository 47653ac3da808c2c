// The strategy catalog covers every strategy id, and every entry is usable:
// templates that name the user's code, a sane range, and a stated source.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { fill, STRATEGIES } from '../../lib/plan/strategies.js';
import { STRATEGY_IDS } from '../../lib/rules/strategy-ids.js';
import { ROOT } from '../helpers.js';

t.test('one catalog entry for every strategy id, and no other', async (t) => {
  t.same(Object.keys(STRATEGIES).sort(), [...STRATEGY_IDS].sort());
});

t.test('every entry names the user function and location, has an ordered range and a source', async (t) => {
  const ctx = { fn: 'handle', at: 'src/server.js:40', caller: { fn: 'route', at: 'src/app.js:9' } };
  for (const id of STRATEGY_IDS) {
    const e = STRATEGIES[id];
    const action = fill(e.action, ctx);
    t.match(action, /handle \(src\/server\.js:40\)/, `${id}: action names the function and file:line`);
    t.notMatch(action + fill(e.title, ctx) + fill(e.guard, ctx), /\{[a-zA-Z]+\}/, `${id}: no unfilled placeholder`);
    t.match(fill(e.title, ctx), /handle/, `${id}: title names the function`);
    t.ok(e.speedup.low <= e.speedup.expected && e.speedup.expected <= e.speedup.high, `${id}: low ≤ expected ≤ high`);
    t.ok(e.speedup.low >= -1 && e.speedup.high <= 1.2, `${id}: fractions of the bottleneck's time`);
    if (e.source.kind === 'rule-of-thumb') t.match(e.source.ref, /^rule of thumb: \S/, `${id}: rule of thumb marked as such`);
    else {
      const program = /programs\/([a-z]+)-\{slow,fixed\}\.js/.exec(e.source.ref)?.[1];
      t.ok(program, `${id}: bench source names its program`);
      for (const v of ['slow', 'fixed']) t.ok(existsSync(join(ROOT, 'bench/calibration/programs', `${program}-${v}.js`)), `${id}: ${program}-${v}.js exists`);
    }
  }
});

t.test('the caller clause appears only when there is a caller', async (t) => {
  const e = STRATEGIES['precompile-regex'];
  t.equal(
    fill(e.action, { fn: 'slugify', at: 'a.js:3', caller: { fn: 'render', at: 'b.js:7' } }),
    'compile the RegExp once at module load (a top-level const) instead of on every call in slugify (a.js:3), where it is called from render (b.js:7)',
  );
  t.equal(fill(e.action, { fn: 'slugify', at: 'a.js:3' }), 'compile the RegExp once at module load (a top-level const) instead of on every call in slugify (a.js:3)');
});
