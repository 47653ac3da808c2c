/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/report/sections/profiles.test.ts > TAP > the profiles section of a recorded run > profiles section 1`] = `
## Profiles

### node-hot-loop (cpu, from v8-cpuprofile)

35 distinct stacks. Flame graph: [node-hot-loop.flamegraph.html](node-hot-loop.flamegraph.html); profile: \`node-hot-loop.pb.gz\` (open with \`go tool pprof node-hot-loop.pb.gz\`); also [speedscope](node-hot-loop.speedscope.json) and [folded stacks](node-hot-loop.folded).

#### Top functions by self value

| # | function | location | self | self% | cum | cum% |
| --- | --- | --- | --- | --- | --- | --- |
| 1 | tokenize | /work/main/test/fixtures/programs/node/hot-loop.js:9 | 384.94ms | 90.90% | 384.94ms | 90.90% |
| 2 | main | /work/main/test/fixtures/programs/node/hot-loop.js:46 | 10.02ms | 2.37% | 393.24ms | 92.86% |
| 3 | compileForInternalLoader | node:internal/bootstrap/realm:395 | 9.82ms | 2.32% | 14.17ms | 3.35% |
| 4 | (garbage collector) |  | 3.28ms | 0.78% | 3.28ms | 0.78% |
| 5 | buildLines | /work/main/test/fixtures/programs/node/hot-loop.js:38 | 1.54ms | 0.36% | 1.54ms | 0.36% |
| 6 | (program) |  | 1.19ms | 0.28% | 1.19ms | 0.28% |
| 7 | (anonymous) | node:internal/streams/readable:92 | 1.1ms | 0.26% | 1.1ms | 0.26% |
| 8 | EventEmitterMixin | node:internal/event_target:1176 | 1.09ms | 0.26% | 1.09ms | 0.26% |
| 9 | refresh | node:internal/util/colors:27 | 1.09ms | 0.26% | 1.09ms | 0.26% |
| 10 | loadAndTranslate | node:internal/modules/esm/loader:544 | 1.09ms | 0.26% | 5.43ms | 1.28% |

#### Top functions by cumulative value

| # | function | location | self | self% | cum | cum% |
| --- | --- | --- | --- | --- | --- | --- |
| 1 | (anonymous) | /work/main/test/fixtures/programs/node/hot-loop.js:50 | 1.07ms | 0.25% | 404.8ms | 95.59% |
| 2 | evaluate |  | 0ns | 0.00% | 404.8ms | 95.59% |
| 3 | run | node:internal/modules/esm/module_job:318 | 0ns | 0.00% | 404.8ms | 95.59% |
| 4 | main | /work/main/test/fixtures/programs/node/hot-loop.js:46 | 10.02ms | 2.37% | 393.24ms | 92.86% |
| 5 | tokenize | /work/main/test/fixtures/programs/node/hot-loop.js:9 | 384.94ms | 90.90% | 384.94ms | 90.90% |
| 6 | compileForInternalLoader | node:internal/bootstrap/realm:395 | 9.82ms | 2.32% | 14.17ms | 3.35% |
| 7 | requireBuiltin | node:internal/bootstrap/realm:420 | 0ns | 0.00% | 14.17ms | 3.35% |
| 8 | (anonymous) | node:internal/main/run_main_module:1 | 0ns | 0.00% | 7.58ms | 1.79% |
| 9 | getModuleJobForImport | node:internal/modules/esm/loader:263 | 0ns | 0.00% | 7.56ms | 1.78% |
| 10 | consoleCall |  | 0ns | 0.00% | 7.23ms | 1.71% |
`
