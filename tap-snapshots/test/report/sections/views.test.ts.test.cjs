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
| user | 341 | 99.13% | 344 | 100.00% |
| runtime | 3 | 0.87% | 343 | 99.71% |

#### By package

| package | flat | flat% | cum | cum% |
| --- | --- | --- | --- | --- |
| (unknown) | 341 | 99.13% | 344 | 100.00% |
| (runtime) | 3 | 0.87% | 343 | 99.71% |

#### By file

| file | flat | flat% | cum | cum% |
| --- | --- | --- | --- | --- |
| (no file) | 344 | 100.00% | 344 | 100.00% |

#### Callers and callees

| function | file | cum% | callers | callees |
| --- | --- | --- | --- | --- |
| \`main\` |  | 99.71% | \`__libc_start_call_main\` 99.71% | \`checksum\` 56.98%, \`parse_line\` 29.36%, \`__GI___libc_write\` 9.59% |
| \`__libc_start_call_main\` |  | 99.71% |  | \`main\` 99.71% |
| \`checksum\` |  | 56.98% | \`main\` 56.98% | \`asm_sysvec_apic_timer_interrupt\` 0.29% |
| \`parse_line\` |  | 29.36% | \`main\` 29.36% |  |
| \`__GI___libc_write\` |  | 9.59% | \`main\` 9.59% | \`entry_SYSCALL_64_after_hwframe\` 7.56%, \`__x86_indirect_thunk_rax\` 1.16% |
| \`do_syscall_64\` |  | 7.56% | \`entry_SYSCALL_64_after_hwframe\` 7.56% | \`ksys_write\` 3.78% |
| \`entry_SYSCALL_64_after_hwframe\` |  | 7.56% | \`__GI___libc_write\` 7.56% | \`do_syscall_64\` 7.56% |
| \`ksys_write\` |  | 3.78% | \`do_syscall_64\` 3.78% | \`vfs_write\` 2.62%, \`fdget_pos\` 1.16% |
| \`vfs_write\` |  | 2.62% | \`ksys_write\` 2.62% | \`rw_verify_area\` 1.74%, \`write_null\` 0.58% |
| \`rw_verify_area\` |  | 1.74% | \`vfs_write\` 1.74% | \`security_file_permission\` 0.58% |
`
