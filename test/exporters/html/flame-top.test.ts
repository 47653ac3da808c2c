// The flame graph page's top-functions table on a real profile: the rows of
// pprof -top (self order, exact values from every sample), the sort keys the
// page script reads, files relative with the absolute path as a title.
import { dirname } from 'node:path';
import t from 'tap';
import { functionStats, topBySelf } from '../../../lib/analysis/hotspots.js';
import { TOP_ROWS, renderTopTable } from '../../../lib/exporters/html/flame-top.js';
import { profileOfRecord } from '../../../lib/records/profile-data.js';
import type { ProfileRecord } from '../../../lib/records/types.js';
import { relativePath } from '../../../lib/report/paths.js';
import { demoRecords } from '../../report/demo-run.js';

const records = demoRecords();
const record = records.find((r): r is ProfileRecord => r.type === 'profile' && r.kind === 'cpu')!;
const profile = profileOfRecord(record);
const root = dirname((records.find((r) => r.type === 'finding') as unknown as { file: string }).file);

t.test('the rows of pprof -top, in self order, with sort keys and relative files', async (t) => {
  const html = renderTopTable(profile, { displayFile: (f) => relativePath(f, root) });
  const rows = [...html.matchAll(/<tr data-n="([^"]*)" data-f="([^"]*)" data-s="(\d+)" data-c="(\d+)" data-r="(\d+)">(.*?)<\/tr>/g)];
  const expected = topBySelf(functionStats(profile), TOP_ROWS);
  t.equal(rows.length, expected.length, `${rows.length} rows`);
  rows.forEach((m, i) => {
    const want = expected[i]!;
    t.equal(m[1], want.name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    t.same([Number(m[3]), Number(m[4]), Number(m[5])], [want.self, want.cum, i], `${want.name}: exact self and cum, rank ${i}`);
  });
  const build = rows.find((m) => m[1] === 'buildReport')!;
  t.equal(build[2], 'server.js', 'the file relative to the root');
  t.match(build[6], new RegExp(`<td class="fg-at" title="${root}/server\\.js">server\\.js:57</td>`), 'where, with the absolute path as its title');
  t.match(build[6], /<td class="num">[\d.]+ s<\/td><td class="num">[\d.]+%<\/td>/, 'numbers as people read them');
  t.match(html, /<th class="num" aria-sort="descending"><button type="button" data-sort="s">self<\/button><\/th>/, 'sorted by self to start with');
  t.equal(renderTopTable(profile, { displayFile: (f) => relativePath(f, root) }), html, 'same profile, same bytes');
});
