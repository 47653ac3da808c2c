/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/exporters/flamegraph.test.ts > TAP > golden: the SVG/HTML structure of a small profile > fragment 1`] = `
<figure class="fg" id="fg-small" data-fg>
<figcaption class="fg-title">small (cpu) <span class="fg-sub">cpu, total 100 ms</span></figcaption>
<div class="fg-bar"><button type="button" data-act="reset" disabled>Reset zoom</button>
<button type="button" data-act="flip" aria-pressed="false">Icicle</button>
<button type="button" data-act="sandwich" disabled title="click a frame first">Callers and callees</button>
<input type="search" data-act="search" placeholder="Search (regex)" aria-label="search frames by regular expression" spellcheck="false">
<span class="fg-match" aria-live="polite"></span></div>
<div class="fg-legend"><span class="fg-key"><i style="background:rgb(237,147,63)"></i>your code</span><span class="fg-key"><i style="background:rgb(174,212,81)"></i>dependency</span><span class="fg-key"><i style="background:rgb(147,180,221)"></i>runtime</span><span class="fg-key"><i style="background:rgb(193,149,225)"></i>kernel</span><span class="fg-key"><i class="fg-key-bn"></i>bottleneck</span><span class="fg-key"><i class="fg-key-hit"></i>search match</span></div>
<div class="fg-marks">Bottlenecks: <button type="button" data-mark="0" title="bottleneck #1 (cpu, hot-loop): 60.00% could be saved">#1 parse</button></div>
<div class="fg-view"><svg class="fg-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 80" width="1200" height="80" role="img" aria-label="small (cpu)">
<g class="f o-runtime" data-i="0"><rect x="0" y="64" width="1200" height="15" fill="rgb(200,200,200)"/><text x="3" y="75.5">all</text></g>
<g class="f o-runtime" data-i="1"><rect x="0" y="48" width="72" height="15" fill="rgb(140,173,214)"/><text x="3" y="59.5">(garbag…</text></g>
<g class="f o-user" data-i="2"><rect x="72" y="48" width="1128" height="15" fill="rgb(249,183,75)"/><text x="75" y="59.5">main</text></g>
<g class="f o-user" data-i="3"><rect x="72" y="32" width="96" height="15" fill="rgb(250,183,76)"/><text x="75" y="43.5">&lt;/script&gt;&lt;s…</text></g>
<g class="f o-user" data-i="4"><rect x="168" y="32" width="984" height="15" fill="rgb(227,120,53)"/><text x="171" y="43.5">handle</text></g>
<g class="f o-dependency" data-i="5"><rect x="168" y="16" width="180" height="15" fill="rgb(189,224,90)"/><text x="171" y="27.5">Router.dispatch</text></g>
<g class="f o-user bn" data-i="6"><rect x="168" y="0" width="180" height="15" fill="rgb(230,126,56)"/><text x="171" y="11.5">parse</text></g>
<g class="f o-user" data-i="7"><rect x="348" y="16" width="60" height="15" fill="rgb(227,120,53)"/><text x="351" y="27.5">handle</text></g>
<g class="f o-user bn" data-i="8"><rect x="348" y="0" width="60" height="15" fill="rgb(230,126,56)"/><text x="351" y="11.5">parse</text></g>
<g class="f o-user bn" data-i="9"><rect x="408" y="16" width="600" height="15" fill="rgb(230,126,56)"/><text x="411" y="27.5">parse</text></g>
<g class="f o-runtime" data-i="10"><rect x="1008" y="16" width="144" height="15" fill="rgb(151,184,225)"/><text x="1011" y="27.5">readFileUtf8</text></g>
<g class="f o-kernel" data-i="11"><rect x="1008" y="0" width="144" height="15" fill="rgb(184,140,217)"/><text x="1011" y="11.5">do_syscall_64</text></g>
</svg><div class="fg-tip" hidden></div></div>
<div class="fg-sandwich" hidden><div class="sw-head"><b class="sw-name"></b> <span class="sw-sub"></span> <button type="button" data-act="sw-close">Close</button></div><div class="sw-label">Callers: who calls it, nearest caller next to it</div><div class="sw-graph sw-callers"></div><div class="sw-label">Callees: what it calls</div><div class="sw-graph sw-callees"></div></div>
<script type="application/json" class="fg-data">{"unit":"nanoseconds","total":100000000,"width":1200,"maxDepth":4,"nodes":[{"n":"all","t":100000000,"s":0,"d":0,"x":0,"p":-1,"e":12,"o":2,"tt":"100 ms","st":"0 ns"},{"n":"(garbage collector)","t":6000000,"s":6000000,"d":1,"x":0,"p":0,"e":2,"o":2,"tt":"6 ms","st":"6 ms"},{"n":"main","t":94000000,"s":4000000,"d":1,"x":6000000,"p":0,"e":12,"o":0,"tt":"94 ms","st":"4 ms","f":"app.js","l":1},{"n":"\\u003c/script\\u003e\\u003cscript\\u003ealert(\\"x\\")\\u003c/script\\u003e\\u0026\\u003cb\\u003e'quote'","t":8000000,"s":8000000,"d":2,"x":6000000,"p":2,"e":4,"o":0,"tt":"8 ms","st":"8 ms","f":"app.js","l":30},{"n":"handle","t":82000000,"s":0,"d":2,"x":14000000,"p":2,"e":12,"o":0,"tt":"82 ms","st":"0 ns","f":"app.js","l":10},{"n":"Router.dispatch","t":15000000,"s":0,"d":3,"x":14000000,"p":4,"e":7,"o":1,"tt":"15 ms","st":"0 ns","f":"node_modules/router/index.js","l":5},{"n":"parse","t":15000000,"s":15000000,"d":4,"x":14000000,"p":5,"e":7,"o":0,"tt":"15 ms","st":"15 ms","f":"app.js","l":20,"b":[0]},{"n":"handle","t":5000000,"s":0,"d":3,"x":29000000,"p":4,"e":9,"o":0,"tt":"5 ms","st":"0 ns","f":"app.js","l":10},{"n":"parse","t":5000000,"s":5000000,"d":4,"x":29000000,"p":7,"e":9,"o":0,"tt":"5 ms","st":"5 ms","f":"app.js","l":20,"b":[0]},{"n":"parse","t":50000000,"s":50000000,"d":3,"x":34000000,"p":4,"e":10,"o":0,"tt":"50 ms","st":"50 ms","f":"app.js","l":20,"b":[0]},{"n":"readFileUtf8","t":12000000,"s":0,"d":3,"x":84000000,"p":4,"e":12,"o":2,"tt":"12 ms","st":"0 ns","f":"node:fs","l":3},{"n":"do_syscall_64","t":12000000,"s":12000000,"d":4,"x":84000000,"p":10,"e":12,"o":3,"tt":"12 ms","st":"12 ms","f":"[kernel.kallsyms]"}],"marks":[{"title":"bottleneck #1 (cpu, hot-loop): 60.00% could be saved","nodes":[6,8,9]}]}</script>
</figure>
`
