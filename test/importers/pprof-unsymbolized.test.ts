// Locations with an address and a mapping but no function (a stripped binary,
// a library without symbols) are named after their mapping as pprof names them,
// so perf-analyze's flat and cum agree with `go tool pprof -top` on the input itself.
import { join } from 'node:path';
import t from 'tap';
import { unsymbolizedFrame } from '../../lib/pprof/decode.js';
import { PROFILES, disagreementsWithPprof, hasCommand, parseRecords, sh } from '../helpers.js';

const noGo = hasCommand('go') ? false : 'go not installed (CI installs golang-go)';

/** perf-analyze's cum hotspot records (every function) of one input file, through the real bins. */
function hotspotsOf(name: string): Record<string, any>[] {
  const r = sh(`perf-collect --input ${join(PROFILES, name)} | perf-analyze --top 1000`);
  if (r.code !== 0) throw new Error(r.stderr);
  return parseRecords(r.stdout).filter((rec) => rec.type === 'hotspot' && rec.by === 'cum');
}

for (const name of ['gperftools-stripped.pb.gz', 'gperftools-cpu.pb.gz']) {
  t.test(`${name}: perf-analyze agrees with go tool pprof -top on the input, libraries without symbols included`, { skip: noGo }, async (t) => {
    const ours = hotspotsOf(name);
    const { compared, problems } = disagreementsWithPprof(join(PROFILES, name), ours);
    t.same(problems, []);
    t.equal(compared, ours.length, 'every function compared');
    t.ok(ours.some((h) => h.function === '[libc.so.6]' && h.file.endsWith('/libc.so.6')), 'libc is one function named after its mapping');
    t.notOk(ours.some((h) => /^0x[0-9a-f]+$/.test(h.function)), 'no function is a bare address');
  });
}

t.test('the stripped program itself is one function named after its binary, holding most of the time', async (t) => {
  const ours = hotspotsOf('gperftools-stripped.pb.gz');
  const program = ours.find((h) => h.function === '[c-hot-stripped]');
  t.ok(program && program.selfPct > 50, `[c-hot-stripped] self ${program?.selfPct}%`);
  t.same(unsymbolizedFrame(''), { name: '<unknown>', file: '', line: 0, column: 0 }, 'no mapping: <unknown>, as pprof prints it');
});
