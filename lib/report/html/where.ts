// A location in report.html: relative to the source root as the text, the
// absolute path as its tooltip (title), so rows stay short and nothing is lost.

import { esc } from '../../exporters/html/escape.js';
import { where } from '../prose.js';
import type { RunContents } from '../run-contents.js';

/** `server.js:57` in code, with the absolute path as its tooltip. */
export function whereHtml(c: RunContents, file: string, line: number): string {
  const shown = where(c, file, line);
  if (!shown) return '';
  const absolute = line > 0 ? `${file}:${line}` : file;
  return `<code class="where-at"${absolute !== shown ? ` title="${esc(absolute)}"` : ''}>${esc(shown)}</code>`;
}
