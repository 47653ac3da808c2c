// HTML tables for the report: every cell escaped; numeric columns right-aligned.

import { esc } from '../../exporters/html/escape.js';

export interface Column {
  title: string;
  numeric?: boolean;
}

/** Cells are plain text unless wrapped with `raw()` (already-escaped HTML). */
export type Cell = string | { html: string };

export const raw = (html: string): Cell => ({ html });

const cell = (c: Cell): string => (typeof c === 'string' ? esc(c) : c.html);

export function htmlTable(columns: Column[], rows: Cell[][], caption?: string): string {
  const head = columns.map((c) => `<th${c.numeric ? ' class="num"' : ''}>${esc(c.title)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${columns[i]?.numeric ? ' class="num"' : ''}>${cell(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table>${caption ? `<caption>${esc(caption)}</caption>` : ''}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}
