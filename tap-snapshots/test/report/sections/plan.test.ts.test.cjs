/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/report/sections/plan.test.ts > TAP > the plan section of a recorded run > plan section 1`] = `
## Plan

No plan items: no bottleneck has a catalogued strategy above --min-gain.
`
