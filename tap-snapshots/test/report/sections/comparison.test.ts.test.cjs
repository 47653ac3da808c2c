/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/report/sections/comparison.test.ts > TAP > the comparison section of a recorded run > comparison section 1`] = `
## Baseline comparison

No gate asked (--fail-on-regression): the changes below with their intervals.

Against run \`section-test\` (\`baseline.ndjson\`). Neither run says how much work it did: costs are compared as shares.

### Plan check

Each earlier item judged by its own function first (its cost per unit of work, with the interval), then the main metric.

| item | task | status | estimate | measured (main metric) | evidence (its own cost) |
| --- | --- | --- | --- | --- | --- |
| PERF-001 | Lower the complexity of checksum (no file) | not-done | 50–97% fall of its cost; 28.34–54.99% of http_latency_p99 | — | checksum: 0.57 → 0.57 per share of the profile, 0% [-17.89%, +22.29%]; share 56.98% → 56.98% |
| PERF-002 | Lower the complexity of parse_line (no file) | not-done | 50–97% fall of its cost; 14.68–28.48% of http_latency_p99 | — | parse_line: 0.29 → 0.29 per share of the profile, 0% [-24.17%, +32.58%]; share 29.36% → 29.36% |
| PERF-003 | Lower the complexity of main (no file) | not-done | 50–97% fall of its cost; 2.33–4.51% of http_latency_p99 | — | main: 1 → 1 per share of the profile, 0% [-13.9%, +16.28%]; share 99.71% → 99.71% |
| PERF-004 | Lower the complexity of do_syscall_64 (no file) | not-done | 50–97% fall of its cost; 1.89–3.67% of http_latency_p99 | — | do_syscall_64: 0.08 → 0.08 per share of the profile, 0% [-43.75%, +75%]; share 7.56% → 7.56% |

### c-hot vs c-hot (cpu, matched by profileId)

Total samples per unit: change —.

| function | origin | status | cost per unit before | now | change [95% interval] | share before → now | own cost per unit |
| --- | --- | --- | --- | --- | --- | --- | --- |
| __GI___libc_write | runtime | changed | 0.1 | 0.1 | 0% [-40.43%, +64.02%] | 9.59% → 9.59% | 0.01 → 0.01 |
| __libc_start_call_main | runtime | changed | 1 | 1 | 0% [-13.9%, +16.28%] | 99.71% → 99.71% | 0 → 0 |
| checksum | user | changed | 0.57 | 0.57 | 0% [-17.89%, +22.29%] | 56.98% → 56.98% | 0.57 → 0.57 |
| do_syscall_64 | user | changed | 0.08 | 0.08 | 0% [-43.75%, +75%] | 7.56% → 7.56% | 0.04 → 0.04 |
| entry_SYSCALL_64_after_hwframe | user | changed | 0.08 | 0.08 | 0% [-43.75%, +75%] | 7.56% → 7.56% | 0 → 0 |
| ksys_write | user | changed | 0.04 | 0.04 | 0% [-57.14%, +122.22%] | 3.78% → 3.78% | 0 → 0 |
| main | user | changed | 1 | 1 | 0% [-13.9%, +16.28%] | 99.71% → 99.71% | 0.04 → 0.04 |
| parse_line | user | changed | 0.29 | 0.29 | 0% [-24.17%, +32.58%] | 29.36% → 29.36% | 0.29 → 0.29 |
| rw_verify_area | user | changed | 0.02 | 0.02 | 0% [-72.73%, +266.67%] | 1.74% → 1.74% | 0.01 → 0.01 |
| vfs_write | user | changed | 0.03 | 0.03 | 0% [-62.56%, +175%] | 2.62% → 2.62% | 0 → 0 |
`
