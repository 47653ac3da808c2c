/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/report/sections/bottlenecks.test.ts > TAP > the bottlenecks section of a recorded run > bottlenecks section 1`] = `
## Bottlenecks

Ranked by share: what removing the bottleneck entirely could save of that profile. Lines marked ↳ are parts of the bottleneck above them (already inside its share). Time in the runtime or a library is charged to the nearest caller in your code.

### c-hot (cpu)

| # |  | category | cause | function | where | share | evidence |
| --- | --- | --- | --- | --- | --- | --- | --- |
| 1 |  | cpu | hot-function | \`checksum\` |  | 56.69% | 56.686% of samples (195 count, 195 samples) charged to checksum |
| 2 |  | cpu | hot-function | \`parse_line\` |  | 29.36% | 29.3604% of samples (101 count, 101 samples) charged to parse_line |
| 3 |  | cpu | hot-function | \`main\` |  | 4.65% | 4.6511% of samples (16 count, 16 samples) charged to main |
| 4 |  | cpu | hot-function | \`do_syscall_64\` |  | 3.78% | 3.779% of samples (13 count, 13 samples) charged to do_syscall_64 |
| 5 |  | cpu | hot-function | \`__x86_indirect_thunk_rax\` |  | 1.16% | 1.1627% of samples (4 count, 4 samples) charged to __x86_indirect_thunk_rax |
| 6 |  | cpu | hot-function | \`fdget_pos\` |  | 1.16% | 1.1627% of samples (4 count, 4 samples) charged to fdget_pos |
| 7 |  | cpu | hot-function | \`rw_verify_area\` |  | 1.16% | 1.1627% of samples (4 count, 4 samples) charged to rw_verify_area |
| 1 |  | cpu | hot-loop | \`checksum\` |  | 56.69% | checksum is 56.686% of cpu self time |

**#1 hot-function in \`checksum\`** (56.69%, rule \`hot-function\`, strategies: better-algorithm, cache-result, hoist-invariant)
- rule hot-function: computation in this function (and the runtime code it calls) that no specific rule explains (threshold 1% of profile)

**#2 hot-function in \`parse_line\`** (29.36%, rule \`hot-function\`, strategies: better-algorithm, cache-result, hoist-invariant)
- rule hot-function: computation in this function (and the runtime code it calls) that no specific rule explains (threshold 1% of profile)

**#3 hot-function in \`main\`** (4.65%, rule \`hot-function\`, strategies: better-algorithm, cache-result, hoist-invariant)
- inside: __GI___libc_write 0.872%
- rule hot-function: computation in this function (and the runtime code it calls) that no specific rule explains (threshold 1% of profile)
`
