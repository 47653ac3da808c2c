"""Print a cProfile/pstats dump as JSON for lib/importers/cprofile.ts.

Reads the dump from the path given (or stdin for "-") with the standard
library's pstats, and prints one JSON object:
  {"functions": [{"file", "line", "name", "cc", "nc", "tt", "ct",
                  "callers": [{"file", "line", "name", "nc", "cc", "tt", "ct"}]}]}
tt and ct are seconds as pstats keeps them. Exit 3 with one line on stderr
when the input is not a pstats dump.
"""
import json
import marshal
import pstats
import sys


def load(path):
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        with open(path, "rb") as f:
            data = f.read()
    try:
        raw = marshal.loads(data)
    except (EOFError, ValueError, TypeError) as err:
        raise ValueError("not a pstats dump (marshal: %s)" % err)
    if not isinstance(raw, dict):
        raise ValueError("not a pstats dump (expected a marshalled dict, got %s)" % type(raw).__name__)
    return pstats.Stats(_Loaded(raw))


class _Loaded:
    """Lets pstats.Stats take an already loaded dict through its create_stats hook."""

    def __init__(self, raw):
        self.stats = raw

    def create_stats(self):
        pass


def func(key, where):
    if not (isinstance(key, tuple) and len(key) == 3):
        raise ValueError("%s: expected a (file, line, name) key, got %r" % (where, key))
    file, line, name = key
    return {"file": str(file), "line": int(line), "name": str(name)}


def caller_values(value):
    # Python 3 keeps (nc, cc, tt, ct) per caller; very old dumps kept a call count.
    if isinstance(value, tuple) and len(value) == 4:
        nc, cc, tt, ct = value
        return {"nc": nc, "cc": cc, "tt": tt, "ct": ct}
    return {"nc": int(value), "cc": int(value), "tt": 0.0, "ct": 0.0}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "-"
    try:
        stats = load(path)
        out = []
        for key, value in stats.stats.items():
            if not (isinstance(value, tuple) and len(value) == 5):
                raise ValueError("entry %r: expected (cc, nc, tt, ct, callers)" % (key,))
            cc, nc, tt, ct, callers = value
            entry = func(key, "function")
            entry.update({"cc": cc, "nc": nc, "tt": tt, "ct": ct, "callers": []})
            for ckey, cvalue in callers.items():
                caller = func(ckey, "caller of %s" % entry["name"])
                caller.update(caller_values(cvalue))
                entry["callers"].append(caller)
            out.append(entry)
    except (OSError, ValueError, TypeError, AttributeError) as err:
        sys.stderr.write("%s\n" % err)
        sys.exit(3)
    json.dump({"functions": out}, sys.stdout)


if __name__ == "__main__":
    main()
