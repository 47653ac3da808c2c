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
| PERF-001 | Lower the complexity of checksum (no file) | not-done | 84.7–100% fall of its cost; 43.79–62.1% of http_latency_p99 | — | checksum: 0.57 → 0.57 per share of the profile, 0% [-17.89%, +22.29%]; share 57% → 57% |
| PERF-002 | Lower the complexity of parse_line (no file) | not-done | 84.7–100% fall of its cost; 21–34.38% of http_latency_p99 | — | parse_line: 0.29 → 0.29 per share of the profile, 0% [-24.17%, +32.58%]; share 29.4% → 29.4% |
| PERF-003 | Batch the I/O in main (no file) | not-done | 75.5–100% fall of its cost; 7.68–17.38% of http_latency_p99 | — | main: 1 → 1 per share of the profile, 0% [-13.9%, +16.28%]; share 99.7% → 99.7% |

### c-hot vs c-hot (cpu, matched by profileId)

Total samples per unit: change —.

| function | origin | status | cost per unit before | now | change [95% interval] | share before → now | own cost per unit |
| --- | --- | --- | --- | --- | --- | --- | --- |
| __GI___libc_write | runtime | changed | 0.096 | 0.096 | 0% [-40.43%, +64.02%] | 9.6% → 9.6% | 0.0087 → 0.0087 |
| __libc_start_call_main | runtime | changed | 1 | 1 | 0% [-13.9%, +16.28%] | 99.7% → 99.7% | 0 → 0 |
| checksum | user | changed | 0.57 | 0.57 | 0% [-17.89%, +22.29%] | 57% → 57% | 0.57 → 0.57 |
| do_syscall_64 | kernel | changed | 0.076 | 0.076 | 0% [-43.75%, +75%] | 7.6% → 7.6% | 0.038 → 0.038 |
| entry_SYSCALL_64_after_hwframe | kernel | changed | 0.076 | 0.076 | 0% [-43.75%, +75%] | 7.6% → 7.6% | 0 → 0 |
| ksys_write | kernel | changed | 0.038 | 0.038 | 0% [-57.14%, +122.22%] | 3.8% → 3.8% | 0 → 0 |
| main | user | changed | 1 | 1 | 0% [-13.9%, +16.28%] | 99.7% → 99.7% | 0.038 → 0.038 |
| parse_line | user | changed | 0.29 | 0.29 | 0% [-24.17%, +32.58%] | 29.4% → 29.4% | 0.29 → 0.29 |
| rw_verify_area | user | changed | 0.017 | 0.017 | 0% [-72.73%, +266.67%] | 1.7% → 1.7% | 0.012 → 0.012 |
| vfs_write | user | changed | 0.026 | 0.026 | 0% [-62.56%, +175%] | 2.6% → 2.6% | 0.0029 → 0.0029 |
`
