"""Fixed: only the changed path is copied (the order and its first line)."""
from common import checksum, records, size

ORDER = {"id": 7, "customer": {"name": "Ada", "tags": ["a", "b"]}, "lines": records(20), "meta": {"source": "web", "flags": [1, 2, 3]}}


def with_quantity(order, qty):
    return {**order, "lines": [{**order["lines"][0], "qty": qty}, *order["lines"][1:]]}


acc = 0
for it in records(size(6000)):
    acc ^= checksum(it["name"]) ^ with_quantity(ORDER, it["qty"])["lines"][0]["qty"]
print(acc)
