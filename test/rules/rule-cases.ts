// Shared by the catalog tests (test/rules/catalog-<runtime>.test.ts): each
// rule of a catalog is matched by a minimal profile and not matched by a near
// miss (a frame, file or line that looks alike but is not the cause), and the
// catalog has no rule without such a case.
import t from 'tap';
import type { ProfileKind } from '../../lib/model/profile.js';
import type { Rule } from '../../lib/rules/types.js';
import { PLANTED_NS, runShape, type Shape } from './run-rule.js';

export const GO = '/usr/lib/go-1.19/src';
export const PY = '/usr/lib/python3.11';
export const LIBC = '/usr/lib/x86_64-linux-gnu/libc.so.6';
export const K = '[kernel.kallsyms]';
/** A non-user frame under the user function `handler`. */
export const f = (name: string, file = ''): Shape => ({ frames: [[name, file]] });
/** The hot line of `handler`, with or without a loop header above it. */
export const src = (text: string, loop = true): Shape => ({ source: { text, loop } });
/** A frame with no user caller at all (GC threads, idle). */
export const alone = (name: string, file = ''): Shape => ({ frames: [[name, file]], alone: true });

export type Case = [ruleId: string, hit: Shape, miss: Shape, kind?: ProfileKind, ext?: string, missKind?: ProfileKind];

export function checkCatalog(catalog: readonly Rule[], cases: readonly Case[]): void {
  t.test('every rule of the catalog has a case here', async (t) => {
    t.same(cases.map((c) => c[0]).sort(), catalog.map((r) => r.id).sort());
  });

  for (const [ruleId, hit, miss, kind = 'cpu', ext = 'js', missKind = kind] of cases) {
    t.test(ruleId, async (t) => {
      const rule = catalog.find((r) => r.id === ruleId)!;
      const found = runShape(kind, hit, ext).find((b) => b.ruleId === ruleId && Number(b.value) >= PLANTED_NS);
      t.ok(found, 'matched');
      if (found) {
        t.equal(found.category, rule.category);
        t.equal(found.cause, rule.cause);
        if (!(hit.alone && !rule.match.chargeTo)) t.equal(found.function, 'handler', 'charged to the user function');
        t.same(found.strategies, rule.strategies);
      }
      // The planted stack carries 60 ms: the near miss must not give it this rule.
      t.notOk(runShape(missKind, miss, ext).some((b) => b.ruleId === ruleId && Number(b.value) >= PLANTED_NS), 'near miss not matched');
    });
  }
}
