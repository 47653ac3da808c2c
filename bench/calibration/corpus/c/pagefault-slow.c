/* Planted: histogram callocs a fresh 4 MiB table per call; each call faults in new zero pages (reuse-buffers). */
#include <sys/mman.h>
#include "common.h"

#define BINS (1 << 20)

PLANTED uint32_t histogram(const item *items, int from, int n) {
  uint32_t *bins = mmap(NULL, BINS * sizeof *bins, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  uint32_t best = 0;
  for (int i = from; i < from + n; i++) {
    uint32_t b = (uint32_t)(items[i].id * 2654435761u) % BINS;
    for (int k = 0; k < 64; k++) bins[(b + (uint32_t)k * 4099u) % BINS]++;
    if (bins[b] > best) best = bins[b];
  }
  munmap(bins, BINS * sizeof *bins);
  return best;
}

int main(int argc, char **argv) {
  int n = size_arg(argc, argv, 300);
  item *items = records(n * 64);
  uint32_t acc = 0;
  for (int i = 0; i < n * 64; i++) acc ^= checksum(items[i].name);
  for (int call = 0; call < n; call++) acc ^= histogram(items, call * 64, 64);
  printf("%u\n", acc);
  return 0;
}
