// Profiler name -> backend, and the profiler a command gets when none is named.
import t from 'tap';
import { ProfilerError } from '../../lib/base/errors.js';
import { COLLECTORS, collectorNamed, defaultProfilerFor, isProfilerName } from '../../lib/collectors/registry.js';
import { PROFILER_NAMES } from '../../lib/collectors/types.js';

t.test('every profiler name has exactly one backend, found by its name', async (t) => {
  t.same(COLLECTORS.map((c) => c.name).sort(), [...PROFILER_NAMES].sort());
  for (const name of PROFILER_NAMES) t.equal(collectorNamed(name).name, name);
});

t.test('an unknown name is a usage error naming the choices', async (t) => {
  const err = (() => {
    try {
      collectorNamed('valgrind');
    } catch (e) {
      return e;
    }
    return undefined;
  })();
  t.type(err, ProfilerError);
  t.equal((err as ProfilerError).exitCode, 2);
  t.equal((err as ProfilerError).message, `unknown profiler 'valgrind'; expected one of: ${PROFILER_NAMES.join(', ')}`);
  t.notOk(isProfilerName('valgrind'));
  t.notOk(isProfilerName('Node'), 'names are exact');
  t.ok(isProfilerName('cprofile'));
});

t.test('the default profiler from the program the command starts', async (t) => {
  const cases: [string[], string][] = [
    [['node', 'server.js'], 'node'],
    [['/usr/local/bin/node', '--inspect', 'x'], 'node'],
    [['npm', 'start'], 'node'],
    [['npx', 'tsx', 'a.ts'], 'node'],
    [['./tool.mjs'], 'node'],
    [['bin/run.cjs'], 'node'],
    [['python3', 'app.py'], 'python'],
    [['/usr/bin/python3.11', '-m', 'http.server'], 'python'],
    [['./script.py'], 'python'],
    [['java', '-jar', 'app.jar'], 'jfr'],
    [['./gradlew', 'run'], 'jfr'],
    [['service.jar'], 'jfr'],
    [['./a.out'], 'perf'],
    [['go', 'run', '.'], 'perf'],
    [['nodemon', 'x.js'], 'perf'], // the program is nodemon, whatever it starts
    [['pythonista'], 'perf'],
    [[], 'perf'],
  ];
  t.same(
    cases.map(([command]) => defaultProfilerFor(command)),
    cases.map(([, expected]) => expected),
  );
});
