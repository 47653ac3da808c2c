/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/report/sections/profiles.test.ts > TAP > the profiles section of a recorded run > profiles section 1`] = `
## Profiles

### c-hot (cpu, from folded)

13 distinct stacks. Flame graph: [c-hot.flamegraph.html](c-hot.flamegraph.html); profile: \`c-hot.pb.gz\` (open with \`go tool pprof c-hot.pb.gz\`); also [speedscope](c-hot.speedscope.json) and [folded stacks](c-hot.folded).

#### Top functions by self value

| # | function | location | self | self% | cum | cum% |
| --- | --- | --- | --- | --- | --- | --- |
| 1 | checksum |  | 195 | 56.7% | 196 | 57% |
| 2 | parse_line |  | 101 | 29.4% | 101 | 29.4% |
| 3 | main |  | 13 | 3.8% | 343 | 99.7% |
| 4 | do_syscall_64 |  | 13 | 3.8% | 26 | 7.6% |
| 5 | rw_verify_area |  | 4 | 1.2% | 6 | 1.7% |
| 6 | __x86_indirect_thunk_rax |  | 4 | 1.2% | 4 | 1.2% |
| 7 | fdget_pos |  | 4 | 1.2% | 4 | 1.2% |
| 8 | __GI___libc_write |  | 3 | 0.87% | 33 | 9.6% |
| 9 | security_file_permission |  | 2 | 0.58% | 2 | 0.58% |
| 10 | write_null |  | 2 | 0.58% | 2 | 0.58% |

#### Top functions by cumulative value

| # | function | location | self | self% | cum | cum% |
| --- | --- | --- | --- | --- | --- | --- |
| 1 | main |  | 13 | 3.8% | 343 | 99.7% |
| 2 | __libc_start_call_main |  | 0 | 0% | 343 | 99.7% |
| 3 | checksum |  | 195 | 56.7% | 196 | 57% |
| 4 | parse_line |  | 101 | 29.4% | 101 | 29.4% |
| 5 | __GI___libc_write |  | 3 | 0.87% | 33 | 9.6% |
| 6 | do_syscall_64 |  | 13 | 3.8% | 26 | 7.6% |
| 7 | entry_SYSCALL_64_after_hwframe |  | 0 | 0% | 26 | 7.6% |
| 8 | ksys_write |  | 0 | 0% | 13 | 3.8% |
| 9 | vfs_write |  | 1 | 0.29% | 9 | 2.6% |
| 10 | rw_verify_area |  | 4 | 1.2% | 6 | 1.7% |
`
