// Goroutine snapshots of the real Go leak service, pulled over a window and
// summed into one wall profile: each snapshot weighted by the time since the
// previous one on the context's clock, each goroutine labelled with its state.
import t from 'tap';
import { GOROUTINE_POLL_MS, addSnapshot, startGoroutines, stopGoroutines } from '../../lib/collectors/pprof-goroutines.js';
import { ProfileBuilder } from '../../lib/model/builder.js';
import { goContext, goLeakService, noGo } from './go-leak-service.js';

const names = (p: { frames: { name: string }[] }, stack: number[]) => stack.map((id) => p.frames[id]!.name);

t.test('snapshots over a window, weighted by the clock between them', { skip: noGo }, async (t) => {
  const service = await goLeakService(t, 'leak');
  // Every reading of this clock is one second after the last: each snapshot then weighs exactly 1 s a goroutine.
  let seconds = 0;
  const { ctx, logs } = goContext(() => 1_700_000_000_000 + 1000 * seconds++);
  // Load first, so connection goroutines idle in their reads beside the accept loop; then an idle window.
  await service.load(50);
  startGoroutines(ctx, `${service.pprof.href}/goroutine`);
  await new Promise((resolve) => setTimeout(resolve, 3 * GOROUTINE_POLL_MS));
  const profile = await stopGoroutines(ctx);
  t.same(logs, []);
  t.ok(profile, 'a profile from the snapshots');
  const p = profile!;
  t.same(p.sampleTypes.map((s) => `${s.type}/${s.unit}`), ['goroutines/count', 'wall/nanoseconds']);
  const snapshots = seconds - 1; // the start reading, then one per snapshot
  t.ok(snapshots >= 1, `${snapshots} snapshots`);
  t.equal(p.durationNs, snapshots * 1e9, 'the window spans the snapshots, on the context clock');
  t.ok(p.samples.every((s) => s.values[1] === s.values[0]! * 1e9), 'each goroutine weighs the 1 s since the previous snapshot');
  // Idle, http.Serve's goroutine waits in Accept in every snapshot: netpoll, so io.
  const accept = p.samples.filter((s) => names(p, s.stack).some((n) => n.includes('(*TCPListener).Accept')));
  t.ok(accept.length > 0, 'the accept loop is seen');
  t.ok(accept.every((s) => s.labels?.['state'] === 'io' && s.labels?.['call'] === 'netpoll'), 'waiting on the network');
  t.equal(accept.reduce((n, s) => n + s.values[0]!, 0), snapshots, 'one accepting goroutine in each snapshot');
  t.equal(await stopGoroutines(ctx), undefined, 'stopped once');
});

t.test('an endpoint that is not there: log lines, no profile', async (t) => {
  const { ctx, logs } = goContext(Date.now);
  startGoroutines(ctx, 'http://127.0.0.1:9/debug/pprof/goroutine');
  await new Promise((resolve) => setTimeout(resolve, 3 * GOROUTINE_POLL_MS));
  t.equal(await stopGoroutines(ctx), undefined);
  t.ok(logs.length >= 1 && logs.every((l) => l.startsWith('pprof: no goroutine snapshot from http://127.0.0.1:9/debug/pprof/goroutine (')), logs.join('\n'));
});

t.test('one snapshot added by hand: goroutines of one stack counted, worth ns each', { skip: noGo }, async (t) => {
  const service = await goLeakService(t, 'leak');
  const bytes = Buffer.from(await (await fetch(`${service.pprof.href}/goroutine`)).arrayBuffer());
  const builder = new ProfileBuilder({ sampleTypes: [{ type: 'goroutines', unit: 'count' }, { type: 'wall', unit: 'nanoseconds' }], defaultSampleIndex: 0 });
  addSnapshot(builder, bytes, 5e6, 'snapshot');
  addSnapshot(builder, bytes, 5e6, 'snapshot');
  const p = builder.build();
  t.ok(p.samples.length > 0);
  t.ok(p.samples.every((s) => s.values[1] === s.values[0]! * 5e6));
  t.ok(p.samples.every((s) => typeof s.labels?.['state'] === 'string'), 'every goroutine has a state');
  const total = p.samples.reduce((n, s) => n + s.values[0]!, 0);
  t.equal(total % 2, 0, 'the same snapshot twice: every stack counted twice');
});
