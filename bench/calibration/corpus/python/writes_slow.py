"""Planted: write_report issues one os.write system call per line (buffer-writes)."""
import os

from common import checksum, records, size


def write_report(fd, items):
    for it in items:
        os.write(fd, f"{it['id']},{it['sku']}\n".encode())


items = records(size(60000))
acc = 0
for it in items:
    acc ^= checksum(it["name"])
fd = os.open(os.devnull, os.O_WRONLY)
for _ in range(3):
    write_report(fd, items)
os.close(fd)
print(acc)
