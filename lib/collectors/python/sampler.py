"""Run a Python script or module under a profiler and write what it recorded.

Shipped with perf-profiler (lib/collectors/python.ts and cprofile.ts start it):

  python3 sampler.py --mode sample --interval-us 5000 --out stacks.ndjson [--window-dir DIR] -- script.py args...
  python3 sampler.py --mode cprofile --out out.prof -- -m package.module args...

sample:   wall-clock stack sampling: a daemon thread reads sys._current_frames()
          every interval and counts each thread's stack with the thread's
          state (see thread_state); written as one JSON object per line,
          {"stack": [root first, "func (file.py:line)"...], "labels": {"state",
          "thread"[, "call"]}, "count": n, "ns": t} (t: the wall time its
          ticks stand for, each the time since the previous tick; see
          Sampler.tick_ns), plus <out>.meta.json with the sample count and
          elapsed time.
          With --window-dir, only while DIR/start exists and DIR/stop does
          not (the orchestration's measurement window).
cprofile: the standard library's deterministic cProfile, written with
          dump_stats (what `python3 -m cProfile -o` writes).

The target runs in this process through runpy, as `python3 script.py` would
run it; nothing else is ever executed. SIGTERM raises SystemExit so the output
is still written when the orchestration stops a server. Standard library only.
"""

import argparse
import dis
import json
import os
import runpy
import signal
import sys
import threading
import time

