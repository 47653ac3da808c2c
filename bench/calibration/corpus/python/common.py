"""What the slow and the fixed variant of every Python pair share: deterministic
records, unrelated CPU work (so the planted cause holds only part of the time)
and the size argument."""
import sys


def records(n):
    return [{"id": i, "name": f"Item {i} / Group {i % 97}", "sku": f"SKU-{(i * 7919) % 100003}", "qty": i % 13 + 1} for i in range(n)]


def checksum(text):
    """FNV-1a over the text, 2 rounds: CPU work unrelated to the bottleneck."""
    h = 0x811C9DC5
    for _ in range(2):
        for c in text:
            h = ((h ^ ord(c)) * 16777619) & 0xFFFFFFFF
    return h


def size(default):
    return int(sys.argv[1]) if len(sys.argv) > 1 else default
