"""Planted: parse_qty relies on ValueError for the common bad value (avoid-exceptions)."""
from common import checksum, records, size


def parse_qty(text):
    try:
        return int(text)
    except ValueError:
        return 0


acc = 0
for it in records(size(150000)):
    acc ^= checksum(it["sku"][:4]) ^ parse_qty(str(it["qty"]) if it["id"] % 4 == 0 else it["sku"])
print(acc)
