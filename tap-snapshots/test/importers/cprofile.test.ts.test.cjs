/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/importers/cprofile.test.ts > TAP > a real cProfile dump converts with exact self times and says what is missing > top functions and totals 1`] = `
wall from cprofile: 14 distinct samples
    calls (count) total 60029
  * wall (nanoseconds) total 1383798497
  self        cum         function  file:line
  1135419451  1135419451  hot_sum  hot.py:6
  156175693   156175693   <built-in method time.sleep>
  58288656    58288656    <method 'split' of 'str' objects>
  13045022    71333678    <listcomp>:15  hot.py:15
  12958547    13161789    main  hot.py:29
  7660243     7660243     <listcomp>:24  hot.py:24
  112066      1143219252  work  hot.py:23
  47831       47831       <built-in method builtins.print>
`
