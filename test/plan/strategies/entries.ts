// Shared by the strategy area tests (test/plan/strategies/<area>.test.ts):
// every entry of an area is usable: templates that name the user's code, a
// sane range, a stated source, its runtime idioms, and where it does not hold.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { fill, holdsFor, strategyFor } from '../../../lib/plan/strategies.js';
import type { StrategyEntry } from '../../../lib/plan/strategies/types.js';
import type { Runtime } from '../../../lib/rules/types.js';
import type { StrategyId } from '../../../lib/rules/strategy-ids.js';
import { ROOT } from '../../helpers.js';

const RUNTIMES: readonly Runtime[] = ['node', 'go', 'java', 'python', 'native'];
const CTX = { fn: 'handle', at: 'src/server.js:40', caller: { fn: 'route', at: 'src/app.js:9' } };

export function checkEntries(entries: Record<string, StrategyEntry>): void {
  t.test('every entry names the user function and location, has an ordered range and a source', async (t) => {
    for (const [id, e] of Object.entries(entries)) {
      const action = fill(e.action, CTX);
      t.match(action, /handle \(src\/server\.js:40\)/, `${id}: action names the function and file:line`);
      t.notMatch(action + fill(e.title, CTX) + fill(e.guard, CTX), /\{[a-zA-Z]+\}/, `${id}: no unfilled placeholder`);
      t.match(fill(e.title, CTX), /handle/, `${id}: title names the function`);
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

  t.test("a runtime's idiom replaces the general text, filled the same way", async (t) => {
    for (const [id, e] of Object.entries(entries)) {
      t.equal(strategyFor(id as StrategyId, undefined), e, `${id}: no runtime, the general text`);
      for (const runtime of RUNTIMES) {
        const own = e.byRuntime?.[runtime];
        const chosen = strategyFor(id as StrategyId, runtime);
        t.equal(chosen.action, own?.action ?? e.action, `${id} on ${runtime}: action`);
        t.equal(chosen.title, own?.title ?? e.title, `${id} on ${runtime}: title`);
        if (own?.action) t.match(fill(own.action, CTX), /handle \(src\/server\.js:40\)/, `${id} on ${runtime}: names the function and file:line`);
      }
    }
  });

  t.test('where an entry does not hold, it says why', async (t) => {
    for (const [id, e] of Object.entries(entries)) {
      for (const runtime of RUNTIMES) {
        const holds = e.runtimes === undefined || e.runtimes.includes(runtime);
        t.equal(holdsFor(id as StrategyId, runtime), holds, `${id} on ${runtime}`);
        if (e.notFor?.[runtime]) t.notOk(holds, `${id}: said not to hold on ${runtime}, and does not`);
      }
      t.ok(holdsFor(id as StrategyId, undefined), `${id}: an unknown runtime gets it`);
    }
  });
}
