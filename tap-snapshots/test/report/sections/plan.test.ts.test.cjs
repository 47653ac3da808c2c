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
| [PERF-001](plan.md#perf-001) | Lower the complexity of checksum (no file) | 45.4% (28.3%–55%) | low |
| [PERF-002](plan.md#perf-002) | Lower the complexity of parse_line (no file) | 23.5% (14.7%–28.5%) | low |
| [PERF-003](plan.md#perf-003) | Lower the complexity of main (no file) | 3.7% (2.3%–4.5%) | low |
| [PERF-004](plan.md#perf-004) | Lower the complexity of do_syscall_64 (no file) | 3% (1.9%–3.7%) | low |

All items together on http_latency_p99: 75.6% (47.2%–91.6%) (shares combined, Amdahl applied once, not summed).

Earlier plan: 4 not-done of 4 items (see [Plan check](#plan-check)).
`
