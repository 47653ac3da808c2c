"""Fixed: the lines are collected and joined once."""
from common import checksum, records, size


def render_csv(items):
    return "".join(f"{it['id']},{it['name']},{it['sku']}\n" for it in items)


items = records(size(40000))
acc = 0
for it in items:
    acc ^= checksum(it["sku"])
for _ in range(10):
    acc ^= len(render_csv(items))
print(acc)
