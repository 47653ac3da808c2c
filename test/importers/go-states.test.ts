// A goroutine's state from its stack (leaf first), as goroutine profiles show parked goroutines.
import t from 'tap';
import { goroutineState } from '../../lib/importers/go-states.js';

t.test('parked goroutines by what they wait on; the rest running', async (t) => {
  const cases: [string[], { state: string; call?: string }][] = [
    [['runtime.gopark', 'runtime.netpollblock', 'internal/poll.runtime_pollWait', 'internal/poll.(*pollDesc).wait', 'net.(*conn).Read', 'main.callDownstream'], { state: 'io', call: 'netpoll' }],
    [['syscall.Syscall', 'syscall.read', 'os.(*File).Read', 'main.load'], { state: 'io', call: 'syscall' }],
    [['runtime.gopark', 'time.Sleep', 'main.backoff'], { state: 'sleeping', call: 'sleep' }],
    [['runtime.gopark', 'runtime.goparkunlock', 'runtime.semacquire1', 'sync.runtime_SemacquireMutex', 'sync.(*Mutex).lockSlow', 'main.update'], { state: 'lock', call: 'mutex' }],
    [['runtime.gopark', 'runtime.semacquire1', 'sync.runtime_Semacquire', 'sync.(*WaitGroup).Wait', 'main.fanOut'], { state: 'waiting', call: 'wait group' }],
    [['runtime.gopark', 'runtime.chanrecv', 'runtime.chanrecv1', 'main.worker'], { state: 'waiting', call: 'channel' }],
    [['runtime.gopark', 'runtime.selectgo', 'main.loop'], { state: 'waiting', call: 'select' }],
    [['runtime.gopark', 'runtime.gcBgMarkWorker'], { state: 'waiting', call: 'park' }],
    [['main.hotChecksum', 'main.handler'], { state: 'running' }],
  ];
  for (const [frames, want] of cases) t.same(goroutineState(frames), want, frames.at(-1)!);
});
