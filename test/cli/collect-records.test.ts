// The one emitter of perf-collect's records, for both --input and --run-profile:
// run, metrics, each profile then its import limitations, then diagnostics.
import t from 'tap';
import { emitCollected, uniqueId } from '../../lib/cli/collect-records.js';
import { stageOutput } from '../../lib/cli/stage-output.js';
import { ProfileBuilder } from '../../lib/model/builder.js';
import { diagnostic } from '../../lib/records/diagnostic.js';
import type { RunRecord } from '../../lib/records/types.js';
import { validateRecord } from '../../lib/records/validate.js';
import { testIO } from '../test-io.js';

const run: RunRecord = { type: 'run', v: 1, runId: 'r1', startedAt: '2030-01-01T00:00:00.000Z', tool: { name: 'perf-profiler', version: '0' }, host: { platform: 'linux', arch: 'x64', cpus: 2, node: 'v20' }, profiler: 'cprofile', command: ['python3', 'app.py'] };

function profile() {
  const b = new ProfileBuilder({ sampleTypes: [{ type: 'wall', unit: 'nanoseconds' }] });
  b.addSample([b.frameId({ name: 'main', file: 'app.py', line: 1, column: 0 })], [5]);
  return b.build();
}

t.test('ids are made unique in order: base, base-2, base-3', async (t) => {
  const taken = new Set<string>();
  t.same(['cpu', 'cpu', 'heap', 'cpu'].map((b) => uniqueId(b, taken)), ['cpu', 'cpu-2', 'heap', 'cpu-3']);
});

t.test('records in order, each valid; a profile note follows its profile on either path', async (t) => {
  const { io, stdout } = testIO();
  await emitCollected(stageOutput(io, 'perf-collect'), {
    run,
    metrics: [{ name: 'wall_time', value: 1.5, unit: 's' }],
    profiles: [
      { profileId: 'cprofile-wall', imported: { kind: 'wall', sourceFormat: 'cprofile', profile: profile(), notes: ['cprofile: no call stacks'], labels: { pid: '7' } } },
      { profileId: 'second', imported: { kind: 'cpu', sourceFormat: 'folded', profile: profile() }, source: 'in.folded' },
    ],
    outputs: [{ text: 'listening\n', lines: { stdout: 1, stderr: 0 }, bytes: 10, droppedLines: 0, droppedBytes: 0 }],
    diagnostics: [diagnostic('perf-collect', 'warning', 'collector-warning', 'slow disk', 'r1')],
  });
  const records = stdout().trim().split('\n').map((l) => JSON.parse(l));
  t.same(records.map((r) => `${r.type}:${r.profileId ?? r.name ?? r.code ?? r.runId}`), ['run:r1', 'metric:wall_time', 'profile:cprofile-wall', 'diagnostic:import-limitation', 'profile:second', 'target-output:r1', 'diagnostic:collector-warning']);
  t.equal(records[3].message, 'cprofile-wall: cprofile: no call stacks');
  t.same(records[2].labels, { pid: '7' });
  t.equal(records[4].source, 'in.folded');
  t.equal(records[1].runId, 'r1');
  for (const r of records) t.doesNotThrow(() => validateRecord(r, 'test'), `${r.type} is valid`);
});
