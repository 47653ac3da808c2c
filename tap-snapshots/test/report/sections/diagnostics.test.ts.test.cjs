/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/report/sections/diagnostics.test.ts > TAP > the diagnostics section of a recorded run > diagnostics section 1`] = `
## Diagnostics

- **info** (perf-analyze, below-threshold): node-hot-loop: 10 smaller groups under the 1% floor (2.9768% of the profile together) are not listed as bottlenecks
`
