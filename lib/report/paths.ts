// Paths as a person reads them: relative to the project root perf-apply was
// given (--root), so a row reads `server.js:57`, not the checkout's whole
// path. Records keep absolute paths (other tools read them); only the
// renderers shorten them, and report.html keeps the absolute one in a title.

/** The root with one trailing slash, or undefined when unknown or the filesystem root (nothing to cut). */
function prefixOf(root: string | undefined): string | undefined {
  if (!root) return undefined;
  const trimmed = root.replace(/\/+$/, '');
  return trimmed === '' ? undefined : `${trimmed}/`;
}

/** `file` relative to `root` when it lies under it (also as a file:// URL); otherwise unchanged. */
export function relativePath(file: string, root: string | undefined): string {
  const prefix = prefixOf(root);
  if (!prefix) return file;
  if (file.startsWith(prefix)) return file.slice(prefix.length);
  if (file.startsWith(`file://${prefix}`)) return file.slice(`file://${prefix}`.length);
  return file;
}

/** Every path under `root` in free text (evidence, descriptions, diagnostics) made relative. */
export function relativeText(text: string, root: string | undefined): string {
  const prefix = prefixOf(root);
  if (!prefix || !text.includes(prefix)) return text;
  return text.split(`file://${prefix}`).join('').split(prefix).join('');
}

/** "server.js:57", or "" without a file. */
export function shownLocation(file: string, line: number, root: string | undefined): string {
  if (!file) return '';
  const shown = relativePath(file, root);
  return line > 0 ? `${shown}:${line}` : shown;
}
