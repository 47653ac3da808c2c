"""Planted: render_csv grows one string with += per line (string-builder).
CPython often extends the string in place, so the gain can be small."""
from common import checksum, records, size


def render_csv(items):
    out = ""
    for it in items:
        out += str(it["id"]) + "," + it["name"] + "," + it["sku"] + "\n"
    return out


items = records(size(40000))
acc = 0
for it in items:
    acc ^= checksum(it["sku"])
for _ in range(10):
    acc ^= len(render_csv(items))
print(acc)
