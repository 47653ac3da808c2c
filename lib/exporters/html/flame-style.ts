// The flame graph's stylesheet, inlined into every page that shows one.

import { originSwatch } from './colour.js';
import { ORIGINS } from './origin.js';

/** Sandwich cells in the origin colours of the graph (sw-o0 your code, sw-o1 dependency, ...). */
const SANDWICH_COLOURS = ORIGINS.map((o, i) => `.fg .sw-o${i}{background:${originSwatch(o)}}`).join('');

export const FLAME_CSS = `
.fg{margin:1.25rem 0;font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330}
.fg-title{font-weight:600;font-size:15px;margin-bottom:.35rem}
.fg-sub{font-weight:400;color:#667085;margin-left:.4rem}
.fg-bar,.fg-legend,.fg-marks{display:flex;gap:.5rem 1rem;align-items:center;flex-wrap:wrap;margin:.35rem 0}
.fg-bar{gap:.5rem}
.fg button{font:inherit;padding:.2rem .65rem;border:1px solid #b8bfcc;border-radius:4px;background:#fff;color:inherit;cursor:pointer}
.fg button[disabled]{opacity:.45;cursor:default}
.fg button[aria-pressed=true]{background:#1d2330;border-color:#1d2330;color:#fff}
.fg-bar input{font:inherit;padding:.2rem .5rem;border:1px solid #b8bfcc;border-radius:4px;min-width:16rem}
.fg-bar input.bad{border-color:#c0392b;background:#fff3f2}
.fg-match{color:#8a008a;font-weight:600}
.fg-legend{color:#475467}
.fg-note{color:#667085;font-size:12px}
.fg-key i{display:inline-block;width:.9em;height:.9em;border-radius:2px;margin-right:.35em;vertical-align:-.12em}
.fg-key-bn{box-sizing:border-box;border:2px solid #000;background:#fff}
.fg-key-hit{background:rgb(230,0,230)}
.fg-marks button{border:2px solid #000;font-weight:600}
.fg-view{position:relative;border:1px solid #dde1e8;border-radius:6px;padding:4px;background:#fcfcfd}
.fg-svg{display:block;width:100%;height:auto;font:12px ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace}
.fg-svg g.f{cursor:pointer}
.fg-svg text{fill:#101828;pointer-events:none}
.fg-svg rect{stroke:#fcfcfd;stroke-width:.6}
.fg-svg g.f:hover rect{stroke:#101828;stroke-width:1}
.fg-svg g.bn rect{stroke:#000;stroke-width:2}
.fg-svg g.hit rect{fill:rgb(230,0,230)}
.fg-svg g.anc rect{opacity:.5}
.fg-tip{position:absolute;z-index:2;max-width:34rem;padding:.45rem .65rem;background:#1d2330;color:#f4f6fa;border-radius:5px;font-size:12px;line-height:1.45;pointer-events:none;box-shadow:0 4px 14px rgba(0,0,0,.25)}
.fg-tip>*{display:block;overflow-wrap:anywhere}
.fg-tip strong{color:#ffb35c}
.fg-tip em{color:#c8cdd8}
.fg-sandwich{margin:.6rem 0;border:1px solid #dde1e8;border-radius:6px;padding:.5rem .6rem;background:#fff}
.sw-head{display:flex;flex-wrap:wrap;gap:.3rem .6rem;align-items:baseline;margin-bottom:.3rem}.sw-sub{color:#475467;overflow-wrap:anywhere}
.sw-label{color:#667085;font-size:12px;margin:.35rem 0 .15rem}
.sw-row{position:relative;height:18px}
.fg .sw-cell{position:absolute;box-sizing:border-box;top:0;height:17px;margin:0;padding:0 3px;border:0;border-right:1px solid #fff;border-radius:0;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;text-align:left;font:11px/17px ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;color:#101828;cursor:pointer}
.fg .sw-cell:hover{filter:brightness(.92)}
.fg .sw-cell.sw-self{outline:2px solid #101828;outline-offset:-2px;font-weight:700}
${SANDWICH_COLOURS}
.fg-top{overflow-x:auto;margin:.8rem 0}
.fg-toptable{border-collapse:collapse;font-size:13px;width:100%}
.fg-toptable caption{text-align:left;font-weight:600;padding:.3rem 0}
.fg-toptable th,.fg-toptable td{padding:.2rem .5rem;border-bottom:1px solid #eaecf0;text-align:left;vertical-align:top}
.fg-toptable th{background:#f8f9fb}.fg-toptable th button{all:unset;cursor:pointer;font-weight:600}
.fg-toptable th[aria-sort=descending] button::after{content:" \\25BE"}.fg-toptable th[aria-sort=ascending] button::after{content:" \\25B4"}
.fg-toptable .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.fg-toptable .fg-fn{all:unset;cursor:pointer;color:#1f5fbf;font:12px ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;overflow-wrap:anywhere}
.fg-at{color:#475467;font-size:12px;overflow-wrap:anywhere}
@media (max-width:640px){.fg-bar input{min-width:0;flex:1 1 9rem}.fg-marks{gap:.3rem}.fg-marks button{font-size:12px;padding:.1rem .4rem}}
@media print{.fg-bar,.fg-marks,.fg-tip,.fg-sandwich[hidden],.sw-head button{display:none}.fg,.fg-view,.fg-sandwich{break-inside:avoid}.fg-view{border:0;padding:0}.fg-toptable tr{break-inside:avoid}.fg-toptable .fg-fn{color:inherit}}
`;
