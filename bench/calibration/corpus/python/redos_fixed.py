"""Fixed: the same language without ambiguity (words separated by one
whitespace, an optional trailing one): linear time on every input."""
import re

from common import checksum, records, size

PHRASE = re.compile(r"^(?:\w+(?:\s\w+)*\s?)?$")


def is_phrase(text):
    return PHRASE.match(text) is not None


k = size(18)
acc = 0
for it in records(20000):
    acc ^= checksum(it["name"]) ^ (1 if is_phrase(re.sub(r"\W", " ", it["name"])) else 0)
for i in range(8):
    acc ^= 2 if is_phrase("a" * (k + i % 2) + "!") else 4
print(acc)
