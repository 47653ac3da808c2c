/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/report/sections/bottlenecks.test.ts > TAP > with findings, only the leak is listed (the findings cover the rest) > leak only 1`] = `
## Bottlenecks

Ranked by share: what removing the bottleneck entirely could save of that profile. Lines marked ↳ are parts of the bottleneck above them (already inside its share). Time in the runtime or a library is charged to the nearest caller in your code.

### memory_over_time (heap)

| # |  | category | cause | function | where | share | evidence |
| --- | --- | --- | --- | --- | --- | --- | --- |
| 1 |  | memory | memory-leak | \`(unknown: no retention profile)\` |  | 100% | rss grows 16.2 kB per request [15.9, 16.6] |

**#1 memory-leak in \`(unknown: no retention profile)\`** (100%, rule \`memory-leak\`, strategies: bound-cache, release-references)
`

exports[`test/report/sections/bottlenecks.test.ts > TAP > without findings every bottleneck is listed under its profile, parts under their parent > every bottleneck 1`] = `
## Bottlenecks

Ranked by share: what removing the bottleneck entirely could save of that profile. Lines marked ↳ are parts of the bottleneck above them (already inside its share). Time in the runtime or a library is charged to the nearest caller in your code.

### c-hot (cpu)

| # |  | category | cause | function | where | share | evidence |
| --- | --- | --- | --- | --- | --- | --- | --- |
| 1 |  | cpu | hot-function | \`checksum\` |  | 57% | 57% of samples (196 count, 196 samples) charged to checksum |
| 2 | ↳ | cpu | hot-function | \`parse_line\` |  | 29.4% | 29.4% of samples (101 count, 101 samples) charged to parse_line |
| 3 |  | io | small-writes | \`main\` |  | 13.4% | 13.4% of samples (46 count, 46 samples) charged to main |
| 4 | ↳ | io | small-writes | \`main\` |  | 9.6% | 9.6% of samples (33 count, 33 samples) charged to main |
| 5 | ↳ | cpu | hot-function | \`main\` |  | 3.8% | 3.8% of samples (13 count, 13 samples) charged to main |
| 1 |  | cpu | hot-loop | \`checksum\` |  | 56.7% | checksum is 56.7% of cpu self time |

**#1 hot-function in \`checksum\`** (57%, rule \`hot-function\`, strategies: better-algorithm, cache-result, hoist-invariant)
- rule hot-function: computation in this function (and the runtime code it calls) that no specific rule explains (threshold 1% of profile)

**#3 small-writes in \`main\`** (13.4%, rule \`native-small-writes\`, strategies: buffer-writes, batch-io)
- made of: hot-function 3.8%, small-writes 9.6%
- inside: __GI___libc_write 9.6%
- rule native-small-writes: write() called for tiny amounts of data: one system call per byte or line (threshold 2% of profile)

**#1 hot-loop in \`checksum\`** (56.7%, rule \`cpu-hot-function\`, strategies: hoist-invariant, cache-result)
`
