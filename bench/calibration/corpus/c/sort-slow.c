/* Planted: cheapest_above sorts a copy of the prices for every query: O(q·n log n) (sort-once). */
#include "common.h"

static int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

PLANTED int cheapest_above(const int *prices, int n, int floor) {
  int *sorted = malloc((size_t)n * sizeof *sorted);
  memcpy(sorted, prices, (size_t)n * sizeof *sorted);
  qsort(sorted, (size_t)n, sizeof *sorted, cmp_int);
  int found = -1;
  for (int i = 0; i < n && found < 0; i++) if (sorted[i] > floor) found = sorted[i];
  free(sorted);
  return found;
}

int main(int argc, char **argv) {
  int n = size_arg(argc, argv, 8000);
  item *items = records(n);
  int *prices = malloc((size_t)n * sizeof *prices);
  uint32_t acc = 0;
  for (int i = 0; i < n; i++) { prices[i] = (items[i].id * 7919) % 10007; acc ^= checksum(items[i].name); }
  for (int q = 0; q < n / 10; q++) acc ^= (uint32_t)cheapest_above(prices, n, (q * 131) % 10007);
  printf("%u\n", acc);
  return 0;
}
