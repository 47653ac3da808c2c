// The state of a Go goroutine from its stack in a goroutine profile, as the
// pprof sample labels `state` and `call` every sampler here uses
// (docs/contracts.md, "Thread states"). A parked goroutine's stack starts at
// runtime.gopark; the frames under it say what it waits for.

/** Frames below the leaf that name the wait, first match wins; searched leaf first. */
const WAITS: [RegExp, string, string][] = [
  [/^(?:internal\/poll\.runtime_pollWait|runtime\.netpollblock)$/, 'io', 'netpoll'],
  [/^(?:syscall\.(?:Syscall6?|RawSyscall6?|syscall6?)|runtime\/internal\/syscall\.Syscall6|golang\.org\/x\/sys\/unix\.Syscall6?)$/, 'io', 'syscall'],
  [/^time\.Sleep$/, 'sleeping', 'sleep'],
  [/^sync\.runtime_Semacquire(?:Mutex|RWMutexR?)$/, 'lock', 'mutex'],
  [/^sync\.runtime_notifyListWait$/, 'lock', 'cond'],
  [/^sync\.runtime_Semacquire(?:WaitGroup)?$/, 'waiting', 'wait group'],
  [/^runtime\.selectgo$/, 'waiting', 'select'],
  [/^runtime\.chan(?:recv|send)$/, 'waiting', 'channel'],
];
/** How deep under the leaf the wait's frame can sit (gopark, goparkunlock, semacquire1, ...). */
const DEPTH = 8;

/** `frames`: the goroutine's function names, leaf first. */
export function goroutineState(frames: readonly string[]): { state: string; call?: string } {
  for (const name of frames.slice(0, DEPTH)) {
    const wait = WAITS.find(([re]) => re.test(name));
    if (wait) return { state: wait[1], call: wait[2] };
  }
  return frames[0] === 'runtime.gopark' ? { state: 'waiting', call: 'park' } : { state: 'running' };
}
