/* Planted: write_report issues one write() system call per line (buffer-writes). */
#include <fcntl.h>
#include <unistd.h>
#include "common.h"

PLANTED void write_report(int fd, const item *items, int n) {
  char line[64];
  for (int i = 0; i < n; i++) {
    int len = snprintf(line, sizeof line, "%d,%s\n", items[i].id, items[i].sku);
    if (write(fd, line, (size_t)len) != len) exit(1);
  }
}

int main(int argc, char **argv) {
  int n = size_arg(argc, argv, 200000);
  item *items = records(n);
  uint32_t acc = 0;
  for (int i = 0; i < n; i++) acc ^= checksum(items[i].name);
  int fd = open("/dev/null", O_WRONLY);
  for (int pass = 0; pass < 3; pass++) write_report(fd, items, n);
  close(fd);
  printf("%u\n", acc);
  return 0;
}
