/* What the slow and the fixed variant of every C pair share: deterministic
 * records, unrelated CPU work (so the planted cause holds only part of the
 * time) and the size argument. Planted functions are noinline so the profile
 * names them as a user's non-static function in a larger program would be. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PLANTED __attribute__((noinline))

typedef struct { int id; char name[40]; char sku[16]; int qty; } item;

static item *records(int n) {
  item *out = calloc((size_t)n, sizeof *out);
  for (int i = 0; i < n; i++) {
    out[i].id = i;
    snprintf(out[i].name, sizeof out[i].name, "Item %d / Group %d", i, i % 97);
    snprintf(out[i].sku, sizeof out[i].sku, "SKU-%d", (i * 7919) % 100003);
    out[i].qty = i % 13 + 1;
  }
  return out;
}

/* FNV-1a over the text, 12 rounds: CPU work unrelated to the bottleneck. */
__attribute__((noinline)) static uint32_t checksum(const char *text) {
  uint32_t h = 0x811c9dc5u;
  for (int round = 0; round < 12; round++)
    for (const char *p = text; *p; p++) h = (h ^ (uint8_t)*p) * 16777619u;
  return h;
}

static int size_arg(int argc, char **argv, int def) { return argc > 1 ? atoi(argv[1]) : def; }
