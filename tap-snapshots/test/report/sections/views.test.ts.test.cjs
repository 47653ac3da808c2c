/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/report/sections/views.test.ts > TAP > the views section of a recorded run > views section 1`] = `
## Views

### c-hot

#### By origin

| origin | flat | flat% | cum | cum% |
| --- | --- | --- | --- | --- |
| user | 310 | 90.1% | 344 | 100% |
| kernel | 27 | 7.8% | 27 | 7.8% |
| runtime | 7 | 2% | 343 | 99.7% |

#### By package

| package | flat | flat% | cum | cum% |
| --- | --- | --- | --- | --- |
| (unknown) | 310 | 90.1% | 344 | 100% |
| kernel | 27 | 7.8% | 27 | 7.8% |
| (runtime) | 7 | 2% | 343 | 99.7% |

#### By file

| file | flat | flat% | cum | cum% |
| --- | --- | --- | --- | --- |
| (no file) | 344 | 100% | 344 | 100% |

#### Callers and callees

| function | file | cum% | callers | callees |
| --- | --- | --- | --- | --- |
| \`main\` |  | 99.7% | \`__libc_start_call_main\` 99.7% | \`checksum\` 57%, \`parse_line\` 29.4%, \`__GI___libc_write\` 9.6% |
| \`__libc_start_call_main\` |  | 99.7% |  | \`main\` 99.7% |
| \`checksum\` |  | 57% | \`main\` 57% | \`asm_sysvec_apic_timer_interrupt\` 0.29% |
| \`parse_line\` |  | 29.4% | \`main\` 29.4% |  |
| \`__GI___libc_write\` |  | 9.6% | \`main\` 9.6% | \`entry_SYSCALL_64_after_hwframe\` 7.6%, \`__x86_indirect_thunk_rax\` 1.2% |
| \`do_syscall_64\` |  | 7.6% | \`entry_SYSCALL_64_after_hwframe\` 7.6% | \`ksys_write\` 3.8% |
| \`entry_SYSCALL_64_after_hwframe\` |  | 7.6% | \`__GI___libc_write\` 7.6% | \`do_syscall_64\` 7.6% |
| \`ksys_write\` |  | 3.8% | \`do_syscall_64\` 3.8% | \`vfs_write\` 2.6%, \`fdget_pos\` 1.2% |
| \`vfs_write\` |  | 2.6% | \`ksys_write\` 2.6% | \`rw_verify_area\` 1.7%, \`write_null\` 0.58% |
| \`rw_verify_area\` |  | 1.7% | \`vfs_write\` 1.7% | \`security_file_permission\` 0.58% |
`
