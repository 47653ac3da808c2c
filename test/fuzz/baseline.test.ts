// A baseline run.ndjson from history: truncated, bit-flipped, lines dropped or
// repeated, mixed record versions, another tool's NDJSON, a profile record
// whose payload is corrupt. Reading it gives a baseline or one clean exit-2
// error; through the real bins, perf-analyze --baseline never crashes or hangs.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { readBaseline } from '../../lib/records/baseline.js';
import { PROFILES, sh, tempRoot } from '../helpers.js';
import { endsCleanly, fuzzParams, mutationsOf } from './harness.js';

const root = tempRoot('perf-fuzz-baseline-');
const made = sh(`perf-profiler --input ${join(PROFILES, 'go-cpu.pb.gz')} --root .`, { cwd: root, env: { SOURCE_DATE_EPOCH: '1767225600' } });
if (made.code !== 0) throw new Error(made.stderr);
const runDir = join(root, '.spec/reports/performance', readdirSync(join(root, '.spec/reports/performance'))[0]!);
const REAL = readFileSync(join(runDir, 'run.ndjson'));
const LINES = REAL.toString('utf8').trimEnd().split('\n');
const caseFile = join(root, 'case.ndjson');
// The validators and the pprof decoder are set up by a first read; the timed cases start warm.
await readBaseline(join(runDir, 'run.ndjson'));

const read = (bytes: Uint8Array | string) => () => {
  writeFileSync(caseFile, bytes);
  return readBaseline(caseFile);
};

/** Whole-line damage: what a crashed writer, a hand edit or a newer tool leaves. */
const foreign = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
  fc.record({ type: fc.constantFrom('span', 'log', 'event', 'run', 'profile'), v: fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 9 })), ts: fc.integer() }).map((r) => JSON.stringify(r)),
);
const reVersioned = (line: string, v: number) => line.replace(/"v":1/, `"v":${v}`);
const corruptPayload = (line: string, at: number, ch: string) => {
  const m = /"data":"/.exec(line);
  if (!m) return line;
  const start = m.index + m[0].length;
  const pos = start + (at % Math.max(1, line.indexOf('"', start) - start));
  return line.slice(0, pos) + ch + line.slice(pos + 1);
};
const edited = fc
  .array(
    fc.oneof(
      fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('repeat' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('version' as const), at: fc.nat(), v: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ op: fc.constant('foreign' as const), at: fc.nat(), line: foreign }),
      fc.record({ op: fc.constant('payload' as const), at: fc.nat(), ch: fc.constantFrom('!', 'A', '=', '"', '\\') }),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((ops) => {
    const lines = [...LINES];
    for (const op of ops) {
      const i = op.at % lines.length;
      if (op.op === 'drop') lines.splice(i, 1);
      else if (op.op === 'repeat') lines.splice(i, 0, lines[i]!);
      else if (op.op === 'version') lines[i] = reVersioned(lines[i]!, op.v);
      else if (op.op === 'foreign') lines.splice(i, 0, op.line);
      else lines.forEach((l, j) => (lines[j] = l.includes('"type":"profile"') ? corruptPayload(l, op.at, op.ch) : l));
      if (lines.length === 0) lines.push('');
    }
    return lines.join('\n') + '\n';
  });

t.test('a real run.ndjson, mutated byte by byte', async () => {
  await fc.assert(fc.asyncProperty(mutationsOf(REAL), (bytes) => endsCleanly(read(bytes))), fuzzParams);
});

t.test('a real run.ndjson, edited line by line: dropped, repeated, re-versioned, foreign lines, corrupt payloads', async () => {
  await fc.assert(fc.asyncProperty(edited, (text) => endsCleanly(read(text))), fuzzParams);
});

t.test('through perf-analyze --baseline: exit 0, or exit 2 with one line', async (t) => {
  const cases = fc.sample(edited, { numRuns: Math.min(20, Number(process.env.FUZZ_RUNS ?? 20)), seed: fuzzParams.seed });
  const counts = { ok: 0, refused: 0 };
  for (const [i, text] of cases.entries()) {
    writeFileSync(caseFile, text);
    const r = sh(`perf-collect --input ${join(PROFILES, 'go-cpu.pb.gz')} | perf-analyze --baseline case.ndjson >/dev/null`, { cwd: root });
    if (r.code === 0) counts.ok++;
    else {
      counts.refused++;
      t.equal(r.code, 2, `case ${i}: exit 2 (${r.stderr.trim()})`);
      t.equal(r.stderr.trim().split('\n').length, 1, `case ${i}: one line`);
      t.match(r.stderr, /case\.ndjson(:\d+)?: /, `case ${i}: names the file (and line)`);
    }
  }
  t.comment(`${counts.ok} accepted, ${counts.refused} refused`);
});
