// Tests mirror lib/: each module with code has test/<its path>.test.ts, but
// for those listed in lacking-tests.ts, a list that may only shrink. A module
// is type-only when TypeScript compiles it to nothing (interfaces, types).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import ts from 'typescript';
import { ROOT } from '../helpers.js';
import { LACKING_A_MIRRORED_TEST } from './lacking-tests.js';

function modulesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return modulesUnder(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const mirroredTest = (module: string) => `test/${module.slice('lib/'.length, -'.ts'.length)}.test.ts`;
const hasTest = (module: string) => existsSync(join(ROOT, mirroredTest(module)));

function typeOnly(module: string): boolean {
  const compiled = ts.transpileModule(readFileSync(join(ROOT, module), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, removeComments: true },
  });
  return /^(export \{\};)?$/.test(compiled.outputText.trim());
}

const modules = modulesUnder('lib').sort();
const listed = new Set(LACKING_A_MIRRORED_TEST);

t.test('the check sees lib/: modules with tests, type-only ones, and the list', async (t) => {
  t.ok(modules.length > 200, `${modules.length} modules`);
  t.ok(hasTest('lib/model/builder.ts'), 'test/model/builder.test.ts mirrors lib/model/builder.ts');
  t.ok(typeOnly('lib/rules/types.ts'), 'interfaces only compile to nothing');
  t.notOk(typeOnly('lib/base/format.ts'));
});

t.test('every module with code has its mirrored test, or is listed as lacking one', async (t) => {
  const lacking = modules.filter((m) => !hasTest(m) && !listed.has(m) && !typeOnly(m));
  t.same(lacking, [], lacking.length > 0 ? `write ${lacking.map(mirroredTest).join(', ')} (a new module is not added to lacking-tests.ts)` : 'none lacking');
});

t.test('the list only shrinks: a listed module that has its test, or no longer exists, leaves it', async (t) => {
  const tested = LACKING_A_MIRRORED_TEST.filter((m) => modules.includes(m) && hasTest(m));
  t.same(tested, [], 'these have their test now: remove them from test/architecture/lacking-tests.ts');
  const gone = LACKING_A_MIRRORED_TEST.filter((m) => !modules.includes(m));
  t.same(gone, [], 'these modules no longer exist: remove them from the list');
  t.same([...LACKING_A_MIRRORED_TEST], [...listed].sort(), 'the list is sorted, each module once');
});
