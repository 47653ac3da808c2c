"""Planted: cheapest_above sorts the prices again for every query: O(q·n log n) (sort-once)."""
from common import checksum, records, size


def cheapest_above(prices, floor):
    for p in sorted(prices):
        if p > floor:
            return p
    return -1


n = size(3000)
items = records(n)
prices = [(it["id"] * 7919) % 10007 for it in items]
acc = 0
for it in items:
    acc ^= checksum(it["name"])
for q in range(n // 10):
    acc ^= cheapest_above(prices, (q * 131) % 10007)
print(acc)
