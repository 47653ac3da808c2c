"""Planted: discount_for parses the same JSON rules text on every call (avoid-reserialize)."""
import json

from common import checksum, records, size

RULES = json.dumps([{"group": g, "pct": (g * 7) % 30, "tags": ["a", "b", str(g)]} for g in range(60)])


def discount_for(group):
    rules = json.loads(RULES)
    return rules[group % len(rules)]["pct"]


acc = 0
for it in records(size(20000)):
    acc ^= checksum(it["name"]) ^ discount_for(it["id"] % 97)
print(acc)
