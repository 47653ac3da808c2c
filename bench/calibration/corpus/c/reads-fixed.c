/* Fixed: the file is read in 64 KiB blocks. */
#include <fcntl.h>
#include <unistd.h>
#include "common.h"

PLANTED long count_lines(const char *path) {
  int fd = open(path, O_RDONLY);
  static char buf[64 << 10];
  ssize_t got;
  long lines = 0;
  while ((got = read(fd, buf, sizeof buf)) > 0)
    for (ssize_t i = 0; i < got; i++) lines += buf[i] == '\n';
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
