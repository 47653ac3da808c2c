/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/importers/jfr.test.ts > TAP > a .jfr recording converts through jfr print into one profile per kind > kinds, totals and top functions 1`] = `
cpu (cpu) from jfr: 8 distinct samples
  * samples (count) total 319
  self        cum         function  file:line
  311         311         demo.HotApp.spin  demo.HotApp:21
  7           7           demo.HotApp.allocate  demo.HotApp:37
  1           1           jdk.internal.loader.BuiltinClassLoader.findClassOnClassPathOrNull  jdk.internal.loader.BuiltinClassLoader:757
wall (native) from jfr: 2 distinct samples
  * samples (count) total 6
  self        cum         function  file:line
  3           3           java.io.FileDescriptor.sync  java.io.FileDescriptor
  3           3           java.io.FileOutputStream.open0  java.io.FileOutputStream
alloc (alloc) from jfr: 9 distinct samples
    samples (count) total 600
  * alloc_space (bytes) total 1889287992
  self        cum         function  file:line
  1825490504  1825490504  demo.HotApp.allocate  demo.HotApp:37
  42108232    42108232    java.io.FileInputStream.readAllBytes  java.io.FileInputStream:295
  19925352    19925352    java.util.concurrent.ConcurrentHashMap.initTable  java.util.concurrent.ConcurrentHashMap:2301
  1048592     43156824    demo.HotApp.io  demo.HotApp:44
lock (lock) from jfr: 8 distinct samples
    events (count) total 54
  * delay (nanoseconds) total 3851895721
  self        cum         function  file:line
  3851895721  3851895721  demo.HotApp.contend  demo.HotApp:28
wall (io) from jfr: 17 distinct samples
    events (count) total 176
  * delay (nanoseconds) total 24448275
  self        cum         function  file:line
  18081595    18081595    java.io.FileOutputStream.write  java.io.FileOutputStream:83
  5976379     5976379     java.io.FileInputStream.read  java.io.FileInputStream:115
  390301      390301      sun.nio.ch.FileChannelImpl.read  sun.nio.ch.FileChannelImpl:83
`
