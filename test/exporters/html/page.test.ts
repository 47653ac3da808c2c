// A self-contained page: a policy that forbids loading anything, the title
// escaped, the style and script inline.
import t from 'tap';
import { htmlPage } from '../../../lib/exporters/html/page.js';

t.test('one inline page that loads nothing', async (t) => {
  const html = htmlPage('CPU of <app> & "co"', '<main>body</main>', '.x{color:red}', 'console.log(1)');
  t.match(html, /^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n/);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
  t.match(csp, /^default-src 'none'; /, 'nothing may be fetched by default');
  t.notMatch(csp, /https?:|connect-src|\*/, 'no origin is allowed, so the page never touches the network');
  t.match(csp, /img-src data:/, 'images only from data: URLs');
  t.match(html, /<title>CPU of &lt;app&gt; &amp; &quot;co&quot;<\/title>/);
  t.match(html, /<style>[^<]*\.x\{color:red\}<\/style>/);
  t.match(html, /<body>\n<main>body<\/main>\n<script>console\.log\(1\)<\/script>\n<\/body>\n<\/html>\n$/);
  t.notMatch(html, /<link|<script src|@import/, 'nothing linked');
  t.notMatch(htmlPage('t', 'b', '', ''), /<script>/, 'no script, no script element');
});
