/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/importers/perf-script.test.ts > TAP > perf record -g of the C program: sample counts, periods, the planted function on top > top functions and totals 1`] = `
cpu from perf-script: 13 distinct samples
    samples (count) total 344
  * cpu (nanoseconds) total 344344344
  self        cum         function  file:line
  195195195   196196196   checksum  c-hot
  101101101   101101101   parse_line  c-hot
  13013013    343343343   main  c-hot
  13013013    26026026    do_syscall_64  [kernel.kallsyms]
  4004004     6006006     rw_verify_area  [kernel.kallsyms]
  4004004     4004004     __x86_indirect_thunk_rax  [kernel.kallsyms]
  4004004     4004004     fdget_pos  [kernel.kallsyms]
  3003003     33033033    __GI___libc_write  libc.so.6
`
