/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/report/sections/bottlenecks.test.ts > TAP > the bottlenecks section of a recorded run > bottlenecks section 1`] = `
## Bottlenecks

Ranked by share: what removing the bottleneck entirely could save of that profile. Lines marked ↳ are parts of the bottleneck above them (already inside its share). Time in the runtime or a library is charged to the nearest caller in your code.

### node-hot-loop (cpu)

| # |  | category | cause | function | where | share | evidence |
| --- | --- | --- | --- | --- | --- | --- | --- |
| 1 |  | cpu | hot-function | \`tokenize\` | /work/main/test/fixtures/programs/node/hot-loop.js:9 | 90.90% | 90.901% of cpu (384937000 nanoseconds, 353 samples) charged to tokenize in /work/main/test/fixtures/programs/node/hot-loop.js |
| 2 |  | cpu | hot-function | \`main\` | /work/main/test/fixtures/programs/node/hot-loop.js:46 | 2.37% | 2.3654% of cpu (10017000 nanoseconds, 8 samples) charged to main in /work/main/test/fixtures/programs/node/hot-loop.js |
| 3 |  | cpu | hot-function | \`(anonymous)\` | /work/main/test/fixtures/programs/node/hot-loop.js:1 | 1.96% | 1.96% of cpu (8300000 nanoseconds, 8 samples) charged to (anonymous) in /work/main/test/fixtures/programs/node/hot-loop.js |
| 4 |  | cpu | hot-function | \`compileForInternalLoader\` | node:internal/bootstrap/realm:383 | 1.80% | 1.7965% of cpu (7608000 nanoseconds, 7 samples) charged to compileForInternalLoader in node:internal/bootstrap/realm |
| 1 |  | cpu | hot-loop | \`tokenize\` | /work/main/test/fixtures/programs/node/hot-loop.js:9 | 90.90% | tokenize is 90.9011% of cpu self time |

**#1 hot-function in \`tokenize\`** (90.90%, rule \`hot-function\`, strategies: better-algorithm, cache-result, hoist-invariant)
- hot line /work/main/test/fixtures/programs/node/hot-loop.js:9 (57.917%): const c = text.charCodeAt(i);
- rule hot-function: computation in this function (and the runtime code it calls) that no specific rule explains (threshold 1% of profile)

**#2 hot-function in \`main\`** (2.37%, rule \`hot-function\`, strategies: better-algorithm, cache-result, hoist-invariant)
- hot line /work/main/test/fixtures/programs/node/hot-loop.js:46 (2.3654%): while (Date.now() < until) for (const line of lines) total ^= tokenize(line);
- rule hot-function: computation in this function (and the runtime code it calls) that no specific rule explains (threshold 1% of profile)

**#3 hot-function in \`(anonymous)\`** (1.96%, rule \`hot-function\`, strategies: better-algorithm, cache-result, hoist-invariant)
- inside: consoleCall 1.7066%
- hot line /work/main/test/fixtures/programs/node/hot-loop.js:1 (1.7066%): // A tiny real program with one planted hot function (tokenize), profiled by
- rule hot-function: computation in this function (and the runtime code it calls) that no specific rule explains (threshold 1% of profile)
`
