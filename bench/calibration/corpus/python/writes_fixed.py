"""Fixed: the lines are joined and written in one call per report."""
import os

from common import checksum, records, size


def write_report(fd, items):
    os.write(fd, "".join(f"{it['id']},{it['sku']}\n" for it in items).encode())


items = records(size(60000))
acc = 0
for it in items:
    acc ^= checksum(it["name"])
fd = os.open(os.devnull, os.O_WRONLY)
for _ in range(3):
    write_report(fd, items)
os.close(fd)
print(acc)
