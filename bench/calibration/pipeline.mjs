// Runs the slow program under `node --cpu-prof` and through the real bins,
// and returns plan items for the planted function. When the analyzer does
// not name the planted function, the bottleneck record is built from the
// function's cumulative hotspot and the case's strategy (source "constructed").
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const parse = (text) => text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

function bin(root, name, args, input) {
  const r = spawnSync(process.execPath, [join(root, 'dist/bin', `${name}.js`), ...args], { input, maxBuffer: 1 << 30, env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' } });
  if (r.status !== 0) throw new Error(`calibrate: ${name} exited ${r.status}: ${r.stderr}`);
  return r.stdout.toString();
}

function record(program, flags, programsDir) {
  const dir = mkdtempSync(join(tmpdir(), 'calib-prof-'));
  execFileSync(process.execPath, [...flags, '--cpu-prof', `--cpu-prof-dir=${dir}`, join(programsDir, `${program}-slow.js`)], { stdio: 'ignore' });
  return join(dir, readdirSync(dir).find((f) => f.endsWith('.cpuprofile')));
}

/**
 * Two plan items for the planted function: `pipeline`, as the bins produce it
 * (the analyzer's bottleneck and its best strategy), and `catalog`, the same
 * bottleneck planned with the strategy the fix applies, so the catalog's range
 * is checked even where the rules picked another strategy.
 */
export function planFor(root, kase, flags, programsDir) {
  const cpuprofile = record(kase.program, flags, programsDir);
  const analyzed = parse(bin(root, 'perf-analyze', ['--top', '200'], bin(root, 'perf-collect', ['--input', cpuprofile])));
  let found = analyzed.find((r) => r.type === 'bottleneck' && r.function === kase.fn);
  const source = found ? 'analyzer' : 'constructed';
  if (!found) {
    const h = analyzed.find((r) => r.type === 'hotspot' && r.by === 'cum' && r.function === kase.fn);
    if (!h) return { source: 'not attributed' };
    found = { type: 'bottleneck', v: 1, runId: h.runId, id: 'CAL-1', rank: 1, category: kase.category, cause: kase.cause, function: h.function, file: h.file, line: h.line, sharePct: h.cumPct, profileId: h.profileId, evidence: [`${h.cumPct}% of CPU samples under ${h.function}`], kind: 'cpu', strategies: [kase.strategy] };
  }
  const others = analyzed.filter((r) => r.type !== 'bottleneck');
  const planWith = (b) => {
    const input = [...others, b].map((r) => JSON.stringify(r)).join('\n') + '\n';
    return parse(bin(root, 'perf-plan', [], input)).find((r) => r.type === 'plan-item' && r.function === kase.fn);
  };
  return { source, pipeline: planWith(found), catalog: planWith({ ...found, strategies: [kase.strategy] }) };
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}
