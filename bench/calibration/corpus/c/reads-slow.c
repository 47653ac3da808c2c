/* Planted: count_lines reads its file one byte per read() call (batch-io). */
#include <fcntl.h>
#include <unistd.h>
#include "common.h"

PLANTED long count_lines(const char *path) {
  int fd = open(path, O_RDONLY);
  char c;
  long lines = 0;
  while (read(fd, &c, 1) == 1) lines += c == '\n';
  close(fd);
  return lines;
}

int main(int argc, char **argv) {
  int n = size_arg(argc, argv, 100000);
  item *items = records(n);
  char path[] = "/tmp/calib-reads-XXXXXX";
  int fd = mkstemp(path);
  FILE *f = fdopen(fd, "w");
  uint32_t acc = 0;
  for (int i = 0; i < n; i++) { fprintf(f, "%s,%d\n", items[i].sku, items[i].qty); acc ^= checksum(items[i].name); }
  fclose(f);
  for (int pass = 0; pass < 2; pass++) acc ^= (uint32_t)count_lines(path);
  unlink(path);
  printf("%u\n", acc);
  return 0;
}
