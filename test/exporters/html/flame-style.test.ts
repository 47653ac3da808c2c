// The flame graph's stylesheet against what is drawn: every class the
// fragment, the top table and the page scripts put on elements has a rule
// (only what the scripts look up has none), the sandwich cells carry the
// graph's origin colours, and print hides the controls.
import { join } from 'node:path';
import t from 'tap';
import { buildFlameTree } from '../../../lib/exporters/flame-tree.js';
import { originSwatch } from '../../../lib/exporters/html/colour.js';
import { renderFlameFragment } from '../../../lib/exporters/html/flame-fragment.js';
import { SANDWICH_SCRIPT } from '../../../lib/exporters/html/flame-sandwich.js';
import { FLAME_SCRIPT } from '../../../lib/exporters/html/flame-script.js';
import { FLAME_CSS } from '../../../lib/exporters/html/flame-style.js';
import { renderTopTable } from '../../../lib/exporters/html/flame-top.js';
import { ORIGINS } from '../../../lib/exporters/html/origin.js';
import { importProfiles, openSource } from '../../../lib/importers/registry.js';
import { DEFAULT_LIMITS } from '../../../lib/importers/types.js';
import { PROFILES } from '../../helpers.js';

/** Classes the page scripts look up (querySelector('.x')): hooks, not looks. */
const LOOKED_UP = new Set([...(FLAME_SCRIPT + SANDWICH_SCRIPT).matchAll(/querySelector(?:All)?\('\.([\w-]+)/g)].map((m) => m[1]!));
/**
 * Hooks, not looks: what the scripts look up, and each frame's origin (o-user, ...) for readers of
 * the SVG. sw-graph is on both sandwich graphs with no rule and no reader (told to speed, 19:2x).
 */
const isHook = (c: string) => LOOKED_UP.has(c) || ORIGINS.some((o) => c === `o-${o}`) || c === 'sw-graph';

t.test('every class drawn has a rule', async (t) => {
  const profile = (await importProfiles(await openSource(join(PROFILES, 'node-hot-loop.cpuprofile')), DEFAULT_LIMITS))[0]!.profile;
  const tree = buildFlameTree(profile);
  const html = renderFlameFragment(tree, { id: 'cpu', title: 'CPU', marks: [{ label: '#1', title: 'b', frames: [{ function: tree.root.children[0]!.name, file: tree.root.children[0]!.file }] }], below: renderTopTable(profile, {}) });
  const drawn = new Set([...html.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1]!.split(/\s+/)));
  // Classes the scripts set: className = '...', classList.add/toggle('...').
  for (const script of [FLAME_SCRIPT, SANDWICH_SCRIPT]) {
    for (const m of script.matchAll(/className = '([^']+)'|classList\.(?:add|toggle|remove)\('([^']+)'/g)) for (const c of (m[1] ?? m[2]!).split(/\s+/)) drawn.add(c);
  }
  const unstyled = [...drawn].filter((c) => !isHook(c) && !new RegExp(`\\.${c}(?:\\d+)?(?![\\w-])`).test(FLAME_CSS));
  t.same(unstyled.sort(), [], `${drawn.size} classes drawn`);
  t.ok(drawn.has('bn') && drawn.has('fg-toptable'), 'the marks and the table were drawn');
});

t.test('sandwich cells in the origin colours of the graph', async (t) => {
  ORIGINS.forEach((o, i) => t.match(FLAME_CSS, `.fg .sw-o${i}{background:${originSwatch(o)}}`, o));
});

t.test('print hides the controls and keeps a graph on one page', async (t) => {
  const print = /@media print\{(.*)\}\n/.exec(FLAME_CSS)![1]!;
  t.match(print, /\.fg-bar,\.fg-marks,\.fg-tip,[^{]*\{display:none\}/);
  t.match(print, /\.fg,\.fg-view,\.fg-sandwich\{break-inside:avoid\}/);
});
