// The flame graph renderer: golden structure, determinism, escaping of
// hostile names, minwidth merging, labels that never overflow.
import t from 'tap';
import { buildFlameTree, countNodes } from '../../lib/exporters/flame-tree.js';
import { flameTreeOf, renderFlameGraphFragment, renderFlameGraphHtml } from '../../lib/exporters/flamegraph.js';
import { CHAR_W, LABEL_PAD, fitLabel } from '../../lib/exporters/html/flame-layout.js';
import { HOSTILE, narrowProfile, profileOf, smallProfile } from './small-profiles.js';

const marks = [{ label: '#1 parse', title: 'bottleneck #1 (cpu, hot-loop): 60.00% could be saved', frames: [{ function: 'parse', file: 'app.js' }] }];
const options = { id: 'small', title: 'small (cpu)', marks };

/** The frame data the page script reads, parsed back. */
function dataOf(html: string): { total: number; nodes: { n: string; t: number; s: number; d: number; b?: number[]; m?: number; o: number }[]; marks: { nodes: number[] }[] } {
  const m = /<script type="application\/json" class="fg-data">(.*?)<\/script>/s.exec(html);
  if (!m) throw new Error('no frame data');
  return JSON.parse(m[1]!);
}

t.test('golden: the SVG/HTML structure of a small profile', async (t) => {
  t.matchSnapshot(renderFlameGraphFragment(smallProfile(), options), 'fragment');
});

t.test('frames are merged by function, sized by value, children sorted by name', async (t) => {
  const tree = buildFlameTree(smallProfile());
  t.equal(tree.unit, 'nanoseconds');
  t.equal(tree.root.total, 100e6);
  const main = tree.root.children.find((c) => c.name === 'main')!;
  t.same(main.children.map((c) => c.name), [HOSTILE, 'handle'].sort());
  const handle = main.children.find((c) => c.name === 'handle')!;
  const parse = handle.children.find((c) => c.name === 'parse')!;
  t.equal(parse.total, 50e6, 'two lines of parse are one frame');
  t.equal(parse.line, 20, 'lowest line of the function');
  t.same(handle.children.map((c) => c.name), ['Router.dispatch', 'handle', 'parse', 'readFileUtf8']);
  const data = dataOf(renderFlameGraphFragment(smallProfile(), options));
  const byName = (n: string) => data.nodes.filter((x) => x.n === n);
  t.equal(byName('parse').length, 3, 'parse under handle, under the dependency, and under recursive handle');
  t.ok(byName('parse').every((x) => x.b?.[0] === 0), 'every parse frame is marked as the bottleneck');
  t.same(data.marks[0]!.nodes.length, 3);
  const origins = Object.fromEntries(data.nodes.map((x) => [x.n, x.o]));
  t.same([origins['parse'], origins['Router.dispatch'], origins['readFileUtf8'], origins['do_syscall_64']], [0, 1, 2, 3], 'user, dependency, runtime, kernel');
});

t.test('same profile, same bytes, whatever the order of its samples', async (t) => {
  const a = renderFlameGraphHtml(smallProfile(), options);
  t.equal(renderFlameGraphHtml(smallProfile(), options), a);
  t.equal(renderFlameGraphHtml(smallProfile('reversed'), options), a);
});

