/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/importers/speedscope.test.ts > TAP > speedscope evented profile: open/close events weighted by time on top of the stack > evented 1`] = `
wall from speedscope: 3 distinct samples
  * samples (count) total 14
  self        cum         function  file:line
  5           14          b
  5           5           c
  4           4           d
`

exports[`test/importers/speedscope.test.ts > TAP > speedscope sampled profiles: root-first stacks, weights in seconds, one record per profile > two sampled 1`] = `
cpu (one) from speedscope: 3 distinct samples
    samples (count) total 5
  * cpu (nanoseconds) total 14000000000
  self        cum         function  file:line
  5000000000  14000000000 b
  5000000000  5000000000  c
  4000000000  4000000000  d
cpu (two) from speedscope: 3 distinct samples
    samples (count) total 5
  * cpu (nanoseconds) total 14000000000
  self        cum         function  file:line
  5000000000  14000000000 b
  5000000000  5000000000  c
  4000000000  4000000000  d
`
