/* Planted: swap_commas calls strlen in the loop condition while it writes the text, so the compiler cannot hoist it: O(n²) in the text length (hoist-invariant). */
#include "common.h"

PLANTED int swap_commas(char *text) {
  int swapped = 0;
  for (size_t i = 0; i < strlen(text); i++)
    if (text[i] == ',') { text[i] = ';'; swapped++; }
  return swapped;
}

int main(int argc, char **argv) {
  int n = size_arg(argc, argv, 20000);
  item *items = records(n);
  char *text = malloc((size_t)n * 24 + 1);
  uint32_t acc = 0;
  for (int pass = 0; pass < 2; pass++) {
    size_t used = 0;
    for (int i = 0; i < n; i++) { used += (size_t)sprintf(text + used, "%s,%d;", items[i].sku, items[i].qty); acc += checksum(items[i].name); }
    acc += (uint32_t)swap_commas(text);
  }
  printf("%u\n", acc);
  return 0;
}
