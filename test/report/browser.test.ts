// The report and a flame graph in a real browser, opened from disk: frames
// render, hovering shows the tooltip, clicking zooms, search highlights and
// shows the matched share, the icicle toggle flips, nothing is fetched from
// the network; the verdict and "fix this first" are above the fold at 1400 px
// and on a 390 px phone (no sideways scrolling), the sandwich view and the
// sortable top table work, print hides the controls. Screenshots are test
// artifacts in .tap/artifacts/browser/ (TEST_ARTIFACTS to move them), never committed.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import t from 'tap';
import { chromium, type Page } from 'playwright-core';
import { PROFILES, ROOT, listFiles, parseRecords, sh, tempRoot } from '../helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = process.env.TEST_ARTIFACTS ?? join(ROOT, '.tap', 'artifacts', 'browser');
mkdirSync(ARTIFACTS, { recursive: true });
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} not installed (CI installs Debian's chromium: apt-get install -y chromium)`;

/**
 * A fresh profile folder per run, never the user's. Playwright refuses a
 * --user-data-dir argument to launch() and takes the folder here instead.
 */
async function launch() {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'perf-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    timeout: 30_000,
    viewport: { width: 1300, height: 900 },
    args: [
      '--headless', // no display on CI machines
      '--no-sandbox', // the tests run as root, where Chromium's sandbox cannot start
      '--disable-gpu', // no GPU in containers; software rendering is enough for SVG
      '--disable-quic', // no UDP/QUIC attempts on a closed network
      '--no-first-run', // skip the first-run dialogs and their setup work
      '--disable-background-networking', // no update/safe-browsing fetches: they fail noisily on a closed network
      '--disable-component-update', // no component downloads either
      '--disable-sync', // no sign-in sync service
    ],
  });
}

/** Record every request that is not the page's own file: there must be none. */
function watch(page: Page): { external: string[]; errors: string[] } {
  const seen = { external: [] as string[], errors: [] as string[] };
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) seen.external.push(r.url());
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
  });
  return seen;
}

/** data-i of the widest frame named `name` in a figure. */
async function frameIndex(page: Page, figure: string, name: string): Promise<number> {
  return page.evaluate(
    ([sel, n]) => {
      const data = JSON.parse(document.querySelector(`${sel} .fg-data`)!.textContent!) as { nodes: { n: string; t: number }[] };
      let best = -1;
      data.nodes.forEach((x, i) => {
        if (x.n === n && (best < 0 || x.t > data.nodes[best]!.t)) best = i;
      });
      return best;
    },
    [figure, name] as const,
  );
}

const attr = (page: Page, sel: string, name: string) => page.locator(sel).getAttribute(name).then(Number);

