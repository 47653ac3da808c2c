/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/report/sections/metrics.test.ts > TAP > the metrics section of a recorded run > metrics section 1`] = `
## Metrics

| metric | value | labels |
| --- | --- | --- |
| http_latency_p99 | 72.5 ms |  |
| http_requests_per_sec | 1,840 req/s |  |
| wall_time | 10.2 s |  |

### http_latency_over_time

| second | p50 | p99 |
| --- | --- | --- |
| 0 | 20 ms | 60 ms |
| 1 | 21 ms | 67 ms |
| 2 | 22 ms | 74 ms |
| 3 | 23 ms | 61 ms |
| 4 | 24 ms | 68 ms |
| 5 | 25 ms | 75 ms |
| 6 | 26 ms | 62 ms |
| 7 | 27 ms | 69 ms |
| 8 | 28 ms | 76 ms |
| 9 | 29 ms | 63 ms |
`
