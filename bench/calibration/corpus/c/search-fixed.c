/* Fixed: an open-addressing hash set answers membership in constant time. */
#include "common.h"

static uint32_t hash(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
  return h;
}

PLANTED int unique_skus(const item *items, int n) {
  size_t cap = 1;
  while (cap < (size_t)n * 2) cap <<= 1;
  const char **table = calloc(cap, sizeof *table);
  int count = 0;
  for (int i = 0; i < n; i++) {
    size_t at = hash(items[i].sku) & (cap - 1);
    while (table[at] && strcmp(table[at], items[i].sku) != 0) at = (at + 1) & (cap - 1);
    if (!table[at]) { table[at] = items[i].sku; count++; }
  }
  free(table);
  return count;
}

int main(int argc, char **argv) {
  int n = size_arg(argc, argv, 8000);
  item *items = records(n);
  uint32_t acc = 0;
  for (int i = 0; i < n; i++) acc ^= checksum(items[i].name);
  for (int pass = 0; pass < 3; pass++) acc ^= (uint32_t)unique_skus(items, n);
  printf("%u\n", acc);
  return 0;
}
