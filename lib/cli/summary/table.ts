// Columns for the terminal: each cell padded to its column's widest, numbers
// right-aligned (as `go tool pprof -top` prints them), the last column left
// ragged so a long name never pads the others.

export type Align = 'left' | 'right';

export function textTable(header: string[], rows: string[][], align: Align[], indent = '  '): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const last = header.length - 1;
  const line = (r: string[]) =>
    indent +
    r
      .map((cell, i) => (i === last ? cell : align[i] === 'right' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return all.map(line);
}

/** The summary's last line: the records were held back, and how to get them. */
export function heldBack(count: number, next: string): string {
  return `${plural(count, 'record')} not shown on the terminal: pipe them on (${next}), or pass --ndjson.`;
}

/** "1 profile", "3 profiles". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
