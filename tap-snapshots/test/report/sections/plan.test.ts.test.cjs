/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/report/sections/plan.test.ts > TAP > the plan section of a recorded run > plan section 1`] = `
## Plan

The full plan with methods and verification commands: [plan.md](plan.md).

| id | task | expected gain | confidence |
| --- | --- | --- | --- |
| [PERF-001](plan.md#perf-001) | Lower the complexity of checksum (no file) | 56.6% (43.8%–62.1%) | low |
| [PERF-002](plan.md#perf-002) | Lower the complexity of parse_line (no file) | 29.1% (21%–34.4%) | low |
| [PERF-003](plan.md#perf-003) | Batch the I/O in main (no file) | 13.3% (7.7%–17.4%) | low |

All items together on http_latency_p99: 99% (83.2%–99.7%) (shares combined, Amdahl applied once, not summed).

Earlier plan: 3 not-done of 3 items (see [Plan check](#plan-check)).
`
