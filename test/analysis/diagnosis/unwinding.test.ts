// Stacks perf could not unwind, on real recordings through the real bins: a
// qsort whose comparator parses with sscanf, recorded with frame pointers
// (test/fixtures/profiles/analysis/c-qsort-fp.perf.txt, record-analysis.sh c):
// libc keeps none, so most samples end in `[unknown]` and reach no caller;
// the run says so once, with the fix (DWARF unwinding). The same kind of
// program recorded with DWARF unwinding gets no such warning.
import { join } from 'node:path';
import t from 'tap';
import { PROFILES, parseRecords, sh } from '../../helpers.js';
import { CUT_STACKS } from '../../../lib/analysis/diagnosis/unwinding.js';

const analysis = join(PROFILES, 'analysis');
const diagnostics = (file: string) => {
  const r = sh(`perf-collect --input '${join(analysis, file)}' | perf-analyze`);
  if (r.code !== 0) throw new Error(r.stderr);
  return parseRecords(r.stdout).filter((x) => x.type === 'diagnostic');
};

t.test('frame-pointer stacks that end in [unknown]: one warning naming the share and callGraph dwarf', async (t) => {
  const cut = diagnostics('c-qsort-fp.perf.txt').filter((d) => d.code === 'stacks-cut-short');
  t.equal(cut.length, 1, 'one warning');
  t.equal(cut[0]?.level, 'warning');
  const share = Number(/: ([\d.]+)% of its samples/.exec(cut[0]?.message ?? '')?.[1]);
  t.ok(share >= CUT_STACKS.value, `${share}% of the samples end in [unknown]`);
  t.match(cut[0]?.message, /"callGraph": "dwarf"/, 'says how to re-run');
});

t.test('DWARF-unwound stacks: no warning', async (t) => {
  t.same(diagnostics('c-hot.perf.txt').filter((d) => d.code === 'stacks-cut-short'), []);
});
