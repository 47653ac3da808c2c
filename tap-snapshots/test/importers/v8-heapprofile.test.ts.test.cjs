/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/importers/v8-heapprofile.test.ts > TAP > node --heap-prof of the planted allocator: an alloc profile in bytes with makeRecords on top > top functions and totals 1`] = `
alloc from v8-heapprofile: 90 distinct samples
    alloc_objects (count) total 11691
  * alloc_space (bytes) total 50440144
  self        cum         function  file:line
  34453008    34559712    makeRecords  alloc.js:6
  12977264    15327056    renderRows  alloc.js:14
  2349792     2349792     join
  138152      274944      compileForInternalLoader  realm:383
  106704      106704      push
`
