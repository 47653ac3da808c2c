/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/report/sections/comparison.test.ts > TAP > the comparison section of a recorded run > comparison section 1`] = `
## Baseline comparison

Against run \`section-test\` (\`baseline.ndjson\`).

### node-hot-loop vs node-hot-loop (cpu, matched by profileId)

Total cpu: 423.47ms -> 423.47ms (0.00%).

| function | status | cum before | cum now | cum% before | cum% now | change |
| --- | --- | --- | --- | --- | --- | --- |
| \`(anonymous)\` | changed | 404.8ms | 404.8ms | 95.59% | 95.59% | 0.00% |
| \`(anonymous)\` | changed | 7.58ms | 7.58ms | 1.79% | 1.79% | 0.00% |
| \`compileForInternalLoader\` | changed | 14.17ms | 14.17ms | 3.35% | 3.35% | 0.00% |
| \`consoleCall\` | changed | 7.23ms | 7.23ms | 1.71% | 1.71% | 0.00% |
| \`evaluate\` | changed | 404.8ms | 404.8ms | 95.59% | 95.59% | 0.00% |
| \`getModuleJobForImport\` | changed | 7.56ms | 7.56ms | 1.78% | 1.78% | 0.00% |
| \`main\` | changed | 393.24ms | 393.24ms | 92.86% | 92.86% | 0.00% |
| \`requireBuiltin\` | changed | 14.17ms | 14.17ms | 3.35% | 3.35% | 0.00% |
| \`run\` | changed | 404.8ms | 404.8ms | 95.59% | 95.59% | 0.00% |
| \`tokenize\` | changed | 384.94ms | 384.94ms | 90.90% | 90.90% | 0.00% |
`
