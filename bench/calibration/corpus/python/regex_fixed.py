"""Fixed: the patterns are compiled once at module level."""
import re

from common import checksum, records, size

NON_WORD = re.compile(r"[^a-z0-9]+")
EDGES = re.compile(r"^-+|-+$")


def slugify(name):
    return EDGES.sub("", NON_WORD.sub("-", name.lower()))


acc = 0
for it in records(size(60000)):
    acc = (acc + (checksum(it["name"]) ^ len(slugify(it["name"])))) & 0xFFFFFFFF
print(acc)
