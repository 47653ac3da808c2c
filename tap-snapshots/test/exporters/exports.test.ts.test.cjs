/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/exporters/exports.test.ts > TAP > folded: sorted \`a;b;c value\` lines, function per frame, kernel frames marked > folded small profile 1`] = `
(garbage collector) 6000000
main (app.js:1) 4000000
main (app.js:1);</script><script>alert("x")</script>&<b>'quote' (app.js:30) 8000000
main (app.js:1);handle (app.js:10);Router.dispatch (node_modules/router/index.js:5);parse (app.js:20) 15000000
main (app.js:1);handle (app.js:10);handle (app.js:10);parse (app.js:20) 5000000
main (app.js:1);handle (app.js:10);parse (app.js:20) 50000000
main (app.js:1);handle (app.js:10);readFileUtf8 (node:fs:3);do_syscall_64_[k] 12000000

`
