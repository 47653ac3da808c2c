"""Planted: is_phrase matches a nested quantifier, (\\w+\\s?)*, which backtracks
exponentially on a near-miss such as "aaaa…a!" (simplify-regex)."""
import re

from common import checksum, records, size

PHRASE = re.compile(r"^(\w+\s?)*$")


def is_phrase(text):
    return PHRASE.match(text) is not None


k = size(18)
acc = 0
for it in records(20000):
    acc ^= checksum(it["name"]) ^ (1 if is_phrase(re.sub(r"\W", " ", it["name"])) else 0)
for i in range(8):
    acc ^= 2 if is_phrase("a" * (k + i % 2) + "!") else 4
print(acc)
