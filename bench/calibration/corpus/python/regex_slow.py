"""Planted: slugify passes pattern strings to re.sub on every call (precompile-regex).
CPython caches compiled patterns, so only the cache lookup is saved."""
import re

from common import checksum, records, size


def slugify(name):
    return re.sub(r"^-+|-+$", "", re.sub(r"[^a-z0-9]+", "-", name.lower()))


acc = 0
for it in records(size(60000)):
    acc = (acc + (checksum(it["name"]) ^ len(slugify(it["name"])))) & 0xFFFFFFFF
print(acc)
