/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/importers/chrome-trace.test.ts > TAP > a real headless Chromium trace becomes one cpu profile per profiled thread > the page thread 1`] = `
cpu (pid21195) from chrome-trace: 36 distinct samples
    samples (count) total 1800
  * cpu (nanoseconds) total 943496000
  self        cum         function  file:line
  590470000   590470000   checksum  hot.js:6
  80191000    80191000    (program)
  79359000    163020000   render  hot.js:15
  79258000    79258000    createElement
  45148000    45148000    (idle)
  27786000    780961000   run  hot.js:26
`
