/* Planted: render_csv appends with strcat, which walks the whole string each time: O(n²) (string-builder). */
#include "common.h"

PLANTED size_t render_csv(char *out, const item *items, int n) {
  out[0] = '\0';
  char line[80];
  for (int i = 0; i < n; i++) {
    snprintf(line, sizeof line, "%d,%s,%s\n", items[i].id, items[i].name, items[i].sku);
    strcat(out, line);
  }
  return strlen(out);
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
