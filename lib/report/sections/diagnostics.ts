import type { RunContents } from '../run-contents.js';

export function diagnosticsSection(c: RunContents): string {
  if (c.diagnostics.length === 0) return '';
  return `## Diagnostics\n\n${c.diagnostics.map((d) => `- **${d.level}** (${d.stage}, ${d.code}): ${d.message}`).join('\n')}`;
}
