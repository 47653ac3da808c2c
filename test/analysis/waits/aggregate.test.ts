// Wait facts of profiles without request timelines, through the real bins on
// real recordings (test/fixtures/record-*.sh made them): Go's block profile
// and a JFR lock profile. A bottleneck says what its function waits on, how
// many times and how long each; the plan makes one item per finding, not a
// second one from the wait facts (those are not request waits).
import { join } from 'node:path';
import t from 'tap';
import { PROFILES, hasCommand, parseRecords, sh } from '../../helpers.js';

function pipeline(file: string) {
  const r = sh(`perf-collect --input ${file} | perf-analyze | perf-plan`);
  if (r.code !== 0) throw new Error(r.stderr);
  return parseRecords(r.stdout);
}

t.test('go block profile: the channel wait of waitForBatch, counted and timed', async (t) => {
  const records = pipeline(join(PROFILES, 'go-block.pb.gz'));
  const b = records.find((r) => r.type === 'bottleneck' && r.function.endsWith('.waitForBatch'))!;
  t.ok(b, 'waitForBatch is a bottleneck');
  t.match(b.waits, { op: 'chan', target: 'runtime.chanrecv1' });
  // The program hands off 50 batches; each wait is the producer's delay.
  t.equal(b.waits.count, 50);
  t.ok(Math.abs(b.waits.eachMs.mean * b.waits.count - b.waits.totalMs) < 0.5, 'each × count = total');
  t.match(b.evidence.join('\n'), /waitForBatch waits 50 times on chan \(runtime\.chanrecv1\), [\d.]+ ms each/);
  const mutex = records.find((r) => r.type === 'bottleneck' && r.function.endsWith('.bumpCounter'))!;
  t.equal(mutex.waits.op, 'mutex');
  const items = records.filter((r) => r.type === 'plan-item');
  t.ok(items.length > 0, 'planned');
  t.ok(items.every((i) => typeof i.findingId === 'string'), 'every item comes from a finding');
  t.equal(new Set(items.map((i) => `${i.function}:${i.line}`)).size, items.length, 'one item per place');
});

t.test('jfr lock profile: monitor enter at the contended method', { skip: hasCommand('jfr') ? false : 'no jfr (openjdk-17-jdk-headless)' }, async (t) => {
  const records = pipeline(join(PROFILES, 'analysis', 'java-sync.jfr'));
  const b = records.find((r) => r.type === 'bottleneck' && r.profileId === 'java-sync-lock' && r.function === 'planted.Planted$Counter.record')!;
  t.match(b.waits, { op: 'monitor enter' });
  t.ok(b.waits.count > 0 && b.waits.eachMs.mean > 0, `${b.waits.count} waits of ${b.waits.eachMs.mean} ms`);
  t.notOk('projections' in b.waits, 'no request timelines, so no critical-path projection');
});
