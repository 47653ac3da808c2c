// report.html's stylesheet (the flame graph brings its own).

export const REPORT_CSS = `
body{max-width:1320px;margin:0 auto}
header{border-bottom:1px solid #e4e7ec;padding-bottom:.75rem;margin-bottom:1rem}
.run-id{font-weight:400;color:#667085;font-size:1.05rem;margin-left:.4rem}
.lede{margin:.1rem 0 .6rem;color:#344054}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0;font-size:13px}
.facts dt{color:#667085}.facts dd{margin:0;overflow-wrap:anywhere}
nav.toc{display:flex;gap:1rem;flex-wrap:wrap;font-size:13px;margin:.5rem 0 1rem}
a{color:#1f5fbf}
h2{font-size:1.2rem;margin:1.8rem 0 .6rem;padding-top:.4rem;border-top:1px solid #eef0f3}
h2 .sub{font-weight:400;color:#667085;font-size:.9rem;margin-left:.4rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:13px;min-width:50%}
caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{padding:.25rem .6rem;border-bottom:1px solid #eaecf0;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f8f9fb;font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.st{padding:.05rem .5rem;border-radius:9px;font-weight:600;font-size:12px}
.st.passed{background:#dcfae6;color:#067647}.st.failed{background:#fee4e2;color:#b42318}.st.inconclusive{background:#fef0c7;color:#b54708}.st.compared{background:#f2f4f7;color:#475467}
.st.met{background:#dcfae6;color:#067647}.st.missed{background:#fee4e2;color:#b42318}.st.unknown{background:#f2f4f7;color:#475467}
.bottleneck{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.2fr);gap:1.25rem;border:1px solid #e4e7ec;border-left:4px solid #111;border-radius:6px;padding:.8rem 1rem;margin:.8rem 0}
.bottleneck h3{margin:0 0 .2rem;font-size:1.05rem}.bottleneck h4{margin:0 0 .3rem;font-size:.95rem}
.rank{color:#b42318}
.where{color:#475467;font-size:13px;overflow-wrap:anywhere}
.share{margin:.4rem 0;font-size:13px}
.bar{display:inline-block;width:10rem;height:.6rem;background:#eef0f3;border-radius:3px;vertical-align:middle;overflow:hidden}
.bar i{display:block;height:100%;background:#d1362f}
.why{margin:.3rem 0;font-size:13px;color:#344054}.run-diagnosis{color:#344054}
.evidence{margin:.3rem 0 0 1.1rem;padding:0;font-size:13px;color:#344054}
.bn-plan ol{margin:0;padding-left:1.2rem}
.plan-item{margin-bottom:.6rem}.plan-item p{margin:.2rem 0;font-size:13px}
.tag{display:inline-block;font-size:11px;padding:0 .4rem;border-radius:8px;background:#eef4ff;color:#3538cd;margin-left:.25rem}
.conf-high{background:#dcfae6;color:#067647}.conf-low{background:#fef0c7;color:#93370d}
.strategy{font-size:13px;color:#3538cd}.gain{font-size:13px;color:#067647}.verify{font-size:12px;color:#475467;overflow-wrap:anywhere}
.none{color:#667085;font-size:13px}
.regressions{color:#b42318;font-weight:600}
.bn-head{font-size:1rem;margin:1.2rem 0 .2rem}
details>summary{cursor:pointer;color:#1f5fbf;font-size:13px}
details.more{margin:.6rem 0}
.plan-item details p{margin:.25rem 0}
.files{font-size:13px}
.tables table{width:100%}
.tables td:nth-child(2){font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:12px}
.tables td:nth-child(3){color:#475467;font-size:12px}
.chart{max-width:100%;height:auto;font:12px system-ui,sans-serif}
.chart .grid{stroke:#eaecf0}.chart .target{stroke:#b42318;stroke-dasharray:5 4}.chart .tick{fill:#475467}
code{font:12.5px ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;overflow-wrap:anywhere}
.diag-warning b{color:#b54708}.diag-error b{color:#b42318}
.verdict-box{border:1px solid #e4e7ec;border-left:6px solid #98a2b3;border-radius:8px;padding:.2rem 1.1rem .6rem;margin:.6rem 0 1rem;background:#fcfcfd}
.verdict-box h2{border:0;margin:.6rem 0 .3rem;padding:0}.verdict-box h3{margin:.8rem 0 .4rem;font-size:1.05rem}
.v-failed,.v-missed{border-left-color:#d92d20}.v-passed,.v-met{border-left-color:#17b26a}.v-inconclusive{border-left-color:#f79009}
.verdict-text{font-size:15px;margin:.2rem 0 .4rem;color:#101828}
.fix-first{list-style:none;margin:0;padding:0;display:grid;gap:.6rem}
.ff-item{display:grid;grid-template-columns:6.5rem minmax(0,1fr);gap:.9rem;align-items:start;border:1px solid #eaecf0;border-radius:6px;padding:.55rem .8rem;background:#fff}
.ff-gain b{display:block;font-size:1.45rem;color:#067647;line-height:1.1}.ff-gain small{color:#475467;font-size:11px;overflow-wrap:anywhere}
.ff-title{font-weight:600;font-size:15px}.ff-why{margin:.2rem 0;font-size:13px;color:#344054}.ff-meta{margin:0;font-size:12px;color:#667085}
.where-at{color:#475467}
.where-at[title]{cursor:help}
/* A phone (390 px): one column, wide tables scroll inside themselves instead of widening the page. */
@media (max-width:640px){
.run-id{display:block;margin:0;font-size:.9rem}
.facts{font-size:12px}
nav.toc{gap:.35rem .9rem}
table{display:block;overflow-x:auto;min-width:0;max-width:100%}
.bottleneck{grid-template-columns:minmax(0,1fr);gap:.6rem}
.verdict-box{padding:.1rem .7rem .5rem}
.ff-item{grid-template-columns:minmax(0,1fr);gap:.15rem}
.ff-gain b{display:inline;font-size:1.25rem}.ff-gain small{margin-left:.4rem}
.bar{width:6rem}
}
/* Paper: no controls, no folded parts (opened for printing by the page script), nothing split across pages that reads as one. */
@media print{
body{max-width:none}
nav.toc{display:none}
a{color:inherit;text-decoration:none}
h2{break-after:avoid}
.verdict-box,.ff-item,.bottleneck,tr,.chart{break-inside:avoid}
table{font-size:9pt}
.verdict-box{border-left-width:4px}
}
`;
