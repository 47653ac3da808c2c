/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/importers/jprofiler.test.ts > TAP > call tree XML: full stacks, self times from selfTime, detected by the registry > call tree 1`] = `
cpu from jprofiler: 11 distinct samples
    calls (count) total 79116
  * cpu (nanoseconds) total 3900000000
  self        cum         function  file:line
  3404000000  3404000000  demo.HotApp.spin  demo.HotApp:29
  352000000   380000000   demo.HotApp.allocate  demo.HotApp:64
  70000000    70000000    java.io.FileOutputStream.write  java.io.FileOutputStream:354
  28000000    28000000    java.util.ArrayList.add  java.util.ArrayList:37
  24000000    24000000    java.io.FileInputStream.readAllBytes  java.io.FileInputStream:295
  12000000    2000000000  demo.HotApp.main  demo.HotApp
`

exports[`test/importers/jprofiler.test.ts > TAP > hot spots XML and CSV agree with the call tree on self times > hot spots xml 1`] = `
cpu from jprofiler: 5 distinct samples
    calls (count) total 78207
  * cpu (nanoseconds) total 3854000000
  self        cum         function  file:line
  3404000000  3404000000  demo.HotApp.spin  demo.HotApp
  352000000   380000000   demo.HotApp.allocate  demo.HotApp
  70000000    70000000    java.io.FileOutputStream.write  java.io.FileOutputStream
  28000000    28000000    java.util.ArrayList.add  java.util.ArrayList
`