t.test('report.html and a flame graph work in a real browser from file://', { skip }, async (t) => {
  const root = tempRoot();
  const r = sh(`perf-profiler --input ${join(PROFILES, 'node-hot-loop.cpuprofile')} --root ${root}`, { env: { SOURCE_DATE_EPOCH: '1767225600' } });
  t.equal(r.code, 0, r.stderr);
  const files = listFiles(root);
  const report = join(root, files.find((f) => f.endsWith('/report.html'))!);
  const flame = join(root, files.find((f) => f.endsWith('/node-hot-loop.flamegraph.html'))!);
  const run = parseRecords(readFileSync(join(root, files.find((f) => f.endsWith('/run.ndjson'))!), 'utf8'));
  const tokenizeCum = run.find((x) => x.type === 'hotspot' && x.by === 'cum' && x.function === 'tokenize')!.cumPct as number;

  const browser = await launch();
  t.teardown(() => browser.close());
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  const seen = watch(page);
  await page.goto(pathToFileURL(report).href);

  const fig = '#fg-p0';
  t.ok((await page.locator(`${fig} g.f`).count()) > 20, 'frames rendered');
  const i = await frameIndex(page, fig, 'tokenize');
  const frame = page.locator(`${fig} g.f[data-i="${i}"]`);
  const box = (await frame.boundingBox())!;
  t.ok(box.width > 500, `tokenize is drawn wide (${Math.round(box.width)}px)`);
  t.equal(await frame.locator('text').textContent(), 'tokenize', 'labelled');

  await frame.hover();
  const tip = page.locator(`${fig} .fg-tip`);
  await tip.waitFor({ state: 'visible' });
  const tipText = (await tip.innerText()).replace(/\s+/g, ' ');
  t.match(tipText, /tokenize .*hot-loop\.js:\d+ total [\d.,]+ (ms|s|µs) \([\d.]+%\) self [\d.,]+ (ms|s|µs) \([\d.]+%\)/, 'tooltip: name, file:line, total and self with percent');
  t.match(tipText, /tokenize .*hot-loop\.js:(\d+)/);
  const tipLine = Number(/hot-loop\.js:(\d+)/.exec(tipText)![1]);
  const tableLine = run.find((x) => x.type === 'hotspot' && x.function === 'tokenize')!.line as number;
  t.equal(tipLine, tableLine, `the tooltip names the line the tables name (${tableLine})`);
  await page.screenshot({ path: join(ARTIFACTS, 'report-hover.png') });

  const before = await attr(page, `${fig} g.f[data-i="${i}"] rect`, 'width');
  await frame.click();
  t.equal(await attr(page, `${fig} g.f[data-i="${i}"] rect`, 'width'), 1200, `click zooms tokenize to full width (was ${before})`);
  const gc = await frameIndex(page, fig, '(garbage collector)');
  t.equal(await page.locator(`${fig} g.f[data-i="${gc}"]`).isVisible(), false, 'frames outside the zoomed one are hidden');
  await page.click(`${fig} [data-act=reset]`);
  t.equal(await attr(page, `${fig} g.f[data-i="${i}"] rect`, 'width'), before, 'reset zooms back out');
  t.ok(await page.locator(`${fig} [data-act=reset]`).isDisabled(), 'reset disabled when not zoomed');

  // perf-analyze finds the planted hot function as bottleneck #1: it is outlined, and its button zooms to it.
  t.ok(await frame.evaluate((g) => g.classList.contains('bn')), 'tokenize is marked as a bottleneck');
  await page.click(`${fig} [data-mark="0"]`);
  const caller = await frameIndex(page, fig, 'main');
  t.equal(await attr(page, `${fig} g.f[data-i="${caller}"] rect`, 'width'), 1200, 'the #1 bottleneck button zooms to its caller, main');
  await page.click(`${fig} [data-act=reset]`);

  await page.fill(`${fig} [data-act=search]`, '^tokenize$');
  t.ok((await page.locator(`${fig} g.f.hit`).count()) >= 1, 'matches highlighted');
  t.equal(await page.locator(`${fig} g.f.hit`).first().locator('rect').evaluate((e) => getComputedStyle(e).fill), 'rgb(230, 0, 230)', 'in magenta');
  t.match(await page.locator(`${fig} .fg-match`).textContent(), new RegExp(`^Matched: ${tokenizeCum.toFixed(2).replace('.', '\\.')}% `), `matched share equals tokenize's cum% (${tokenizeCum})`);
  await page.fill(`${fig} [data-act=search]`, '(');
  t.equal(await page.locator(`${fig} .fg-match`).textContent(), 'invalid regex');
  await page.fill(`${fig} [data-act=search]`, 'Lines|tokenize');
  await page.click(`${fig} [data-act=flip]`);
  t.equal(await attr(page, `${fig} g.f[data-i="0"] rect`, 'y'), 0, 'icicle: the root row is on top');
  await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });

  const graph = await browser.newPage();
  const seenGraph = watch(graph);
  await graph.goto(pathToFileURL(flame).href);
  const j = await frameIndex(graph, '#fg-main', 'tokenize');
  await graph.locator(`#fg-main g.f[data-i="${j}"]`).hover();
  await graph.locator('#fg-main .fg-tip').waitFor({ state: 'visible' });
  t.match(await graph.locator('#fg-main .fg-tip').innerText(), /tokenize/, 'standalone flame graph: tooltip');
  await graph.locator(`#fg-main g.f[data-i="${j}"]`).click();
  t.equal(await attr(graph, `#fg-main g.f[data-i="${j}"] rect`, 'width'), 1200, 'standalone flame graph: zoom');
  await graph.screenshot({ path: join(ARTIFACTS, 'flamegraph.png'), fullPage: true });

  t.same([...seen.external, ...seenGraph.external], [], 'nothing requested from the network');
  t.same([...seen.errors, ...seenGraph.errors], [], 'no script errors');
  for (const shot of ['report.png', 'report-hover.png', 'flamegraph.png']) t.ok(statSync(join(ARTIFACTS, shot)).size > 10_000, `screenshot ${shot} saved in ${ARTIFACTS}`);
});

