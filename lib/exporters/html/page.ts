// A self-contained HTML page: everything inline, and a Content-Security-Policy
// that forbids loading anything, so a page opened from disk never touches the network.

import { esc } from './escape.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

const BASE_CSS = `
*{box-sizing:border-box}
body{margin:0;padding:1.5rem 2rem 3rem;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;background:#fff}
h1{font-size:1.5rem;margin:0 0 .5rem}
@media (max-width:640px){body{padding:.9rem .7rem 2rem}h1{font-size:1.25rem}}
@media print{body{padding:0;font-size:10.5pt}@page{margin:14mm}}
`;

export function htmlPage(title: string, body: string, css: string, script: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${BASE_CSS}${css}</style>`,
    '</head>',
    '<body>',
    body,
    script ? `<script>${script}</script>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
