// perf-profiler's flags routed to the stages that understand them.
import t from 'tap';
import { FLAG_ROUTES, routeFlags } from '../../lib/cli/routing.js';
import { STAGE_FLAGS } from '../../lib/cli/flags.js';

t.test('universal flags to every stage, each stage flag to its stage only, -- args to perf-collect', async (t) => {
  const args = routeFlags({ verbose: true, 'dry-run': false, input: ['a.pb.gz', 'b.folded'], top: 7, 'min-gain': 2, root: '/r' }, ['node', 'app.js']);
  t.same(args['perf-collect'], ['--verbose', '--input', 'a.pb.gz', '--input', 'b.folded', '--', 'node', 'app.js']);
  t.same(args['perf-analyze'], ['--verbose', '--top', '7']);
  // perf-plan reads the calibration history under --root (issue 15).
  t.same(args['perf-plan'], ['--verbose', '--min-gain', '2', '--root', '/r']);
  t.same(args['perf-apply'], ['--verbose', '--root', '/r']);
});

t.test('every stage flag is routed to the stage that declares it', async (t) => {
  for (const [stage, flags] of Object.entries(STAGE_FLAGS)) {
    for (const flag of Object.keys(flags)) t.ok(FLAG_ROUTES[flag]?.includes(stage as never), `${flag} -> ${stage}`);
  }
});
