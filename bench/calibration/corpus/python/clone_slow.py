"""Planted: with_quantity deep-copies the whole order to change one field (avoid-deep-clone)."""
import copy

from common import checksum, records, size

ORDER = {"id": 7, "customer": {"name": "Ada", "tags": ["a", "b"]}, "lines": records(20), "meta": {"source": "web", "flags": [1, 2, 3]}}


def with_quantity(order, qty):
    c = copy.deepcopy(order)
    c["lines"][0]["qty"] = qty
    return c


acc = 0
for it in records(size(6000)):
    acc ^= checksum(it["name"]) ^ with_quantity(ORDER, it["qty"])["lines"][0]["qty"]
print(acc)
