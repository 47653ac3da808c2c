/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/report/sections/summary.test.ts > TAP > the summary section of a recorded run > summary section 1`] = `
# Performance report: section-test

- Started: 2030-01-01T00:00:00.000Z
- Profiler: import, scenario \`checkout\`
- Command: \`perf-collect --input test/fixtures/profiles/c-hot.folded\`
- Host: linux/x64, 2 CPUs, Node v20.0.0
- Tool: perf-profiler 0.0.0-test

Interactive version with flame graphs: [report.html](report.html).
`
