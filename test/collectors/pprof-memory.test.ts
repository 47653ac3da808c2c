// Memory over the window of the real Go leak service through net/http/pprof:
// the heap snapshot after a GC as the window opens, HeapAlloc readings stamped
// by the context's clock, the live heap at both edges, and the end snapshot
// minus the start one (what the window retained, by allocation site).
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import t from 'tap';
import { GO_HEAP_SOURCE, START_SNAPSHOT, goHeapSeries, goRetention, heapAllocOf, startGoMemory, stopGoMemory } from '../../lib/collectors/pprof-memory.js';
import { importFile } from '../../lib/collectors/tool.js';
import type { Profile } from '../../lib/model/profile.js';
import { goContext, goLeakService, noGo } from './go-leak-service.js';

const PAYLOAD = 16 * 1024;

/** Bytes in use by stacks through `name`, in the profile's default sample type. */
const through = (p: Profile, name: string) =>
  p.samples.filter((s) => s.stack.some((id) => p.frames[id]!.name === name)).reduce((n, s) => n + (s.values[p.defaultSampleIndex] ?? 0), 0);

async function heapNow(pprof: URL, dir: string, file: string): Promise<Profile> {
  const bytes = Buffer.from(await (await fetch(`${pprof.href}/heap?gc=1`)).arrayBuffer());
  await writeFile(join(dir, file), bytes);
  return (await importFile(join(dir, file), 'pprof')).find((p) => p.kind === 'heap')!.profile;
}

t.test('the leak service: 300 requests before the window, 300 inside', { skip: noGo }, async (t) => {
  const service = await goLeakService(t, 'leak');
  await service.load(300); // before the window: kept too, but not the window's doing
  const readings: number[] = [];
  // The real time, a day on: every series point must carry one of these readings.
  const { ctx, logs } = goContext(() => {
    readings.push(Date.now() + 86_400_000);
    return readings[readings.length - 1]!;
  });
  await startGoMemory(ctx, service.pprof);
  t.ok(existsSync(join(ctx.workDir, START_SNAPSHOT)), 'the start snapshot is kept');
  await service.load(300);
  await stopGoMemory(ctx);
  t.same(logs, []);

  const [series, ...more] = goHeapSeries(ctx);
  t.same(more, [], 'one series');
  t.equal(series!.stat, 'heap_used');
  t.equal(series!.source, GO_HEAP_SOURCE);
  t.ok(series!.points.length >= 1, 'HeapAlloc read as the window opened, and every POLL_MS');
  t.ok(series!.points.every((p) => readings.includes(p.tMs)), 'each reading stamped by the context clock');
  t.same(series!.points.map((p) => p.tMs), [...series!.points.map((p) => p.tMs)].sort((a, b) => a - b));
  const grown = series!.live!.end - series!.live!.start;
  // Each request keeps one 16 KiB payload: the live heap (after a GC, exact) grew by 300 of them, give or take the runtime's own.
  t.ok(grown > 0.9 * 300 * PAYLOAD && grown < 1.6 * 300 * PAYLOAD, `live heap grew ${grown} bytes`);
  t.same(goHeapSeries(ctx), [], 'read once');

  const end = await heapNow(service.pprof, ctx.workDir, 'heap-end.pb.gz');
  const retained = await goRetention(ctx, end);
  const inWindow = through(retained, 'main.buildPayload');
  const everKept = through(end, 'main.buildPayload');
  // The heap profile samples one allocation per 512 KiB on average: 300 payloads (4.7 MiB) make about 9
  // samples on each side of the window's start, so neither side is empty but by a chance of about 1 in 10,000.
  // The sampled objects are kept, so the end snapshot holds the start's samples and the difference is the window's.
  t.ok(inWindow > 0, 'the window retained payloads from buildPayload');
  t.ok(inWindow < everKept, `less than the end snapshot holds (300 payloads came before the window): ${inWindow} of ${everKept}`);
  t.ok(retained.samples.every((s) => (s.values[retained.defaultSampleIndex] ?? 0) > 0), 'only the stacks that grew');
});

t.test('no start snapshot: the retention is the end snapshot itself', { skip: noGo }, async (t) => {
  const service = await goLeakService(t, 'leak');
  await service.load(20);
  const { ctx } = goContext(Date.now);
  const end = await heapNow(service.pprof, ctx.workDir, 'heap-end.pb.gz');
  t.equal(await goRetention(ctx, end), end);
  t.same(goHeapSeries(ctx), [], 'no window: no series');
});

t.test('HeapAlloc from heap?debug=1 text', async (t) => {
  const text = '# runtime.MemStats\n# Alloc = 123\n# TotalAlloc = 999\n# HeapAlloc = 4194304\n# HeapSys = 8000000\n';
  t.equal(heapAllocOf(text), 4194304);
  t.equal(heapAllocOf('# HeapAllocs = 5\n'), undefined, 'another field');
  t.equal(heapAllocOf('404 page not found'), undefined);
});
