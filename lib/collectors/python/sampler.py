"""Run a Python script or module under a profiler and write what it recorded.

Shipped with perf-profiler (lib/collectors/python.ts and cprofile.ts start it):

  python3 sampler.py --mode sample --interval-us 5000 --out stacks.folded [--window-dir DIR] -- script.py args...
  python3 sampler.py --mode cprofile --out out.prof -- -m package.module args...

sample:   wall-clock stack sampling: a daemon thread reads sys._current_frames()
          every interval and counts each thread's stack; written as folded
          stacks ("frame;frame count", root first, frames "func (file.py:line)")
          plus <out>.meta.json with the sample count and elapsed time.
          With --window-dir, only while DIR/start exists and DIR/stop does
          not (the orchestration's measurement window).
cprofile: the standard library's deterministic cProfile, written with
          dump_stats (what `python3 -m cProfile -o` writes).

The target runs in this process through runpy, as `python3 script.py` would
run it; nothing else is ever executed. SIGTERM raises SystemExit so the output
is still written when the orchestration stops a server. Standard library only.
"""

import argparse
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
    return tuple(frame_text(f).replace(";", ":") for f in frames)


class Sampler(threading.Thread):
    """Counts every other thread's stack each interval, inside the measurement window only."""

    def __init__(self, interval_us, out, window_dir=None):
        super().__init__(name="perf-profiler-sampler", daemon=True)
        self.interval_us = interval_us
        self.interval_s = interval_us / 1e6
        self.out = out
        self.window_dir = window_dir
        self.written = False
        self.counts = {}
        self.samples = 0
        self.stopping = threading.Event()
        self.opened_at = None
        self.closed_at = None

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
            state = self.window_state()
            if state == "before":
                continue
            if state == "closed":
                # Write now: the stacks are complete, and a target killed later loses nothing.
                self.closed_at = time.monotonic()
                self.write()
                return
            if self.opened_at is None:
                self.opened_at = time.monotonic()
            for ident, frame in sys._current_frames().items():
                if ident == me:
                    continue
                stack = stack_of(frame)
                if stack:
                    self.counts[stack] = self.counts.get(stack, 0) + 1
            self.samples += 1

    def stop(self):
        """Stop sampling and write the stacks, unless the window's end already did."""
        self.stopping.set()
        self.join()
        if self.written:
            return
        if self.opened_at is not None and self.closed_at is None:
            self.closed_at = time.monotonic()
        self.write()

    @property
    def elapsed_s(self):
        return 0.0 if self.opened_at is None else self.closed_at - self.opened_at

    def write(self):
        lines = sorted("%s %d\n" % (";".join(stack), n) for stack, n in self.counts.items())
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
    sampler = Sampler(args.interval_us, args.out, args.window_dir)
    return run_under(args.target, sampler.start, sampler.stop)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
