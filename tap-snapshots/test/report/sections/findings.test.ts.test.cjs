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
| 1 | cpu | hot-function | \`checksum\` | no source file | 56.7% | PERF-001: 56.3% | cpu 56.7% |
| 2 | cpu | hot-function | \`parse_line\` | no source file | 29.4% | PERF-002: 29.1% | cpu 29.4% |
| 3 | cpu | hot-function | \`main\` | no source file | 4.7% | PERF-003: 4.6% | cpu 4.7% |
| 4 | cpu | hot-function | \`do_syscall_64\` | no source file | 3.8% | PERF-004: 3.8% | cpu 3.8% |

**F1 cpu, hot-function in \`checksum\`** (; decision \`cpu-dominant\`)

- Why: 56.7% of the run's time is CPU work in checksum (hot-function, rule hot-function), more than any other resource there.
- cpu: 56.7% of the run's CPU samples: 195 in 1 process
- part: hot-function (rule hot-function): 56.7% of the run's CPU samples
- Plan: [PERF-001](plan.md#perf-001) Lower the complexity of checksum (no file)

**F2 cpu, hot-function in \`parse_line\`** (; decision \`cpu-dominant\`)

- Why: 29.4% of the run's time is CPU work in parse_line (hot-function, rule hot-function), more than any other resource there.
- cpu: 29.4% of the run's CPU samples: 101 in 1 process
- part: hot-function (rule hot-function): 29.4% of the run's CPU samples
- Plan: [PERF-002](plan.md#perf-002) Lower the complexity of parse_line (no file)

**F3 cpu, hot-function in \`main\`** (; decision \`cpu-dominant\`)

- Why: 4.7% of the run's time is CPU work in main (hot-function, rule hot-function), more than any other resource there.
- cpu: 4.7% of the run's CPU samples: 16 in 1 process
- part: hot-function (rule hot-function): 4.7% of the run's CPU samples
- Plan: [PERF-003](plan.md#perf-003) Lower the complexity of main (no file)

**F4 cpu, hot-function in \`do_syscall_64\`** (; decision \`cpu-dominant\`)

- Why: 3.8% of the run's time is CPU work in do_syscall_64 (hot-function, rule hot-function), more than any other resource there.
- cpu: 3.8% of the run's CPU samples: 13 in 1 process
- part: hot-function (rule hot-function): 3.8% of the run's CPU samples
- Plan: [PERF-004](plan.md#perf-004) Lower the complexity of do_syscall_64 (no file)
`
