// The "by package" view's package of a frame, per runtime, from frames as the
// recordings name them: npm packages from node_modules paths, Go import paths
// from function names, Java packages from class names, Python modules from
// files, native libraries by file name.
import { join } from 'node:path';
import t from 'tap';
import type { Origin } from '../../lib/analysis/origin.js';
import { packageOf } from '../../lib/analysis/package.js';
import { importProfiles, openSource } from '../../lib/importers/registry.js';
import { DEFAULT_LIMITS } from '../../lib/importers/types.js';
import { PROFILES } from '../helpers.js';

const ROOT = '/srv/app';

t.test('each runtime\'s package', async (t) => {
  const cases: [name: string, file: string, origin: Origin, want: string][] = [
    ['render', '/srv/app/node_modules/@scope/ui/lib/render.js', 'dependency', '@scope/ui'],
    ['parse', '/srv/app/node_modules/a/node_modules/qs/lib/parse.js', 'dependency', 'qs'],
    ['readFile', 'node:fs', 'runtime', 'node:fs'],
    ['handle', '/srv/app/src/routes/user.js', 'user', 'src/routes'],
    ['handle', '/elsewhere/app/server.js', 'user', '/elsewhere/app'],
    ['net/http.(*conn).serve', '/usr/lib/go/src/net/http/server.go', 'runtime', 'net/http'],
    ['github.com/acme/svc/store.(*DB).Get', '/src/store/db.go', 'user', 'github.com/acme/svc/store'],
    ['main.main', '/src/main.go', 'user', 'main'],
    ['java.util.HashMap.resize', '', 'runtime', 'java.util'],
    ['demo.HotApp$Inner.spin', '', 'user', 'demo'],
    ['dumps', '/usr/lib/python3.11/json/encoder.py', 'runtime', 'json'],
    ['get', '/venv/lib/python3.11/site-packages/requests/api.py', 'dependency', 'requests'],
    ['hot_sum', '/srv/app/jobs/batch.py', 'user', 'jobs.batch'],
    ['memcpy', '/usr/lib/x86_64-linux-gnu/libc.so.6', 'runtime', 'libc.so.6'],
    ['do_syscall_64', '[kernel.kallsyms]', 'kernel', 'kernel'],
    ['checksum', '', 'user', '(unknown)'],
    ['(garbage collector)', '', 'runtime', '(runtime)'],
  ];
  for (const [name, file, origin, want] of cases) t.equal(packageOf({ name, file }, origin, ROOT), want, `${name} (${file || 'no file'})`);
});

t.test('a real Go recording: every Go frame in the import path its function name starts with', async (t) => {
  const [imported] = await importProfiles(await openSource(join(PROFILES, 'go-cpu.pb.gz')), DEFAULT_LIMITS);
  const goFrames = imported!.profile.frames.filter((f) => f.file.endsWith('.go'));
  t.ok(goFrames.length > 10);
  for (const f of goFrames) {
    const pkg = packageOf(f, 'runtime', ROOT);
    t.ok(f.name.startsWith(`${pkg}.`), `${f.name} in ${pkg}`);
  }
});
