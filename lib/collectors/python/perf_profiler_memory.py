"""Retention and heap used over the measurement window, with tracemalloc.

Started as the window opens (after a full gc.collect()), tracemalloc traces
only what is allocated from then on; when the window closes (after another
collection) what it still traces is what the window kept. Its snapshot,
grouped by traceback, is written as folded stacks weighted by bytes (the
retention profile), and the traced size read at every sampler tick is the
heap series. Frames are named after the innermost def or class around their
line (tracemalloc keeps only file and line), read once per file with ast.
"""

import ast
import gc
import json
import os
import time
import tracemalloc

TRACEBACK_FRAMES = 32
READ_MS = 250


def _scopes(path):
    """(first line, last line, qualified name) of every def and class in the file."""
    try:
        with open(path, "rb") as f:
            tree = ast.parse(f.read(), path)
    except (OSError, SyntaxError, ValueError):
        return []
    out = []

    def visit(node, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = prefix + child.name
                out.append((child.lineno, getattr(child, "end_lineno", child.lineno), name))
                visit(child, name + ".")
            else:
                visit(child, prefix)

    visit(tree, "")
    return out


class Names:
    def __init__(self):
        self.by_file = {}

    def at(self, path, line):
        scopes = self.by_file.get(path)
        if scopes is None:
            scopes = self.by_file[path] = _scopes(path)
        inside = [s for s in scopes if s[0] <= line <= s[1]]
        # The innermost scope starts last.
        return max(inside)[2] if inside else "<module>"


HERE = os.path.dirname(os.path.abspath(__file__))


def _is_runner(filename):
    return filename.startswith(HERE + os.sep) or "runpy" in filename


def _now_ms():
    return int(time.time() * 1000)


class HeapTracer:
    def __init__(self, out):
        self.out = out
        self.readings = []
        self.names = Names()
        self.closed = False

    def open(self):
        gc.collect()
        tracemalloc.start(TRACEBACK_FRAMES)
        self.readings.append([_now_ms(), 0])

    def tick(self, force=False):
        now = _now_ms()
        if tracemalloc.is_tracing() and (force or now - self.readings[-1][0] >= READ_MS):
            self.readings.append([now, tracemalloc.get_traced_memory()[0]])

    def close(self):
        if self.closed or not tracemalloc.is_tracing():
            return
        self.closed = True
        self.tick(force=True)
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0]
        # Allocations made by the sampler itself (its allocating frame in the files beside this one) are not the program's.
        ours = os.path.join(os.path.dirname(os.path.abspath(__file__)), "*")
        snapshot = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, ours)])
        tracemalloc.stop()
        lines = []
        for stat in snapshot.statistics("traceback"):
            # The runner's own frames (sampler.py, runpy) below the program's are left out, as the sampler does.
            kept_frames = list(stat.traceback)
            while kept_frames and _is_runner(kept_frames[0].filename):
                kept_frames.pop(0)
            # What is left with a frame of ours is the sampler thread's own (its stacks start in threading).
            if any(f.filename.startswith(HERE + os.sep) for f in kept_frames):
                continue
            frames = ["%s (%s:%d)" % (self.names.at(f.filename, f.lineno), f.filename, f.lineno) for f in kept_frames]
            if frames and stat.size > 0:
                lines.append("%s %d\n" % (";".join(frames), stat.size))
        lines.sort()
        _write_atomic(self.out + ".folded", "".join(lines).encode("utf-8"))
        _write_atomic(self.out + ".json", json.dumps({"readings": self.readings, "live": [0, kept]}).encode("utf-8"))


def _write_atomic(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)
