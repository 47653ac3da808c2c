/* Fixed: the lines go into a 64 KiB buffer, flushed when full. */
#include <fcntl.h>
#include <unistd.h>
#include "common.h"

PLANTED void write_report(int fd, const item *items, int n) {
  static char buf[64 << 10];
  size_t used = 0;
  for (int i = 0; i < n; i++) {
    if (used + 64 > sizeof buf) { if (write(fd, buf, used) != (ssize_t)used) exit(1); used = 0; }
    used += (size_t)snprintf(buf + used, 64, "%d,%s\n", items[i].id, items[i].sku);
  }
  if (used && write(fd, buf, used) != (ssize_t)used) exit(1);
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
