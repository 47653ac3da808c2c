// The report and a flame graph in a real browser, opened from disk: frames
// render, hovering shows the tooltip, clicking zooms, search highlights and
// shows the matched share, the icicle toggle flips, nothing is fetched from
// the network. Screenshots are saved in the test's temp root.
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import t from 'tap';
import { chromium, type Page } from 'playwright-core';
import { PROFILES, listFiles, parseRecords, sh, tempRoot } from '../helpers.js';

const CHROMIUM = '/usr/bin/chromium';
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
  t.match(tipText, /tokenize .*hot-loop\.js:\d+ total [\d.]+ms \([\d.]+%\) self [\d.]+ms \([\d.]+%\)/, 'tooltip: name, file:line, total and self with percent');
  await page.screenshot({ path: join(root, 'report-hover.png') });

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
  await page.screenshot({ path: join(root, 'report.png'), fullPage: true });

  const graph = await browser.newPage();
  const seenGraph = watch(graph);
  await graph.goto(pathToFileURL(flame).href);
  const j = await frameIndex(graph, '#fg-main', 'tokenize');
  await graph.locator(`#fg-main g.f[data-i="${j}"]`).hover();
  await graph.locator('#fg-main .fg-tip').waitFor({ state: 'visible' });
  t.match(await graph.locator('#fg-main .fg-tip').innerText(), /tokenize/, 'standalone flame graph: tooltip');
  await graph.locator(`#fg-main g.f[data-i="${j}"]`).click();
  t.equal(await attr(graph, `#fg-main g.f[data-i="${j}"] rect`, 'width'), 1200, 'standalone flame graph: zoom');
  await graph.screenshot({ path: join(root, 'flamegraph.png'), fullPage: true });

  t.same([...seen.external, ...seenGraph.external], [], 'nothing requested from the network');
  t.same([...seen.errors, ...seenGraph.errors], [], 'no script errors');
  for (const shot of ['report.png', 'report-hover.png', 'flamegraph.png']) t.ok(statSync(join(root, shot)).size > 10_000, `screenshot ${shot} saved in ${root}`);
});
