// The python profiler's heap kind on the real Python leak service: the
// sampler's tracemalloc, opened with the window, gives what the window kept
// (the retention profile, in bytes, by the function that allocated it) and the
// traced heap over the window with the live heap at both edges.
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa } from 'execa';
import t from 'tap';
import { pythonHeapSeries, pythonRetention, wantsHeap } from '../../lib/collectors/python-memory.js';
import { pythonCollector } from '../../lib/collectors/python.js';
import { Target } from '../../lib/collectors/target.js';
import type { CollectorContext } from '../../lib/collectors/types.js';
import { FIXTURES, hasCommand, tempRoot } from '../helpers.js';
import { freePort } from './backend-run.js';

const PAYLOAD = 16 * 1024;
const noPython = hasCommand('python3') ? false : 'python3 is not installed';

function contextFor(port: number, kinds: string[]): CollectorContext {
  const workDir = tempRoot('python-memory-');
  return {
    scenario: { name: 'leak', command: ['python3', join(FIXTURES, 'programs', 'python-leak', 'service.py'), String(port), 'leak'], load: { kind: 'none' } },
    settings: { name: 'python', kinds: kinds as never },
    cwd: workDir,
    workDir,
    env: process.env,
    signal: new AbortController().signal,
    spawn: execa,
    clock: Date.now,
    log: () => {},
  };
}

async function requests(port: number, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await (await fetch(`http://127.0.0.1:${port}/`)).text();
}

t.test('the leak service: 20 requests before the window, 100 inside', { skip: noPython }, async (t) => {
  const port = await freePort();
  const ctx = contextFor(port, ['wall', 'heap']);
  t.ok(wantsHeap(ctx));
  const launch = await pythonCollector.prepare(ctx);
  const target = new Target(launch.command, { spawn: execa, clock: Date.now, cwd: ctx.cwd, env: { ...process.env, ...launch.env } });
  t.teardown(() => target.stop(() => [], 1000));
  await new Promise<void>((resolve) => target.onLine((line) => line.startsWith('listening on') && resolve()));
  await requests(port, 20);
  await pythonCollector.onMeasureStart!(ctx, 0);
  // The sampler opens tracemalloc at its next tick (every 5 ms) after it sees the start file.
  await sleep(300);
  await requests(port, 100);
  await pythonCollector.onMeasureEnd!(ctx);

  const [retention, ...more] = await pythonRetention(ctx);
  t.same(more, []);
  t.equal(retention!.kind, 'heap');
  const p = retention!.profile;
  t.same(p.sampleTypes, [{ type: 'inuse_space', unit: 'bytes' }]);
  const byPayload = p.samples.filter((s) => s.stack.some((id) => p.frames[id]!.name === 'build_payload')).reduce((n, s) => n + s.values[0]!, 0);
  // tracemalloc counts every byte: the window's payloads (all 100 unless the tracer opened late), never the 20 before it.
  t.ok(byPayload > 50 * PAYLOAD && byPayload <= 100 * (PAYLOAD + 512), `kept by build_payload: ${byPayload} bytes (${(byPayload / PAYLOAD).toFixed(2)} payloads)`);
  const leaf = p.samples.find((s) => p.frames[s.stack[0]!]!.name === 'build_payload');
  t.ok(leaf, 'build_payload is the allocating frame');
  t.ok(leaf!.stack.map((id) => p.frames[id]!.name).includes('remember_payload'), 'called from remember_payload');

  const [series] = await pythonHeapSeries(ctx);
  t.equal(series!.stat, 'heap_used');
  t.ok(series!.points.length >= 2, 'the traced heap over the window');
  const grown = series!.live!.end - series!.live!.start;
  // The traced total also holds what the sampler itself keeps over the window (its stacks), which the
  // retention profile leaves out: so only a lower bound is sure.
  t.ok(grown >= byPayload, `live heap grew ${grown} bytes, at least the ${byPayload} kept by build_payload`);
});

t.test('no heap kind: neither retention nor series', { skip: noPython }, async (t) => {
  const ctx = contextFor(await freePort(), ['wall']);
  t.notOk(wantsHeap(ctx));
  t.notOk((await pythonCollector.prepare(ctx)).command.includes('--heap-out'));
  t.same(await pythonRetention(ctx), []);
  t.same(await pythonHeapSeries(ctx), []);
});
