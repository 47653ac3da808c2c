"""Fixed: the text is checked first; a bad value is an ordinary return."""
from common import checksum, records, size


def parse_qty(text):
    return int(text) if text.isdigit() else 0


acc = 0
for it in records(size(150000)):
    acc ^= checksum(it["sku"][:4]) ^ parse_qty(str(it["qty"]) if it["id"] % 4 == 0 else it["sku"])
print(acc)
