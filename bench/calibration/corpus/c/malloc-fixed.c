/* Fixed: one scratch buffer, allocated once; only the bytes used are cleared. */
#include "common.h"

static char scratch[256 * 1024];

PLANTED uint32_t digest(const char *text) {
  size_t len = strlen(text);
  memcpy(scratch, text, len);
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < len; i++) h = (h ^ (uint8_t)scratch[i]) * 16777619u;
  memset(scratch, 0, len);
  return h;
}

int main(int argc, char **argv) {
  int n = size_arg(argc, argv, 40000);
  item *items = records(n);
  uint32_t acc = 0;
  for (int i = 0; i < n; i++) acc ^= checksum(items[i].name) ^ digest(items[i].name);
  printf("%u\n", acc);
  return 0;
}
