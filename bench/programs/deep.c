/* A CPU-bound C program with deep, varied stacks for `perf record -g`: 64 functions
 * call each other recursively, the next one and the depth (up to ~100) chosen by a
 * seeded generator, and the leaves do arithmetic. Built with frame pointers so perf
 * can walk the stacks. Runs for SECONDS of its own CPU time. Usage: deep SECONDS */
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

static uint64_t state = 88172645463325252ull;
static inline uint64_t next_random(void) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

typedef uint64_t (*step_fn)(int depth, uint64_t acc);
static step_fn steps[64];
volatile uint64_t sink;

static uint64_t leaf_work(uint64_t acc) {
  for (int i = 0; i < 2000; i++) acc = acc * 6364136223846793005ull + 1442695040888963407ull;
  return acc;
}

/* Each function either stops here (doing the work) or calls one of its few "children". */
#define STEP(n)                                                                       \
  __attribute__((noinline)) static uint64_t step_##n(int depth, uint64_t acc) {      \
    if (depth <= 0) return leaf_work(acc + n);                                        \
    uint64_t r = next_random();                                                       \
    step_fn next = steps[(n * 5 + (r & 3) * 17 + (r % 3 == 0 ? r >> 8 : 0)) & 63];  \
    return next(depth - 1, acc ^ r) + n;                                              \
  }
#define STEP8(a) STEP(a##0) STEP(a##1) STEP(a##2) STEP(a##3) STEP(a##4) STEP(a##5) STEP(a##6) STEP(a##7)
STEP8(1) STEP8(2) STEP8(3) STEP8(4) STEP8(5) STEP8(6) STEP8(7) STEP8(8)
#define REG8(a) step_##a##0, step_##a##1, step_##a##2, step_##a##3, step_##a##4, step_##a##5, step_##a##6, step_##a##7,

int main(int argc, char **argv) {
  step_fn all[64] = {REG8(1) REG8(2) REG8(3) REG8(4) REG8(5) REG8(6) REG8(7) REG8(8)};
  for (int i = 0; i < 64; i++) steps[i] = all[i];
  double seconds = argc > 1 ? atof(argv[1]) : 5;
  struct timespec start, now;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &start);
  uint64_t acc = 0;
  do {
    for (int k = 0; k < 100; k++) {
      int depth = 20 + (int)(next_random() % 80);
      acc += steps[next_random() & 63](depth, acc);
    }
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  } while ((now.tv_sec - start.tv_sec) + (now.tv_nsec - start.tv_nsec) / 1e9 < seconds);
  sink = acc; /* keeps the work from being optimised away */
  return 0;
}
