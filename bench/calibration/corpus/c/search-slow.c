/* Planted: unique_skus scans an array for every item: O(n²) (better-algorithm). */
#include "common.h"

PLANTED int unique_skus(const item *items, int n) {
  const char **seen = malloc((size_t)n * sizeof *seen);
  int count = 0;
  for (int i = 0; i < n; i++) {
    int found = 0;
    for (int j = 0; j < count && !found; j++) found = strcmp(seen[j], items[i].sku) == 0;
    if (!found) seen[count++] = items[i].sku;
  }
  free(seen);
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
