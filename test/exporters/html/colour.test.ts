// Frame colours: each origin keeps to its own palette, a function keeps its
// colour wherever it appears, neighbours differ, and the differential scale
// is red for more, blue for less, near white for no change.
import t from 'tap';
import { ORIGIN_LABELS, diffColour, originColour, originSwatch } from '../../../lib/exporters/html/colour.js';
import { ORIGINS } from '../../../lib/exporters/html/origin.js';

const channels = (rgb: string): number[] => /^rgb\((\d+),(\d+),(\d+)\)$/.exec(rgb)!.slice(1).map(Number);
const NAMES = Array.from({ length: 200 }, (_, i) => `fn${i}`);

t.test('a colour per name, stable, inside its origin palette, distinct from the other origins', async (t) => {
  const ranges = new Map<string, [number[], number[]]>();
  for (const origin of ORIGINS) {
    const colours = NAMES.map((n) => channels(originColour(origin, n)));
    t.same(NAMES.map((n) => originColour(origin, n)), NAMES.map((n) => originColour(origin, n)), `${origin}: the same colour every time`);
    t.ok(new Set(colours.map(String)).size > 20, `${origin}: names vary the colour (${new Set(colours.map(String)).size} colours for ${NAMES.length} names)`);
    const lo = [0, 1, 2].map((c) => Math.min(...colours.map((x) => x[c]!)));
    const hi = [0, 1, 2].map((c) => Math.max(...colours.map((x) => x[c]!)));
    ranges.set(origin, [lo, hi]);
    // The swatch is the middle of the variation.
    const mid = channels(originSwatch(origin));
    t.ok(mid.every((v, c) => v >= lo[c]! - 1 && v <= hi[c]! + 1), `${origin}: the legend swatch inside its palette`);
  }
  // Your code is warm, the runtime cool: their palettes never meet on red.
  t.ok(ranges.get('user')![0][0]! > ranges.get('runtime')![1][0]!, 'user frames redder than any runtime frame');
  t.same(Object.keys(ORIGIN_LABELS).sort(), [...ORIGINS].sort());
  t.equal(ORIGIN_LABELS.user, 'your code');
});

t.test('differential: red grows with more, blue with less, clamped to [-1, 1]', async (t) => {
  t.equal(diffColour(0), 'rgb(235,235,235)');
  t.equal(diffColour(1), 'rgb(250,50,50)');
  t.equal(diffColour(-1), 'rgb(50,50,250)');
  t.equal(diffColour(5), diffColour(1));
  t.equal(diffColour(-5), diffColour(-1));
  const reds = [0.1, 0.4, 0.8].map((r) => channels(diffColour(r))[1]!);
  t.ok(reds[0]! > reds[1]! && reds[1]! > reds[2]!, `more is redder: ${reds.join(' > ')}`);
});
