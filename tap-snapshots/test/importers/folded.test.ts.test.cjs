/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/importers/folded.test.ts > TAP > producer annotations: py-spy locations, async-profiler suffixes, trailing file:line > py-spy raw 1`] = `
cpu from folded: 2 distinct samples
  * samples (count) total 50
  self        cum         function  file:line
  40          40          parse  bench.py:9
  10          50          run  bench.py:22
`

exports[`test/importers/folded.test.ts > TAP > the folded stacks made from the perf recording import with the planted hot function on top > top functions and totals 1`] = `
cpu from folded: 13 distinct samples
  * samples (count) total 344
  self        cum         function  file:line
  195         196         checksum
  101         101         parse_line
  13          343         main
  13          26          do_syscall_64
  4           6           rw_verify_area
  4           4           __x86_indirect_thunk_rax
  4           4           fdget_pos
  3           33          __GI___libc_write
`
