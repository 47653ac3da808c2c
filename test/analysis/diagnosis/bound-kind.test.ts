// What bounds the run, as a field (the run-diagnosis diagnostic's `bound`),
// on real recordings (test/fixtures/record-diagnosis.sh): a CPU-bound
// service, a leak, a service waiting on I/O, a Python sleep, and a Go mutex.
import { join } from 'node:path';
import t from 'tap';
import { validateRecord } from '../../../lib/records/validate.js';
import { PROFILES, ROOT, parseRecords, sh } from '../../helpers.js';

const diagnosis = join(PROFILES, 'diagnosis');
type Rec = Record<string, any>;

function boundOf(source: string): { bound: Rec; findings: Rec[] } {
  const r = sh(`${source} | perf-analyze --source-root ${ROOT}`);
  if (r.code !== 0) throw new Error(r.stderr);
  const records = parseRecords(r.stdout) as Rec[];
  const run = records.filter((x) => x.code === 'run-diagnosis');
  if (run.length !== 1) throw new Error(`${run.length} run-diagnosis records`);
  validateRecord(run[0], 'run-diagnosis');
  return { bound: run[0]!.bound, findings: records.filter((x) => x.type === 'finding') };
}
const replay = (file: string) => `cat ${join(diagnosis, file)}`;

t.test('the demo service is CPU-bound, with its busy share and the how', async (t) => {
  const { bound } = boundOf(replay('demo-service.ndjson'));
  t.equal(bound.kind, 'cpu');
  t.ok(bound.busyPct >= 80 && bound.busyPct <= 100, `busy ${bound.busyPct}%`);
  t.match(bound.evidence, /busy/);
});

t.test('a leak: memory, naming the leak finding', async (t) => {
  const { bound, findings } = boundOf(replay('node-leak.ndjson'));
  t.equal(bound.kind, 'memory');
  const leak = findings.find((f) => f.id === bound.findingId);
  t.ok(leak?.growth, 'the finding it names is the leak');
});

t.test('waiting runs say on what: the finding that waits decides', async (t) => {
  for (const [file, kinds] of [['node-waits-orders.ndjson', ['io']], ['python-sleep.ndjson', ['waiting']], ['python-read.ndjson', ['io']]] as const) {
    const { bound, findings } = boundOf(replay(file));
    t.ok((kinds as readonly string[]).includes(bound.kind), `${file}: ${bound.kind} (${bound.evidence})`);
    const decider = findings.find((f) => f.id === bound.findingId);
    t.ok(decider, `${file}: names the finding`);
    t.not(decider?.category, 'cpu', `${file}: a waiting finding`);
  }
});

t.test('Go: CPU inside a contended mutex', async (t) => {
  const { bound } = boundOf(`perf-collect --input ${join(diagnosis, 'go-lock-cpu.pb.gz')} --input ${join(diagnosis, 'go-lock-mutex.pb.gz')}`);
  t.ok(['cpu', 'lock', 'mixed'].includes(bound.kind), `${bound.kind}: ${bound.evidence}`);
});
