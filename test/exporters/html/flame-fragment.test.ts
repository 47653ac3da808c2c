// One flame graph fragment from a real recording: a static SVG frame for each
// placed node, as wide as its value at the page's scale; the frame data the
// page script reads agrees with the tree; bottlenecks outlined where their
// function is; hostile names escaped; same tree, same bytes.
import { join } from 'node:path';
import t from 'tap';
import { buildFlameTree } from '../../../lib/exporters/flame-tree.js';
import { renderFlameFragment } from '../../../lib/exporters/html/flame-fragment.js';
import { ROW, WIDTH, place } from '../../../lib/exporters/html/flame-layout.js';
import { originFor } from '../../../lib/exporters/html/origin.js';
import { importProfiles, openSource } from '../../../lib/importers/registry.js';
import { DEFAULT_LIMITS } from '../../../lib/importers/types.js';
import { ProfileBuilder } from '../../../lib/model/builder.js';
import { PROFILES } from '../../helpers.js';

const load = async (name: string) => (await importProfiles(await openSource(join(PROFILES, name)), DEFAULT_LIMITS))[0]!.profile;

/** The page script's frame data: short keys (n name, f file shown, fa absolute file, t total, s self, d depth, x, p parent, e end, b marks). */
type NodeData = Record<string, any>;
const dataOf = (html: string): { total: number; maxDepth: number; nodes: NodeData[]; marks: { title: string; nodes: number[] }[] } =>
  JSON.parse(/<script type="application\/json" class="fg-data">(.*)<\/script>/.exec(html)![1]!);

t.test('the node recording: frames, widths and frame data', async (t) => {
  const profile = await load('node-hot-loop.cpuprofile');
  const tree = buildFlameTree(profile);
  const html = renderFlameFragment(tree, { id: 'cpu', title: 'CPU', origin: originFor('v8-cpuprofile') });
  const placed = place(tree.root);
  const rects = [...html.matchAll(/<g class="f o-(\w+)[^"]*" data-i="(\d+)"><rect x="([\d.]+)" y="(\d+)" width="([\d.]+)"/g)];
  t.equal(rects.length, placed.length, 'one frame per placed node');
  const scale = WIDTH / tree.root.total;
  t.ok(rects.every((m, i) => Number(m[2]) === i && Math.abs(Number(m[5]) - placed[i]!.node.total * scale) <= 0.05), 'each as wide as its value');
  const data = dataOf(html);
  t.equal(data.total, tree.root.total);
  t.same(data.nodes.map((n) => [n.n, n.t, n.s, n.d, n.x, n.p, n.e]), placed.map((p) => [p.node.name, p.node.total, p.node.self, p.depth, p.x, p.parent, p.end]), 'the script sees the tree as drawn');
  // The SVG is drawn root at the bottom: the deepest row at the top.
  const ys = rects.map((m) => Number(m[4]));
  t.equal(Math.max(...ys), data.maxDepth * ROW, 'the root row at the bottom');
  t.match(html, /<figcaption class="fg-title">CPU <span class="fg-sub">\w+, total [\d.]+ \w+<\/span><\/figcaption>/);
  t.equal(renderFlameFragment(tree, { id: 'cpu', title: 'CPU', origin: originFor('v8-cpuprofile') }), html, 'same tree, same bytes');
});

t.test('a bottleneck outlines every frame of its function; a mark with no frame is a disabled button', async (t) => {
  const profile = await load('node-hot-loop.cpuprofile');
  const tree = buildFlameTree(profile);
  const placed = place(tree.root);
  const hot = placed.slice(1).reduce((a, b) => (b.node.self > a.node.self ? b : a));
  const marks = [
    { label: '#1 hot', title: 'bottleneck #1', frames: [{ function: hot.node.name, file: hot.node.file }] },
    { label: '#2 gone', title: 'bottleneck #2', frames: [{ function: 'notInThisProfile', file: 'x.js' }] },
  ];
  const html = renderFlameFragment(tree, { id: 'cpu', title: 'CPU', marks });
  const expected = placed.flatMap((p, i) => (i > 0 && p.node.name === hot.node.name && p.node.file === hot.node.file ? [i] : []));
  const data = dataOf(html);
  t.same(data.marks, [{ title: 'bottleneck #1', nodes: expected }, { title: 'bottleneck #2', nodes: [] }]);
  t.same([...html.matchAll(/<g class="f o-\w+ bn" data-i="(\d+)"/g)].map((m) => Number(m[1])), expected, 'those frames outlined in the SVG');
  t.match(html, /<button type="button" data-mark="0" title="bottleneck #1">#1 hot<\/button>/);
  t.match(html, /<button type="button" data-mark="1" title="bottleneck #2" disabled>#2 gone<\/button>/);
});

t.test('hostile names and files are escaped in the SVG and the frame data', async (t) => {
  const b = new ProfileBuilder({ sampleTypes: [{ type: 'samples', unit: 'count' }] });
  const evil = b.frameId({ name: '</script><img src=x onerror=alert(1)>', file: '/app/"q".js', line: 3, column: 0 });
  b.addSample([evil], [5]);
  const html = renderFlameFragment(buildFlameTree(b.build()), { id: 'x', title: '<b>t</b>', displayFile: (f) => f.replace('/app/', '') });
  t.notMatch(html, /<img|<\/script><img|<b>t/, 'no markup from the profile');
  t.equal((html.match(/<\/script>/g) ?? []).length, 1, 'only the data script closes');
  const node = dataOf(html).nodes[1]!;
  t.equal(node.n, '</script><img src=x onerror=alert(1)>', 'the name reads back whole');
  t.same([node.f, node.fa], ['"q".js', '/app/"q".js'], 'the file as shown and the absolute one');
});
