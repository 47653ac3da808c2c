/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/report/sections/diagnostics.test.ts > TAP > the diagnostics section of a recorded run > diagnostics section 1`] = `
## Diagnostics

- **info** (perf-analyze, below-threshold): c-hot: 1 smaller groups under the 1% floor (0.29% of the profile together) are not listed as bottlenecks
- **info** (perf-analyze, run-diagnosis): the run is of unknown boundedness: no idle samples, thread states or CPU and wall-time metrics in the run: findings are ranked by their share alone
- **info** (perf-analyze, below-threshold): 1 location of the user's code are not findings: under the 1% floor (the floor for any bottleneck: below 1% no change in one function is measurable end to end), not above it with 95% confidence given the samples it was read from, or seen in fewer than 5 samples (a cause read from fewer than five samples is a guess; the time stays with the function as plain hot code): _itoa_word
`