t.test('hostile function names are escaped everywhere', async (t) => {
  const html = renderFlameGraphHtml(smallProfile(), { ...options, title: `title ${HOSTILE}` });
  t.notMatch(html, /<script>alert/);
  t.notMatch(html, /<b>'quote'/);
  t.equal(html.match(/<script/g)!.length, 2, 'only the frame data and the page script');
  t.match(html, /&lt;\/script&gt;&lt;script&gt;alert\(&quot;x&quot;\)/, 'escaped in the title');
  const data = dataOf(html);
  t.ok(data.nodes.some((n) => n.n === HOSTILE), 'the name survives intact in the frame data');
  t.match(html, /Content-Security-Policy" content="default-src 'none'/, 'the page may load nothing');
  t.notMatch(html, /(src|href)="(https?:)?\/\//, 'no external resource');
});

t.test('frames below the width threshold are merged (minwidth), values kept', async (t) => {
  const profile = narrowProfile(300);
  const full = buildFlameTree(profile);
  t.equal(countNodes(full.root), 1 + 1 + 1 + 300 * 2, 'unmerged: every function on every path');
  const merged = flameTreeOf(profile);
  const main = merged.root.children[0]!;
  t.same(main.children.map((c) => [c.name, c.total, c.merged, c.children.length]), [
    ['(300 narrow frames)', 300, 300, 0],
    ['wide', 1e9, 0, 0],
  ]);
  t.equal(main.total, 1e9 + 300, 'parent keeps its full width');
  t.equal(countNodes(merged.root), 4);
  const one = buildFlameTree(narrowProfile(1), undefined, 1e-6).root.children[0]!;
  t.same(one.children.map((c) => [c.name, c.merged, c.children.length]), [['tiny000', 1, 0], ['wide', 0, 0]], 'a lone narrow frame keeps its name, loses its callees');
  t.equal(countNodes(flameTreeOf(profile, undefined, 0).root), countNodes(full.root), 'minWidthPx 0 merges nothing');
  const html = renderFlameGraphFragment(profile, { id: 'n', title: 'n' });
  t.equal(html.match(/<g class="f/g)!.length, 4, 'four frames drawn');
  t.match(html, /"n":"\(300 narrow frames\)".*"m":300/);
});

t.test('labels fit their frame or are cut with an ellipsis, never overflowing', async (t) => {
  const name = 'a'.repeat(40) + '\u00e9\u4e2d';
  const bad: string[] = [];
  for (let px = 0; px <= 400; px += 0.5) {
    const label = fitLabel(name, px);
    const chars = Array.from(label).length;
    if (chars > 0 && chars * CHAR_W + 2 * LABEL_PAD > px) bad.push(`${px}px: ${chars} chars overflow`);
    if (chars > 0 && label !== name && !label.endsWith('\u2026')) bad.push(`${px}px: cut without an ellipsis`);
  }
  t.same(bad, [], 'every width from 0 to 400px');
  t.equal(fitLabel(name, 400), name);
  t.equal(fitLabel('main', 200), 'main');
  t.equal(fitLabel('main', 10), '');
  t.end();
});

t.test('stacks thousands of frames deep render (no recursion on the call stack)', async (t) => {
  const deep = Array.from({ length: 10_000 }, (_, i) => [`f${i % 3}`, 'deep.js', 1 + (i % 3)] as [string, string, number]);
  const html = renderFlameGraphFragment(profileOf([[deep, 10], [deep.slice(0, 10), 5]]), { id: 'deep', title: 'deep' });
  const data = dataOf(html);
  t.equal(data.nodes.length, 10_001, 'one frame per level, plus the root');
  t.equal(Math.max(...data.nodes.map((n) => n.d)), 10_000);
  t.equal(data.nodes[10]!.s, 5, 'self value where the short stack ends');
});

t.test('one tree per profile, sample type and width, shared by every page drawn from it', async (t) => {
  const profile = smallProfile();
  const tree = flameTreeOf(profile);
  t.equal(flameTreeOf(profile), tree, 'the second drawing reuses the tree');
  t.not(flameTreeOf(profile, undefined, 2), tree, 'another width is another tree');
  t.not(flameTreeOf(smallProfile()), tree, 'another profile is another tree');
  t.same(flameTreeOf(smallProfile()), tree, 'and the same profile data gives the same tree');
  t.equal(renderFlameGraphFragment(profile, options), renderFlameGraphFragment(smallProfile(), options), 'pages drawn from a reused tree are unchanged');
});
