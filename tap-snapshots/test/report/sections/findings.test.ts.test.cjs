/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/report/sections/findings.test.ts > TAP > the findings section of a recorded run > findings section 1`] = `
## Findings

One per location of your code, from every profile and process of the run, ordered by the gain the plan expects. Time in the runtime or a library is charged to your calling function; GC time to the code that allocates.

In short: the run is of unknown boundedness: no idle samples, thread states or CPU and wall-time metrics in the run: findings are ranked by their share alone.

| # | category | cause | function | where | share of run | plan (expected gain) | evidence |
| --- | --- | --- | --- | --- | --- | --- | --- |
| 1 | cpu | hot-function | \`checksum\` | no source file | 57% | PERF-001: 56.6% | cpu 57% |
| 2 | cpu | hot-function | \`parse_line\` | no source file | 29.4% | PERF-002: 29.1% | cpu 29.4% |
| 3 | io | small-writes | \`main\` | no source file | 13.4% | PERF-003: 13.3% | cpu 13.4% |

**F1 cpu, hot-function in \`checksum\`** (decision \`cpu-dominant\`)

- Why: 57% of the run's time is CPU work in checksum (hot-function, rule hot-function), more than any other resource there.
- cpu: 57% of the run's CPU samples: 196 in 1 process
- part: hot-function (rule hot-function): 57% of the run's CPU samples
- Plan: [PERF-001](plan.md#perf-001) Lower the complexity of checksum (no file)

**F2 cpu, hot-function in \`parse_line\`** (decision \`cpu-dominant\`)

- Why: 29.4% of the run's time is CPU work in parse_line (hot-function, rule hot-function), more than any other resource there.
- cpu: 29.4% of the run's CPU samples: 101 in 1 process
- part: hot-function (rule hot-function): 29.4% of the run's CPU samples
- Plan: [PERF-002](plan.md#perf-002) Lower the complexity of parse_line (no file)

**F3 io, small-writes in \`main\`** (decision \`io-dominant\`)

- Why: 9.6% of the run's CPU samples are in file, socket or pipe I/O calls in main (small-writes, rule native-small-writes), more than any other resource there (also cpu 3.8%); a CPU profile records no thread state, so it does not tell whether main was blocked there or running.
- cpu: 13.4% of the run's CPU samples: 46 in 1 process
- part: small-writes (rule native-small-writes): 9.6% of the run's CPU samples
- part: hot-function (rule hot-function): 3.8% of the run's CPU samples
- Plan: [PERF-003](plan.md#perf-003) Batch the I/O in main (no file)
`
