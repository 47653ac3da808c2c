/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/report/sections/views.test.ts > TAP > the views section of a recorded run > views section 1`] = `
## Views

### node-hot-loop

#### Hot lines

\`tokenize\` /work/main/test/fixtures/programs/node/hot-loop.js

| line | flat | flat% | cum | cum% |
| --- | --- | --- | --- | --- |
| 9 | 245.26ms | 57.92% | 245.26ms | 57.92% |
| 8 | 62.96ms | 14.87% | 62.96ms | 14.87% |
| 21 | 22.81ms | 5.39% | 22.81ms | 5.39% |
| 11 | 22.77ms | 5.38% | 22.77ms | 5.38% |
| 13 | 11.93ms | 2.82% | 11.93ms | 2.82% |

\`\`\`
   7 |   let hash = 7;
   8 |   for (let i = 0; i < text.length; i++) {
>  9 |     const c = text.charCodeAt(i);
  10 |     switch (true) {
  11 |       case c >= 97 && c <= 122:
\`\`\`

\`main\` /work/main/test/fixtures/programs/node/hot-loop.js

| line | flat | flat% | cum | cum% |
| --- | --- | --- | --- | --- |
| 46 | 10.02ms | 2.37% | 10.02ms | 2.37% |
| 42 | 0ns | 0.00% | 383.23ms | 90.50% |

\`\`\`
  44 |   let total = 0;
  45 |   const until = Date.now() + 400;
> 46 |   while (Date.now() < until) for (const line of lines) total ^= tokenize(line);
  47 |   return total;
  48 | }
\`\`\`

\`compileForInternalLoader\` node:internal/bootstrap/realm

| line | flat | flat% | cum | cum% |
| --- | --- | --- | --- | --- |
| 395 | 9.82ms | 2.32% | 9.82ms | 2.32% |
| 383 | 0ns | 0.00% | 10.9ms | 2.57% |

\`buildLines\` /work/main/test/fixtures/programs/node/hot-loop.js

| line | flat | flat% | cum | cum% |
| --- | --- | --- | --- | --- |
| 38 | 1.54ms | 0.36% | 1.54ms | 0.36% |

\`\`\`
  36 | function buildLines(n) {
  37 |   const lines = [];
> 38 |   for (let i = 0; i < n; i++) lines.push(\`line \${i}, with words; and \${'x'.repeat(i % 50)}!\`);
  39 |   return lines;
  40 | }
\`\`\`

\`(anonymous)\` node:internal/streams/readable

| line | flat | flat% | cum | cum% |
| --- | --- | --- | --- | --- |
| 92 | 1.1ms | 0.26% | 1.1ms | 0.26% |

\`EventEmitterMixin\` node:internal/event_target

| line | flat | flat% | cum | cum% |
| --- | --- | --- | --- | --- |
| 1176 | 1.09ms | 0.26% | 1.09ms | 0.26% |

\`refresh\` node:internal/util/colors

| line | flat | flat% | cum | cum% |
| --- | --- | --- | --- | --- |
| 27 | 1.09ms | 0.26% | 1.09ms | 0.26% |

\`loadAndTranslate\` node:internal/modules/esm/loader

| line | flat | flat% | cum | cum% |
| --- | --- | --- | --- | --- |
| 544 | 1.09ms | 0.26% | 1.09ms | 0.26% |
| 542 | 0ns | 0.00% | 4.34ms | 1.02% |

#### By origin

| origin | flat | flat% | cum | cum% |
| --- | --- | --- | --- | --- |
| user | 397.57ms | 93.88% | 404.8ms | 95.59% |
| runtime | 25.9ms | 6.12% | 423.47ms | 100.00% |

#### By package

| package | flat | flat% | cum | cum% |
| --- | --- | --- | --- | --- |
| /work/main/test/fixtures/programs/node | 397.57ms | 93.88% | 404.8ms | 95.59% |
| node:internal | 19.15ms | 4.52% | 418.88ms | 98.92% |
| (runtime) | 4.59ms | 1.08% | 409.39ms | 96.68% |
| node:path | 1.08ms | 0.26% | 1.08ms | 0.26% |
| node:fs | 1.08ms | 0.25% | 1.08ms | 0.25% |
| node:stream | 0ns | 0.00% | 5.47ms | 1.29% |

#### By file

| file | flat | flat% | cum | cum% |
| --- | --- | --- | --- | --- |
| /work/main/test/fixtures/programs/node/hot-loop.js | 397.57ms | 93.88% | 404.8ms | 95.59% |
| node:internal/bootstrap/realm | 9.82ms | 2.32% | 14.17ms | 3.35% |
| (no file) | 4.59ms | 1.08% | 409.39ms | 96.68% |
| node:internal/modules/esm/loader | 2.16ms | 0.51% | 9.71ms | 2.29% |
| node:internal/streams/readable | 1.1ms | 0.26% | 1.1ms | 0.26% |
| node:internal/event_target | 1.09ms | 0.26% | 1.09ms | 0.26% |
| node:internal/util/colors | 1.09ms | 0.26% | 1.09ms | 0.26% |
| node:internal/process/pre_execution | 1.08ms | 0.26% | 2.16ms | 0.51% |

#### Callers and callees

| function | file | cum% | callers | callees |
| --- | --- | --- | --- | --- |
| \`(anonymous)\` | /work/main/test/fixtures/programs/node/hot-loop.js | 95.59% | \`evaluate\` 95.59% | \`main\` 92.86%, \`consoleCall\` 1.71%, \`tokenize\` 0.77% |
| \`evaluate\` |  | 95.59% | \`run\` 95.59% | \`(anonymous)\` 95.59% |
| \`run\` | node:internal/modules/esm/module_job | 95.59% |  | \`evaluate\` 95.59% |
| \`main\` | /work/main/test/fixtures/programs/node/hot-loop.js | 92.86% | \`(anonymous)\` 92.86% | \`tokenize\` 90.13%, \`buildLines\` 0.36% |
| \`tokenize\` | /work/main/test/fixtures/programs/node/hot-loop.js | 90.90% | \`main\` 90.13%, \`(anonymous)\` 0.77% |  |
| \`compileForInternalLoader\` | node:internal/bootstrap/realm | 3.35% | \`requireBuiltin\` 3.35% | \`(anonymous)\` 1.29%, \`(anonymous)\` 1.29%, \`(anonymous)\` 1.04%, \`(anonymous)\` 1.04%, \`(anonymous)\` 0.77% |
| \`requireBuiltin\` | node:internal/bootstrap/realm | 3.35% | \`(anonymous)\` 1.29%, \`(anonymous)\` 1.29%, \`createWritableStdioStream\` 1.29%, \`(anonymous)\` 1.04%, \`(anonymous)\` 1.04% | \`compileForInternalLoader\` 3.35% |
| \`(anonymous)\` | node:internal/main/run_main_module | 1.79% |  | \`executeUserEntryPoint\` 1.28%, \`prepareMainThreadExecution\` 0.51% |
| \`getModuleJobForImport\` | node:internal/modules/esm/loader | 1.78% | \`import\` 0.51% | \`#getJobFromResolveResult\` 1.28%, \`resolve\` 0.51% |
| \`consoleCall\` |  | 1.71% | \`(anonymous)\` 1.71% | \`log\` 1.71% |
`
