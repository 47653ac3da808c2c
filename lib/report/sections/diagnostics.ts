import { prose } from '../prose.js';
import type { RunContents } from '../run-contents.js';

export function diagnosticsSection(c: RunContents): string {
  if (c.diagnostics.length === 0) return '';
  return `## Diagnostics\n\n${c.diagnostics.map((d) => `- **${d.level}** (${d.stage}, ${d.code}): ${prose(c, d.message)}`).join('\n')}`;
}
