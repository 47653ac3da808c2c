// Where a command would be found, as execvp looks: a name with a slash is a
// path from the working directory, any other name is searched in PATH; each
// way of not finding it says why.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { findExecutable } from '../../lib/base/find-executable.js';
import { tempRoot } from '../helpers.js';

const dir = tempRoot('find-exec-');
const bin = join(dir, 'bin');
const other = join(dir, 'other');
mkdirSync(bin);
mkdirSync(other);
writeFileSync(join(bin, 'app'), '#!/bin/sh\n');
chmodSync(join(bin, 'app'), 0o755);
writeFileSync(join(other, 'script'), '#!/bin/sh\n');
chmodSync(join(other, 'script'), 0o644);
mkdirSync(join(bin, 'folder'));

t.test('on PATH, in order; relative PATH entries from the working directory', async (t) => {
  t.same(findExecutable('app', '/', `${other}:${bin}`), { found: join(bin, 'app') });
  t.same(findExecutable('app', dir, 'bin'), { found: join(bin, 'app') }, 'a relative PATH entry');
  t.same(findExecutable('nope', '/', `${bin}:${other}`), { missing: 'is not a command on PATH (searched 2 folders)' });
  t.same(findExecutable('script', '/', `${bin}:${other}`), { missing: `is not executable: ${join(other, 'script')} (chmod +x it)` });
  t.ok('found' in findExecutable('sh', '/', process.env.PATH), 'sh on the real PATH');
});

t.test('a path: from the working directory, each failure named', async (t) => {
  t.same(findExecutable('./bin/app', dir, ''), { found: join(bin, 'app') });
  t.same(findExecutable('./bin/missing', dir, ''), { missing: `does not exist (looked for ${join(bin, 'missing')})` });
  t.same(findExecutable('bin/folder', dir, ''), { missing: `is a directory, not a program (looked for ${join(bin, 'folder')})` });
  t.match(findExecutable(join(other, 'script'), '/', ''), { missing: /^is not executable \(chmod \+x it, or run it through its interpreter\)/ });
  t.same(findExecutable('', dir, bin), { missing: 'is an empty program name' });
});
