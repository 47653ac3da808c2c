// JSON parse errors and schema errors that point at the place: "file:line:col"
// for syntax, a JSON path ($.scenarios.default.load) for shape.

import { badInput } from '../base/errors.js';

/** 1-based line and column of a character offset. */
export function lineColOf(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, col: lines[lines.length - 1]!.length + 1 };
}

/** JSON.parse that throws "file:line:col: invalid JSON (...)" instead of a bare position. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    const { line, col } = lineColOf(text, offset);
    const what = message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    throw badInput(`${file}:${line}:${col}`, `invalid JSON (${what}); expected a JSON object`);
  }
}

/** ajv's "/scenarios/default/load" -> "$.scenarios.default.load" (what jq and editors show). */
export function jsonPath(instancePath: string): string {
  if (instancePath === '') return '$';
  const parts = instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  // Array indexes as [0], as jq and editors write them; other odd names quoted.
  return '$' + parts.map((p) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(p) ? `.${p}` : /^(0|[1-9]\d*)$/.test(p) ? `[${p}]` : `[${JSON.stringify(p)}]`)).join('');
}
