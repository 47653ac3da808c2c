import type { RunContents } from '../run-contents.js';

export function summarySection(c: RunContents): string {
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
  lines.push('', 'Interactive version with flame graphs: [report.html](report.html).');
  return lines.join('\n');
}
