/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/report/sections/diagnostics.test.ts > TAP > the diagnostics section of a recorded run > diagnostics section 1`] = `
## Diagnostics

- **info** (perf-analyze, below-threshold): c-hot: 5 smaller groups under the 1% floor (2.0348% of the profile together) are not listed as bottlenecks
- **info** (perf-plan, no-plan-item): bottleneck c-hot#1 (checksum) gets no plan item: checksum is a runtime pseudo-frame with no source file; there is no user code to change
- **info** (perf-plan, no-plan-item): bottleneck c-hot#2 (parse_line) gets no plan item: parse_line is a runtime pseudo-frame with no source file; there is no user code to change
- **info** (perf-plan, no-plan-item): bottleneck c-hot#3 (main) gets no plan item: main is a runtime pseudo-frame with no source file; there is no user code to change
- **info** (perf-plan, no-plan-item): bottleneck c-hot#4 (do_syscall_64) gets no plan item: do_syscall_64 is a runtime pseudo-frame with no source file; there is no user code to change
- **info** (perf-plan, no-plan-item): bottleneck c-hot#5 (__x86_indirect_thunk_rax) gets no plan item: __x86_indirect_thunk_rax is a runtime pseudo-frame with no source file; there is no user code to change
- **info** (perf-plan, no-plan-item): bottleneck c-hot#6 (fdget_pos) gets no plan item: fdget_pos is a runtime pseudo-frame with no source file; there is no user code to change
- **info** (perf-plan, no-plan-item): bottleneck c-hot#7 (rw_verify_area) gets no plan item: rw_verify_area is a runtime pseudo-frame with no source file; there is no user code to change
- **info** (perf-plan, no-plan-item): bottleneck b1 (checksum) gets no plan item: checksum is a runtime pseudo-frame with no source file; there is no user code to change
`
