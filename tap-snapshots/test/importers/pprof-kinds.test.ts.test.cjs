/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/importers/pprof-kinds.test.ts > TAP > a Go heap profile becomes a heap profile (inuse_*) and an alloc profile (alloc_*) > go heap 1`] = `
heap (inuse) from pprof: 4 distinct samples
    inuse_objects (count) total 20080
  * inuse_space (bytes) total 10851027
  self        cum         function  file:line
  10838268    10838268    example.com/gocontention.buildIndex  contention_test.go:19
  8615        8615        runtime.malg  proc.go:4076
  4144        4144        runtime.main  proc.go:211
alloc (alloc) from pprof: 23 distinct samples
    alloc_objects (count) total 82520
  * alloc_space (bytes) total 27469057
  self        cum         function  file:line
  27029482    27456298    example.com/gocontention.buildIndex  contention_test.go:19
  426816      426816      fmt.Sprintf  print.go:220
  8615        8615        runtime.malg  proc.go:4076
  4144        4144        runtime.main  proc.go:211
`

exports[`test/importers/pprof-kinds.test.ts > TAP > a gperftools CPU profile (libprofiler, converted by go tool pprof -proto) is cpu with the planted function on top > gperftools 1`] = `
cpu from pprof: 19 distinct samples
    samples (count) total 114
  * cpu (nanoseconds) total 114000000
  self        cum         function  file:line
  63000000    63000000    checksum  hot.c:13
  36000000    36000000    parse_line  hot.c:20
  11000000    114000000   [libc.so.6]  libc.so.6
  4000000     114000000   main  hot.c:36
`

exports[`test/importers/pprof-kinds.test.ts > TAP > Go mutex and block profiles are lock and block, by file name or else by their leaves > go mutex and block 1`] = `
lock from pprof: 1 distinct samples
    contentions (count) total 45
  * delay (nanoseconds) total 4748487
  self        cum         function  file:line
  4748487     4748487     sync.(*Mutex).Unlock  mutex.go:223
block from pprof: 4 distinct samples
    contentions (count) total 96
  * delay (nanoseconds) total 302235290
  self        cum         function  file:line
  275930039   275930039   runtime.chanrecv1  chan.go:442
  18015538    18015538    sync.(*Mutex).Lock  mutex.go:90
  8289713     8289713     sync.(*WaitGroup).Wait  waitgroup.go:139
`