t.test('the demo run: fix this first above the fold at 1400 px and on a phone, the sandwich view, the sortable top table, print', { skip }, async (t) => {
  const root = tempRoot();
  const recording = join(PROFILES, 'diagnosis', 'demo-service.ndjson');
  const r = sh(`cat ${recording} | perf-analyze --source-root ${join(ROOT, 'examples', 'demo-service')} | perf-plan | perf-apply --root ${root}`, { env: { SOURCE_DATE_EPOCH: '1767225600' } });
  t.equal(r.code, 0, r.stderr);
  const files = listFiles(root);
  const report = join(root, files.find((f) => f.endsWith('/report.html'))!);
  const cpu = files.find((f) => /-cpu\.flamegraph\.html$/.test(f))!;
  const run = parseRecords(readFileSync(join(root, files.find((f) => f.endsWith('/run.ndjson'))!), 'utf8'));
  const topCum = run.find((x) => x.type === 'hotspot' && x.by === 'cum' && x.rank === 1 && cpu.endsWith(`/${x.profileId}.flamegraph.html`))!;

  const browser = await launch();
  t.teardown(() => browser.close());
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  const seen = watch(page);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(pathToFileURL(report).href);
  const cards = page.locator('#verdict .ff-item');
  const count = await cards.count();
  t.ok(count >= 1 && count <= 3, `${count} items to fix first`);
  t.match(await page.locator('#verdict .verdict-text').innerText(), /targets missed: p99 latency .* should cut http_latency_p99 by about [\d.]+%/);
  t.match(await cards.first().innerText(), /^[\d.]+%\s*off http_latency_p99\s*\S[^\n]*\s+\S*server\.js:\d+/, 'gain, title and where');
  const last = (await cards.last().boundingBox())!;
  t.ok(last.y + last.height <= 900, `every fix-first item above the fold at 1400x900 (ends at ${Math.round(last.y + last.height)} px)`);
  await page.screenshot({ path: join(ARTIFACTS, 'demo-report-1400.png') });

  await page.setViewportSize({ width: 390, height: 844 });
  t.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, 'no sideways scrolling at 390 px: wide tables scroll inside themselves');
  const verdict = (await page.locator('#verdict .verdict-text').boundingBox())!;
  t.ok(verdict.y + verdict.height <= 844, 'the verdict is on the first screen of a phone');
  const first = (await cards.first().boundingBox())!;
  t.ok(first.x >= 0 && first.x + first.width <= 390, 'the first card fits the width');
  await page.screenshot({ path: join(ARTIFACTS, 'demo-report-390.png') });
  await page.screenshot({ path: join(ARTIFACTS, 'demo-report-390-full.png'), fullPage: true });

  await page.emulateMedia({ media: 'print' });
  t.equal(await page.locator('nav.toc').evaluate((e) => getComputedStyle(e).display), 'none', 'print: no table of contents');
  t.equal(await page.locator('.fg-bar').first().evaluate((e) => getComputedStyle(e).display), 'none', 'print: no flame graph controls');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  t.equal(await page.locator('details:not([open])').count(), 0, 'print: every folded part opened');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  t.ok((await page.locator('details:not([open])').count()) > 0, 'and folded again after');
  await page.pdf({ path: join(ARTIFACTS, 'demo-report.pdf') });
  await page.emulateMedia({ media: 'screen' });

  // The flame graph page: the top table sorts, a name opens the sandwich.
  const graph = await browser.newPage();
  const seenGraph = watch(graph);
  await graph.setViewportSize({ width: 1400, height: 900 });
  await graph.goto(pathToFileURL(join(root, cpu)).href);
  const names = () => graph.locator('.fg-toptable tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-n')));
  const bySelf = await names();
  t.ok(bySelf.length > 10, `${bySelf.length} rows`);
  await graph.click('.fg-toptable [data-sort=c]');
  t.equal((await names())[0], topCum.function, `sorted by cum: ${topCum.function} first, as the cum table of perf-analyze`);
  t.equal(await graph.locator('.fg-toptable th:nth-child(4)').getAttribute('aria-sort'), 'descending');
  await graph.click('.fg-toptable [data-sort=c]');
  t.equal(await graph.locator('.fg-toptable th:nth-child(4)').getAttribute('aria-sort'), 'ascending', 'a second click reverses');

  await graph.locator('.fg-toptable .fg-fn', { hasText: /^buildReport$/ }).first().click();
  const sandwich = graph.locator('.fg-sandwich');
  await sandwich.waitFor({ state: 'visible' });
  t.equal(await sandwich.locator('.sw-name').textContent(), 'buildReport');
  const cells = (sel: string) => sandwich.locator(`${sel} .sw-cell`).allTextContents();
  const callers = await cells('.sw-callers');
  t.equal(callers.at(-1), 'buildReport', 'the function itself at the bottom of its callers');
  t.ok(callers.includes('handle'), `its caller handle above it (${callers.join(', ')})`);
  const callees = await cells('.sw-callees');
  t.equal(callees[0], 'buildReport', 'and on top of its callees');
  t.ok(callees.length >= 2, `callees below it (${callees.join(', ')})`);
  const hot = run.find((x) => x.type === 'hotspot' && x.function === 'buildReport' && cpu.endsWith(`/${x.profileId}.flamegraph.html`))!;
  const sub = (await sandwich.locator('.sw-sub').textContent())!;
  t.match(sub, /total [\d.,]+ (s|ms) \(([\d.]+)%\)/);
  t.equal(Number(/\(([\d.]+)%\)/.exec(sub)![1]), Number((hot.cumPct as number).toFixed(1)), `its total share is its cum% in the tables (${hot.cumPct})`);
  await sandwich.screenshot({ path: join(ARTIFACTS, 'flamegraph-sandwich.png') });

  // From a frame: click it (zoom), then "Callers and callees of ...".
  const i = await frameIndex(graph, '#fg-main', 'handle');
  await graph.locator(`#fg-main g.f[data-i="${i}"]`).click();
  const button = graph.locator('#fg-main [data-act=sandwich]');
  t.equal(await button.textContent(), 'Callers and callees of handle');
  await button.click();
  t.equal(await sandwich.locator('.sw-name').textContent(), 'handle', 'the sandwich follows the frame picked');
  await sandwich.locator('.sw-callees .sw-cell', { hasText: /^searchCatalog$/ }).first().click();
  t.equal(await sandwich.locator('.sw-name').textContent(), 'searchCatalog', 'a cell of the sandwich re-centres it');
  await graph.setViewportSize({ width: 390, height: 844 });
  t.equal(await graph.evaluate(() => document.documentElement.scrollWidth), 390, 'the flame graph page fits a phone too');
  await graph.screenshot({ path: join(ARTIFACTS, 'flamegraph-390.png'), fullPage: true });

  t.same([...seen.external, ...seenGraph.external], [], 'nothing requested from the network');
  t.same([...seen.errors, ...seenGraph.errors], [], 'no script errors');
  for (const shot of ['demo-report-1400.png', 'demo-report-390.png', 'flamegraph-sandwich.png', 'demo-report.pdf']) t.ok(statSync(join(ARTIFACTS, shot)).size > 5_000, `${shot} saved in ${ARTIFACTS}`);
});
