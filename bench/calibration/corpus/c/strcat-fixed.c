/* Fixed: a write position is kept, each line is appended at the end. */
#include "common.h"

PLANTED size_t render_csv(char *out, const item *items, int n) {
  size_t used = 0;
  for (int i = 0; i < n; i++) used += (size_t)snprintf(out + used, 80, "%d,%s,%s\n", items[i].id, items[i].name, items[i].sku);
  out[used] = '\0';
  return used;
}

int main(int argc, char **argv) {
  int n = size_arg(argc, argv, 20000);
  item *items = records(n);
  char *out = malloc((size_t)n * 80 + 1);
  uint32_t acc = 0;
  for (int i = 0; i < n; i++) acc ^= checksum(items[i].name);
  for (int pass = 0; pass < 2; pass++) acc ^= (uint32_t)render_csv(out, items, n);
  printf("%u\n", acc);
  return 0;
}
