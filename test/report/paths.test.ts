// Paths as a person reads them: relative to the project root, also inside
// free text and file:// URLs; left alone outside the root, or with no root.
import t from 'tap';
import { relativePath, relativeText, shownLocation } from '../../lib/report/paths.js';

t.test('relative to the root, with or without its trailing slash', async (t) => {
  for (const root of ['/srv/app', '/srv/app/', '/srv/app//']) t.equal(relativePath('/srv/app/src/a.js', root), 'src/a.js', root);
  t.equal(relativePath('file:///srv/app/src/a.js', '/srv/app'), 'src/a.js', 'a file URL');
  t.equal(relativePath('/srv/application/a.js', '/srv/app'), '/srv/application/a.js', 'a sibling with the same prefix is not under the root');
  t.equal(relativePath('/srv/app/a.js', undefined), '/srv/app/a.js');
  t.equal(relativePath('/srv/app/a.js', '/'), '/srv/app/a.js', 'the filesystem root cuts nothing');
});

t.test('every path under the root in free text', async (t) => {
  t.equal(relativeText('slow in /srv/app/a.js:3, called from file:///srv/app/b.js:9 and /lib/x.js', '/srv/app'), 'slow in a.js:3, called from b.js:9 and /lib/x.js');
  t.equal(relativeText('nothing here', '/srv/app'), 'nothing here');
  t.equal(relativeText('/srv/app/a.js', undefined), '/srv/app/a.js');
});

t.test('a location: file and line, the file alone, or nothing', async (t) => {
  t.same([shownLocation('/srv/app/a.js', 7, '/srv/app'), shownLocation('/srv/app/a.js', 0, '/srv/app'), shownLocation('', 7, '/srv/app')], ['a.js:7', 'a.js', '']);
});
