// report.md: the run at a glance, for people. Pure: records in, text out.

import type { RunContents } from './run-contents.js';
import { formatValue, location, mdTable, pct } from './format.js';

function summary(c: RunContents): string {
  const r = c.run;
  const lines = [
    `# Performance report: ${r.runId}`,
    '',
    `- Started: ${r.startedAt}`,
    `- Profiler: ${r.profiler}${r.scenario ? `, scenario \`${r.scenario.name}\`` : ''}`,
    `- Command: \`${r.command.join(' ')}\``,
    `- Host: ${r.host.platform}/${r.host.arch}, ${r.host.cpus} CPUs, Node ${r.host.node}`,
  ];
  if (r.git) lines.push(`- Git: ${r.git.commit.slice(0, 12)}${r.git.dirty ? ' (uncommitted changes)' : ''}`);
  lines.push(`- Tool: ${r.tool.name} ${r.tool.version}`);
  return lines.join('\n');
}

function metrics(c: RunContents): string {
  if (c.metrics.length === 0) return '';
  const rows = c.metrics.map((m) => [m.name, formatValue(m.value, m.unit), m.unit, Object.entries(m.labels ?? {}).map(([k, v]) => `${k}=${v}`).join(' ')]);
  return `## Metrics\n\n${mdTable(['metric', 'value', 'unit', 'labels'], rows)}`;
}

function profiles(c: RunContents): string {
  if (c.profiles.length === 0) return '## Profiles\n\nNo profiles in this run.';
  const sections = c.profiles.map((p) => {
    const header = `### ${p.profileId} (${p.kind}, from ${p.sourceFormat})\n\nFile: \`${p.profileId}.pb.gz\` — open with \`go tool pprof ${p.profileId}.pb.gz\`. ${p.sampleCount} samples.`;
    const table = (by: 'self' | 'cum') => {
      const rows = c.hotspots
        .filter((h) => h.profileId === p.profileId && h.by === by)
        .map((h) => [String(h.rank), h.function, location(h.file, h.line), formatValue(h.self, h.unit), pct(h.selfPct), formatValue(h.cum, h.unit), pct(h.cumPct)]);
      if (rows.length === 0) return '';
      const title = by === 'self' ? 'Top functions by self value' : 'Top functions by cumulative value';
      return `#### ${title}\n\n${mdTable(['#', 'function', 'location', 'self', 'self%', 'cum', 'cum%'], rows)}`;
    };
    return [header, table('self'), table('cum')].filter(Boolean).join('\n\n');
  });
  return `## Profiles\n\n${sections.join('\n\n')}`;
}

function diagnostics(c: RunContents): string {
  if (c.diagnostics.length === 0) return '';
  return `## Diagnostics\n\n${c.diagnostics.map((d) => `- **${d.level}** (${d.stage}, ${d.code}): ${d.message}`).join('\n')}`;
}

export function renderReportMd(c: RunContents, extraSections: string[] = []): string {
  return [summary(c), metrics(c), ...extraSections, profiles(c), diagnostics(c)].filter(Boolean).join('\n\n') + '\n';
}
