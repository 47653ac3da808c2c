/* Fixed: the prices are sorted once; each query is a binary search. */
#include "common.h"

static int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

PLANTED int cheapest_above(const int *sorted, int n, int floor) {
  int lo = 0, hi = n;
  while (lo < hi) { int mid = (lo + hi) / 2; if (sorted[mid] > floor) hi = mid; else lo = mid + 1; }
  return lo < n ? sorted[lo] : -1;
}

int main(int argc, char **argv) {
  int n = size_arg(argc, argv, 8000);
  item *items = records(n);
  int *prices = malloc((size_t)n * sizeof *prices);
  uint32_t acc = 0;
  for (int i = 0; i < n; i++) { prices[i] = (items[i].id * 7919) % 10007; acc ^= checksum(items[i].name); }
  qsort(prices, (size_t)n, sizeof *prices, cmp_int);
  for (int q = 0; q < n / 10; q++) acc ^= (uint32_t)cheapest_above(prices, n, (q * 131) % 10007);
  printf("%u\n", acc);
  return 0;
}
