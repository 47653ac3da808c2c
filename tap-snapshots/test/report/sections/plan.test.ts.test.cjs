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
| [PERF-001](plan.md#perf-001) | Lower the complexity of checksum (no file) | 45.35% (range 28.34–54.99%) | medium |
| [PERF-002](plan.md#perf-002) | Lower the complexity of parse_line (no file) | 23.49% (range 14.68–28.48%) | medium |
| [PERF-003](plan.md#perf-003) | Lower the complexity of main (no file) | 3.72% (range 2.33–4.51%) | medium |
| [PERF-004](plan.md#perf-004) | Lower the complexity of do_syscall_64 (no file) | 3.02% (range 1.89–3.67%) | medium |

All items together on http_latency_p99: 75.58% (range 47.24–91.64%) (shares combined, Amdahl applied once).

Earlier plan: 4 not-done of 4 items (see [Plan check](#plan-check)).
`
