"""Fixed: the prices are sorted once; each query is a binary search."""
import bisect

from common import checksum, records, size


def cheapest_above(sorted_prices, floor):
    i = bisect.bisect_right(sorted_prices, floor)
    return sorted_prices[i] if i < len(sorted_prices) else -1


n = size(3000)
items = records(n)
prices = [(it["id"] * 7919) % 10007 for it in items]
sorted_prices = sorted(prices)
acc = 0
for it in items:
    acc ^= checksum(it["name"])
for q in range(n // 10):
    acc ^= cheapest_above(sorted_prices, (q * 131) % 10007)
print(acc)
