// The package's name and version are package.json's, from the sources and
// from the built dist/ alike, and the bins report that version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { PACKAGE } from '../../lib/base/version.js';
import { ROOT, built, runBin } from '../helpers.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

t.test("package.json's name and version, read from lib/ and from dist/", async (t) => {
  t.same(PACKAGE, { ...PACKAGE, name: pkg.name, version: pkg.version });
  const fromDist = await built<typeof import('../../lib/base/version.js')>('lib/base/version.js');
  t.equal(fromDist.PACKAGE.version, pkg.version);
});

t.test('the bins say that version', async (t) => {
  const r = runBin('perf-analyze', ['--version']);
  t.equal(r.code, 0, r.stderr);
  t.match(r.stdout.trim(), pkg.version);
});
