// The flame graph's stylesheet, inlined into every page that shows one.

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
`;
