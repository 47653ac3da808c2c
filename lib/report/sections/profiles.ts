import { mdTable } from '../../base/format.js';
import { humanPct, humanValue } from '../../base/human.js';
import { where } from '../prose.js';
import { profileFiles } from '../html/files.js';
import type { RunContents } from '../run-contents.js';

export function profilesSection(c: RunContents): string {
  if (c.profiles.length === 0) return '## Profiles\n\nNo profiles in this run.';
  const sections = c.profiles.map((p) => {
    const f = profileFiles(p.profileId);
    const header = `### ${p.profileId} (${p.kind}, from ${p.sourceFormat})\n\n${p.sampleCount} distinct stacks. Flame graph: [${f.flame}](${f.flame}); profile: \`${f.pprof}\` (open with \`go tool pprof ${f.pprof}\`); also [speedscope](${f.speedscope}) and [folded stacks](${f.folded}).`;
    const table = (by: 'self' | 'cum') => {
      const rows = c.hotspots
        .filter((h) => h.profileId === p.profileId && h.by === by)
        .map((h) => [String(h.rank), h.function, where(c, h.file, h.line), humanValue(h.self, h.unit), humanPct(h.selfPct), humanValue(h.cum, h.unit), humanPct(h.cumPct)]);
      if (rows.length === 0) return '';
      const title = by === 'self' ? 'Top functions by self value' : 'Top functions by cumulative value';
      return `#### ${title}\n\n${mdTable(['#', 'function', 'location', 'self', 'self%', 'cum', 'cum%'], rows)}`;
    };
    return [header, table('self'), table('cum')].filter(Boolean).join('\n\n');
  });
  return `## Profiles\n\n${sections.join('\n\n')}`;
}
