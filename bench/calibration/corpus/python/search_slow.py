"""Planted: unique_skus tests membership in a list for every item: O(n²) (set-lookup)."""
from common import checksum, records, size


def unique_skus(items):
    seen = []
    for it in items:
        if it["sku"] not in seen:
            seen.append(it["sku"])
    return len(seen)


items = records(size(3000))
acc = 0
for it in items:
    acc ^= checksum(it["name"])
for _ in range(3):
    acc ^= unique_skus(items)
print(acc)
