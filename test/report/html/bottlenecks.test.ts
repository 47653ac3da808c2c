// Bottlenecks in report.html, on a real run's records without findings (as an
// older perf-analyze wrote them, where every bottleneck is listed): the
// overview biggest share first, each row linking to its card; each card with
// the plan items for its bottleneck; past three cards the rest folded.
import t from 'tap';
import type { BottleneckRecord } from '../../../lib/records/types.js';
import { bottlenecksSection, gainText, profileBottlenecks } from '../../../lib/report/html/bottlenecks.js';
import type { RunContents } from '../../../lib/report/run-contents.js';
import { runContents } from '../sections/contents.js';

/** The run's bottlenecks with `extra` copies of the first, each a little smaller, so there are cards to fold. */
async function contents(extra = 0): Promise<RunContents> {
  const c = await runContents();
  const first = c.bottlenecks[0]!;
  const copies: BottleneckRecord[] = Array.from({ length: extra }, (_, i) => ({ ...first, id: `copy-${i}`, rank: 10 + i, sharePct: first.sharePct / (i + 2) }));
  return { ...c, findings: [], bottlenecks: [...c.bottlenecks, ...copies] };
}

t.test('the overview: every bottleneck, biggest share first, linked to its card, with its first plan item', async (t) => {
  const c = await contents();
  t.ok(c.bottlenecks.length >= 1 && c.planItems.length >= 1, `${c.bottlenecks.length} bottlenecks, ${c.planItems.length} plan items`);
  const html = bottlenecksSection(c);
  const rows = [...html.matchAll(/<tr><td><a href="#([^"]+)"><code>([^<]+)<\/code><\/a><\/td>(.*?)<\/tr>/g)];
  const byShare = [...c.bottlenecks].sort((a, b) => b.sharePct - a.sharePct || a.rank - b.rank);
  t.same(rows.map((m) => m[2]), byShare.map((b) => b.function));
  const cards = c.profiles.map((p) => profileBottlenecks(c, p.profileId)).join('\n');
  for (const m of rows) t.match(cards, `<article class="bottleneck" id="${m[1]}">`, `${m[2]}: its card exists`);
  byShare.forEach((b, i) => {
    const first = c.planItems.find((p) => p.bottleneckId === b.id);
    t.match(rows[i]![3], first ? `${first.title}: ${gainText(first)}`.replace(/&/g, '&amp;') : '\u2014', `${b.function}: first plan item`);
  });
});

t.test("a card per bottleneck of the profile, with that bottleneck's plan items only", async (t) => {
  const c = await contents();
  for (const p of c.profiles) {
    const html = profileBottlenecks(c, p.profileId);
    const own = c.bottlenecks.filter((b) => b.profileId === p.profileId);
    t.equal((html.match(/<article class="bottleneck"/g) ?? []).length, own.length, `${p.profileId}: ${own.length} cards`);
    for (const b of own) {
      const id = `bottleneck-${b.profileId}-${b.id}`.replace(/[^A-Za-z0-9_-]/g, '-');
      t.ok(html.includes(`id="${id}"`), `${b.id}: its card`);
      const card = html.slice(html.indexOf(`id="${id}"`));
      const items = c.planItems.filter((x) => x.bottleneckId === b.id);
      const block = card.slice(0, card.indexOf('</article>'));
      t.equal((block.match(/<li class="plan-item">/g) ?? []).length, items.length, `${b.function}: its ${items.length} plan items`);
      if (items.length === 0) t.match(block, 'No plan item for this bottleneck.');
    }
  }
  t.equal(profileBottlenecks(c, 'no-such-profile'), '');
});

t.test('more than three cards: the rest folded, biggest first', async (t) => {
  const c = await contents(4);
  const profileId = c.bottlenecks[0]!.profileId;
  const own = c.bottlenecks.filter((b) => b.profileId === profileId).length;
  const html = profileBottlenecks(c, profileId);
  const folded = own - 3;
  t.match(html, `<details class="more"><summary>${folded} more bottleneck${folded === 1 ? '' : 's'} in this profile</summary>`);
  const open = html.slice(0, html.indexOf('<details class="more">'));
  t.equal((open.match(/<article class="bottleneck"/g) ?? []).length, 3, 'three open');
  const shares = [...html.matchAll(/<\/span> ([\d.]+)% could be saved/g)].map((m) => Number(m[1]));
  t.same(shares, [...shares].sort((a, b) => b - a), 'biggest share first');
});
