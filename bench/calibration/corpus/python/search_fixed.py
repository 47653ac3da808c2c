"""Fixed: a set answers membership in constant time."""
from common import checksum, records, size


def unique_skus(items):
    seen = set()
    for it in items:
        seen.add(it["sku"])
    return len(seen)


items = records(size(3000))
acc = 0
for it in items:
    acc ^= checksum(it["name"])
for _ in range(3):
    acc ^= unique_skus(items)
print(acc)