HERE = os.path.abspath(__file__)


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="sampler.py", description=__doc__.split("\n")[0])
    parser.add_argument("--mode", choices=("sample", "cprofile"), default="sample")
    parser.add_argument("--interval-us", type=int, default=10000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--window-dir", help="sample only while <dir>/start exists and <dir>/stop does not")
    parser.add_argument("--heap-out", help="trace allocations in the window with tracemalloc (perf_profiler_memory.py) into <path>.folded and <path>.json")
    parser.add_argument("target", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    target = args.target[1:] if args.target[:1] == ["--"] else args.target
    if not target or (target[0] == "-m" and len(target) < 2):
        parser.error("expected the script (or -m module) to run after --")
    if args.interval_us < 100:
        parser.error("--interval-us must be at least 100")
    args.target = target
    return args


def frame_text(frame):
    code = frame.f_code
    # f_lineno is None while a frame has no current line (e.g. right at a generator's start).
    return "%s (%s:%d)" % (code.co_name, code.co_filename, frame.f_lineno or code.co_firstlineno or 0)


def is_ours(frame):
    """This file's and runpy's frames sit below the user's code on the main thread."""
    name = frame.f_code.co_filename
    return name == HERE or name.endswith("runpy.py") or name == "<frozen runpy>"


def stack_of(frame):
    """Root-first frame texts, without the runner frames at the bottom."""
    frames = []
    while frame is not None:
        frames.append(frame)
        frame = frame.f_back
    frames.reverse()
    while frames and is_ours(frames[0]):
        frames.pop(0)
    return tuple(frame_text(f) for f in frames)


# What a thread is doing, from the innermost frame's current instruction and
# the OS's view of the thread. A frame whose current instruction is a call,
# with no Python frame above it, is inside a C function (or has just returned
# from one: CPython checks for a GIL hand-over at the end of a call). The call's
# name says which wait it is: sleep, a read or recv, a lock. Whether the thread
# was on the CPU since the previous sample comes from
# /proc/self/task/<tid>/schedstat (time run or runnable): it decides the calls
# whose names are also common non-blocking calls (dict.get, str.join), the C
# calls not in the table, and a frame executing bytecode off the CPU, which can
# only have been waiting for the GIL.
RUNNING, SLEEPING, IO, LOCK, GIL, WAITING = "running", "sleeping", "io", "lock", "gil", "waiting"
SLEEP_CALLS = ("sleep",)
IO_CALLS = (
    "read", "readinto", "readline", "readlines", "readall", "read1", "pread", "readv",
    "write", "writelines", "pwrite", "writev", "flush", "fsync", "fdatasync", "open", "sendfile",
    "recv", "recv_into", "recvfrom", "recvfrom_into", "recvmsg", "send", "sendall", "sendto", "sendmsg",
    "accept", "connect", "connect_ex", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "do_handshake",
    "select", "poll", "epoll", "control", "stat", "listdir", "scandir",
)
LOCK_CALLS = ("acquire", "acquire_lock")
# Lock waits only when the thread was off the CPU: the same names are everyday non-blocking calls.
MAYBE_LOCK_CALLS = ("get", "put", "join", "wait")
CHILD_CALLS = ("waitpid", "waitid", "wait3", "wait4", "pause", "sigwait", "sigtimedwait", "sigwaitinfo")
STATE_OF_CALL = {}
for _state, _names in ((SLEEPING, SLEEP_CALLS), (IO, IO_CALLS), (LOCK, LOCK_CALLS), (WAITING, CHILD_CALLS)):
    STATE_OF_CALL.update((name, _state) for name in _names)
CALL_OPS = {"CALL", "CALL_FUNCTION", "CALL_FUNCTION_KW", "CALL_FUNCTION_EX", "CALL_METHOD", "CALL_KW"}
WITH_OPS = {"BEFORE_WITH", "SETUP_WITH", "BEFORE_ASYNC_WITH"}
ATTR_OPS = {"LOAD_ATTR", "LOAD_METHOD"}
# Instructions that are not steps of the value stack, left out before walking it.
SKIPPED_OPS = {"CACHE", "PRECALL", "KW_NAMES", "EXTENDED_ARG", "NOP"}
# On the CPU (or runnable) for at least this share of the time since the previous sample.
ON_CPU_SHARE = 0.5
# The GIL switch interval inside the window, seconds. The sampler needs the GIL to read the other
# threads' frames; waking, it waits up to the switch interval (5 ms by default) for the running
# thread to let go. A CPU burst shorter than that (a request handler hashing for 4 ms) is never
# seen mid-way: the thread is seen at the blocking call after it (the socket write), where it lets
# go of the GIL itself, and its CPU is charged to the write. At 0.2 ms a sample lands within 0.2 ms
# of its tick, so bursts are seen in proportion to their length. Measured on a ThreadingHTTPServer
# hashing ~4 ms per request: score's sampled time per request rose from about a fifth of its own
# perf_counter time to about all of it; two CPU-bound threads took the same CPU time at 5 and 0.2 ms.
OBSERVE_SWITCH_S = 0.0002


def stack_effect(ins):
    try:
        return dis.stack_effect(ins.opcode, ins.arg if ins.opcode >= dis.HAVE_ARGUMENT else None, jump=False)
    except (ValueError, TypeError):
        return None


def callee_name(ins, at):
    """The name of what instruction `at` calls: walk back over its arguments on the value stack
    to the instruction that pushed the callable, then forward over attribute loads on it
    (`time.sleep` -> "sleep", `sock.recv` -> "recv", `with lock:` -> "lock")."""
    op = ins[at]
    if op.opname in WITH_OPS:
        need = 0
    elif op.opname == "CALL_FUNCTION_EX":
        need = 1 + (op.arg & 1)
    else:
        need = (op.arg or 0) + (1 if op.opname == "CALL_FUNCTION_KW" else 0)
    depth = 0
    for i in range(at - 1, -1, -1):
        effect = stack_effect(ins[i])
        if effect is None:
            return None
        depth += effect
        if depth > need and ins[i].opname == "PUSH_NULL":
            need = depth  # 3.13 pushes the NULL after the callable
        elif depth > need:
            name = ins[i].argval
            j = i + 1
            while j < at and ins[j].opname in ATTR_OPS:
                name = ins[j].argval
                j += 1
            return name if isinstance(name, str) else None
    return None


class Step:
    """An instruction of the value-stack walk, with every offset a frame may report for it."""

    __slots__ = ("opname", "opcode", "arg", "argval", "offsets")

    def __init__(self, ins):
        self.opname, self.opcode, self.arg, self.argval = ins.opname, ins.opcode, ins.arg, ins.argval
        self.offsets = {ins.offset}


def instructions_of(code):
    """The code's instructions without the ones that are not steps of the value stack. Python
    3.11's specialised PRECALL makes the call itself and skips CALL, so a frame waiting in
    the call reports the PRECALL's offset: it counts as its CALL's."""
    steps = []
    pending = []
    for ins in dis.get_instructions(code):
        if ins.opname in SKIPPED_OPS:
            if ins.opname == "PRECALL":
                pending.append(ins.offset)
            continue
        step = Step(ins)
        if ins.opname in CALL_OPS:
            step.offsets.update(pending)
            pending = []
        steps.append(step)
    return steps


class CallSites:
    """(code, instruction offset) -> None when not a call, else (kind, callee name); computed once per site."""

    def __init__(self):
        self.sites = {}
        self.instructions = {}

    def at(self, code, offset):
        key = (code, offset)
        if key in self.sites:
            return self.sites[key]
        ins = self.instructions.get(code)
        if ins is None:
            ins = self.instructions[code] = instructions_of(code)
        site = None
        for index, instruction in enumerate(ins):
            if offset in instruction.offsets:
                if instruction.opname in CALL_OPS:
                    site = ("call", callee_name(ins, index))
                elif instruction.opname in WITH_OPS:
                    site = ("with", callee_name(ins, index))
                break
        self.sites[key] = site
        return site


def read_proc(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


class ThreadClock:
    """Was each thread on the CPU since its previous sample? From /proc/self/task/<tid>/schedstat
    (ns run, ns waiting to run), else the state letter of .../stat (R running; S, D asleep).
    Time the sampler itself held the GIL counts as on the CPU: a thread kept waiting for the
    sampler's GIL was ready to run; that wait is the profiler's, not a lock of the program's."""

    def __init__(self):
        self.last = {}
        self.tick = {}
        self.held_ns = 0

    def observe(self, native_ids, now_ns):
        """Read every sampled thread's CPU time first, so each can be weighed against the others."""
        self.tick = {}
        for native_id in native_ids:
            sched = None if native_id is None else read_proc("/proc/self/task/%d/schedstat" % native_id)
            if sched is None:
                continue
            fields = sched.split()
            busy = int(fields[0]) + int(fields[1])
            previous = self.last.get(native_id)
            self.last[native_id] = (busy, now_ns, self.held_ns)
            if previous is not None and now_ns > previous[1]:
                self.tick[native_id] = (busy - previous[0], now_ns - previous[1], self.held_ns - previous[2])

    def off_cpu(self, native_id, in_call):
        """True, False, or None when /proc cannot tell (off Linux, a thread's first sample).
        The state letter is only asked for a thread inside a C call: one running bytecode
        is always asleep right now, waiting for the GIL the sampler holds."""
        if native_id is None:
            return None
        t = self.tick.get(native_id)
        if t is not None:
            ran, elapsed, held = t
            return ran + held < ON_CPU_SHARE * elapsed
        letter = self.state_letter(native_id) if in_call else None
        return None if letter is None else letter in ("S", "D")

    def gil_held_by_others(self, native_id):
        """Could the program's other threads have held the GIL this thread waited for? Only if
        they ran for at least half of its wait: else the holder was the sampler (or the OS kept
        the thread from running), which is no lock of the program's."""
        t = self.tick.get(native_id)
        if t is None:
            return True
        ran, elapsed, held = t
        others = sum(v[0] for k, v in self.tick.items() if k != native_id)
        return others >= ON_CPU_SHARE * max(0, elapsed - ran - held)

    @staticmethod
    def state_letter(native_id):
        stat = read_proc("/proc/self/task/%d/stat" % native_id)
        end = -1 if stat is None else stat.rfind(b")")
        return None if end < 0 else stat[end + 2 : end + 3].decode("ascii", "replace")


def thread_state(site, off_cpu, letter=None, gil_contended=True):
    """(state, call name or None) of a thread whose innermost frame is at `site`
    (see CallSites), off the CPU since the last sample or not (None: unknown);
    gil_contended: whether another thread of the program could have held the GIL."""
    if site is None:
        return (GIL if off_cpu and gil_contended else RUNNING), None
    kind, name = site
    if kind == "with":
        # Asleep while entering a with block (now, or else since the last sample): waiting for its lock.
        asleep = letter in ("S", "D") or bool(off_cpu)
        return (LOCK if asleep else RUNNING), None
    known = STATE_OF_CALL.get(name)
    if known is not None:
        return known, name
    if not off_cpu:
        return RUNNING, name
    if name in MAYBE_LOCK_CALLS:
        return LOCK, name
    return (IO if letter == "D" else WAITING), name


class Sampler(threading.Thread):
    """Counts every other thread's stack each interval, inside the measurement window only."""

    def __init__(self, interval_us, out, window_dir=None, heap=None):
        super().__init__(name="perf-profiler-sampler", daemon=True)
        self.heap = heap
        self.interval_us = interval_us
        self.interval_s = interval_us / 1e6
        self.out = out
        self.window_dir = window_dir
        self.written = False
        self.counts = {}
        # Per stack key, the wall time its ticks stand for (see tick_ns).
        self.held = {}
        self.last_tick_ns = None
        self.call_sites = CallSites()
        self.clock = ThreadClock()
        self.samples = 0
        self.stopping = threading.Event()
        self.opened_at = None
        self.closed_at = None
        self.switch_interval = None

    def window_state(self):
        """'before', 'open' or 'closed', from the files the orchestration writes."""
        if self.window_dir is None:
            return "open"
        if os.path.exists(os.path.join(self.window_dir, "stop")):
            return "closed"
        return "open" if os.path.exists(os.path.join(self.window_dir, "start")) else "before"

    def run(self):
        me = threading.get_ident()
        while not self.stopping.wait(self.interval_s):
            woke_ns = time.monotonic_ns()
            state = self.window_state()
            if state == "before":
                continue
            if state == "closed":
                # Write now: the stacks are complete, and a target killed later loses nothing.
                self.closed_at = time.monotonic()
                self.restore_switch()
                if self.heap:
                    self.heap.close()
                self.write()
                return
            if self.opened_at is None:
                self.opened_at = time.monotonic()
                self.switch_interval = sys.getswitchinterval()
                sys.setswitchinterval(min(self.switch_interval, OBSERVE_SWITCH_S))
                if self.heap:
                    self.heap.open()
            elif self.heap:
                self.heap.tick()
            threads = {t.ident: t for t in threading.enumerate()}
            now_ns = time.monotonic_ns()
            weight_ns = self.tick_ns(now_ns)
            frames = [(ident, frame) for ident, frame in sys._current_frames().items() if ident != me]
            self.clock.observe([getattr(threads.get(ident), "native_id", None) for ident, _ in frames], now_ns)
            for ident, frame in frames:
                stack = stack_of(frame)
                if stack:
                    key = (stack,) + self.labels_of(frame, threads.get(ident))
                    self.counts[key] = self.counts.get(key, 0) + 1
                    self.held[key] = self.held.get(key, 0) + weight_ns
            self.samples += 1
            # This tick held the GIL from its first reading to here (see ThreadClock).
            self.clock.held_ns += time.monotonic_ns() - woke_ns

    def tick_ns(self, now_ns):
        """The wall time this tick stands for: the time since the previous one (the first: one interval).
        The sampler reads the frames only once it holds the GIL, and a C call that keeps it (a regex
        match, a sort, json.loads of a large text) lets go only when it returns: a 180 ms match is
        one tick, which counted as one interval would be seen at a fortieth of its time. Measured on
        bench/calibration's python/redos at n=20: is_phrase held 87.8% of the thread's CPU time
        (time.thread_time around each call), 75% of the ticks; the fix removed 89% of the work."""
        last, self.last_tick_ns = self.last_tick_ns, now_ns
        return self.interval_us * 1000 if last is None else max(0, now_ns - last)

    def restore_switch(self):
        if self.switch_interval is not None:
            sys.setswitchinterval(self.switch_interval)
            self.switch_interval = None

    def labels_of(self, frame, thread):
        """(thread name, state, call) of the thread whose innermost frame is `frame`."""
        native_id = getattr(thread, "native_id", None)
        site = self.call_sites.at(frame.f_code, frame.f_lasti)
        off_cpu = self.clock.off_cpu(native_id, site is not None)
        # The letter says what the thread does now: asked where the call's name does not decide.
        letter = ThreadClock.state_letter(native_id) if site is not None and site[1] not in STATE_OF_CALL and native_id is not None else None
        state, call = thread_state(site, off_cpu, letter, site is not None or not off_cpu or self.clock.gil_held_by_others(native_id))
        return (thread.name if thread is not None else "", state, call)

    def stop(self):
        """Stop sampling and write the stacks, unless the window's end already did."""
        self.stopping.set()
        self.join()
        if self.written:
            return
        if self.opened_at is not None and self.closed_at is None:
            self.closed_at = time.monotonic()
        self.restore_switch()
        if self.heap:
            self.heap.close()
        self.write()

    @property
    def elapsed_s(self):
        return 0.0 if self.opened_at is None else self.closed_at - self.opened_at

    def write(self):
        lines = []
        for key, n in self.counts.items():
            stack, thread, state, call = key
            labels = {"state": state, "thread": thread} if thread else {"state": state}
            if call:
                labels["call"] = call
            lines.append(json.dumps({"stack": list(stack), "labels": labels, "count": n, "ns": self.held.get(key, 0)}, sort_keys=True) + "\n")
        lines.sort()
        write_atomic(self.out, "".join(lines).encode("utf-8"))
        meta = {"samples": self.samples, "elapsedNs": int(self.elapsed_s * 1e9), "intervalUs": self.interval_us}
        write_atomic(self.out + ".meta.json", json.dumps(meta).encode("utf-8"))
        self.written = True


def write_atomic(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def run_target(target):
    """Run the script or module as __main__, with sys.argv as it would see it."""
    if target[0] == "-m":
        sys.argv = [target[1]] + target[2:]
        runpy.run_module(target[1], run_name="__main__", alter_sys=True)
    else:
        sys.argv = list(target)
        sys.path[0] = os.path.dirname(os.path.abspath(target[0]))
        runpy.run_path(target[0], run_name="__main__")


def on_sigterm(signum, _frame):
    # A stop may signal the process more than once (its group, then it by pid); a second
    # SystemExit inside the dump below would leave an empty profile, so later ones are ignored.
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise SystemExit(128 + signum)


def run_under(target, start, finish):
    """Run the target between start() and finish(); finish() runs however it ends. Returns the exit code."""
    start()
    try:
        run_target(target)
    except SystemExit as e:
        return e.code
    finally:
        finish()
    return 0


def main(argv):
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, on_sigterm)
    if args.mode == "cprofile":
        import cProfile

        profiler = cProfile.Profile()

        def dump():
            profiler.disable()
            profiler.dump_stats(args.out + ".tmp")
            os.replace(args.out + ".tmp", args.out)

        return run_under(args.target, profiler.enable, dump)
    heap = None
    if args.heap_out:
        from perf_profiler_memory import HeapTracer  # beside this file (sys.path[0] until the target runs); a name no user module has

        heap = HeapTracer(args.heap_out)
    sampler = Sampler(args.interval_us, args.out, args.window_dir, heap)
    if args.window_dir:
        # The orchestration waits for the window's stacks while this process lives.
        write_atomic(os.path.join(args.window_dir, "sampler.pid"), str(os.getpid()).encode("ascii"))
    return run_under(args.target, sampler.start, sampler.stop)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
