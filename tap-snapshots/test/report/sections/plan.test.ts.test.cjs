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
| [PERF-001](plan.md#perf-001) | Lower the complexity of tokenize (hot-loop.js:9) | 72.72% (range 45.45–88.17%) | medium |
| [PERF-002](plan.md#perf-002) | Hoist invariant work out of tokenize (hot-loop.js:9) | 63.63% (range 36.36–81.81%) | medium |
| [PERF-003](plan.md#perf-003) | Lower the complexity of main (hot-loop.js:46) | 1.89% (range 1.18–2.29%) | medium |
| [PERF-004](plan.md#perf-004) | Lower the complexity of (anonymous) (hot-loop.js:1) | 1.57% (range 0.98–1.9%) | medium |
| [PERF-005](plan.md#perf-005) | Lower the complexity of compileForInternalLoader (realm:383) | 1.44% (range 0.9–1.74%) | medium |

All items together on http_latency_p99: 99% (range 84.87–99%) (shares combined, Amdahl applied once).

Earlier plan: 0 of 5 targets met (see plan.md).
`
