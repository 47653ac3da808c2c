// A Java service that waits: each checkout builds a receipt with += and then
// calls a downstream twice, one call after the other, through java.net.http.
// Recorded by the real JFR profiler under real load through the real bins:
// the calling thread parks until the answer comes (jdk.ThreadPark, a lock
// event), which is the downstream's time, not a contended lock; and sending
// the response is the cost of answering, not a finding.
import { join } from 'node:path';
import t from 'tap';
import { FIXTURES, hasCommand, parseRecords, sh, tempRoot } from '../helpers.js';
import { build, freePort, writeScenarios } from '../collectors/backend-run.js';

const noJdk = hasCommand('javac') && hasCommand('jfr') ? false : 'no JDK (javac, jfr) installed (Debian: openjdk-17-jdk-headless)';

t.test('a Java service waiting on sequential downstream calls', { skip: noJdk }, async (t) => {
  const dir = tempRoot('perf-java-downstream-');
  build('javac', ['-d', dir, join(FIXTURES, 'programs', 'java-downstream', 'shop', 'Shop.java')], dir);
  const [port, stockPort] = [await freePort(), await freePort()];
  writeScenarios(dir, {
    default: {
      command: ['java', '-cp', dir, 'shop.Shop', String(port), String(stockPort)],
      profiler: { name: 'jfr' },
      ready: { line: 'listening on', timeoutMs: 30000 },
      warmupS: 1,
      load: { kind: 'http', url: `http://127.0.0.1:${port}`, paths: ['/checkout'], connections: 4, durationS: 3 },
    },
  });
  const r = sh('perf-collect --run-profile | perf-analyze --source-root . | perf-plan', { cwd: dir });
  t.equal(r.code, 0, r.stderr);
  const records = parseRecords(r.stdout);
  const findings = records.filter((x) => x.type === 'finding').sort((a, b) => a.rank - b.rank);
  const summary = findings.map((f) => `${f.rank} ${f.function} ${f.category}/${f.cause}`).join('; ');
  const calls = findings.find((f) => f.function === 'shop.Shop.stock');
  t.ok(calls, `a finding on the function that makes the calls: ${summary}`);
  t.equal(calls?.category, 'io', summary);
  t.equal(calls?.cause, 'downstream-call', summary);
  t.notOk(findings.some((f) => f.category === 'lock'), `no lock finding made of threads parked for an answer: ${summary}`);
  const items = records.filter((x) => x.type === 'plan-item');
  t.equal(items.find((i) => i.function === 'shop.Shop.stock')?.strategyId, 'run-concurrently', items.map((i) => i.title).join('; '));
  t.notOk(items.some((i) => /lambda\$main\$1/.test(i.function) && i.strategyId === 'better-algorithm'), 'the handler that sends the response is not planned as CPU work');
});
